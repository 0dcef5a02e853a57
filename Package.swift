// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "PeerMatch",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "peermatch", targets: ["peermatch"]),
        .library(name: "PeerMatchCore", targets: ["PeerMatchCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
    ],
    targets: [
        // ncurses with wide characters. No pkgConfig: it injects flags SwiftPM rejects.
        .systemLibrary(
            name: "CNcursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        .target(
            name: "PeerMatchCore",
            dependencies: [
                .product(name: "HeapModule", package: "swift-collections"),
            ]
        ),
        .target(
            name: "PeerMatchTUI",
            dependencies: ["PeerMatchCore", "CNcursesw"]
        ),
        .executableTarget(
            name: "peermatch",
            dependencies: [
                "PeerMatchCore",
                "PeerMatchTUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(
            name: "PeerMatchTestSupport",
            dependencies: ["PeerMatchCore"]
        ),
        .executableTarget(
            name: "peermatch-bench",
            dependencies: ["PeerMatchCore", "PeerMatchTUI", "PeerMatchTestSupport"],
            path: "Benchmarks/peermatch-bench"
        ),
        .testTarget(
            name: "PeerMatchCoreTests",
            dependencies: ["PeerMatchCore", "PeerMatchTestSupport"]
        ),
        .testTarget(
            name: "PeerMatchTUITests",
            dependencies: ["PeerMatchTUI", "PeerMatchCore", "PeerMatchTestSupport", "CNcursesw"]
        ),
    ],
    swiftLanguageModes: [.v6]
)

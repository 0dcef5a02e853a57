import PeerMatchCore
import PeerMatchTestSupport
import Testing
@testable import PeerMatchTUI

@Suite struct SessionsScreenTests {
    @Test func dump() {
        var app = SessionsFixture.app()
        print(app.lines.joined(separator: "\n"))
        app.press(.nextSessionView)
        print(app.lines.joined(separator: "\n"))
        app.press(.nextSessionView)
        print(app.lines.joined(separator: "\n"))
        app.press(.nextSessionView)
        app.press(.logSession)
        print(app.lines.joined(separator: "\n"))
        app.press(.submitForm)
        print(app.lines.joined(separator: "\n"))
    }
}

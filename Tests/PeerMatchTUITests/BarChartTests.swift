import Testing
@testable import PeerMatchTUI

/// The bar chart widget alone, whole grids at small sizes.
@Suite struct BarChartTests {
    static func draw(_ chart: BarChart, width: Int, height: Int) -> Grid {
        var grid = Grid(width: width, height: height)
        chart.render(in: grid.area, into: &grid)
        return grid
    }

    @Test func eighthBlocksGiveSubCellHeights() {
        let chart = BarChart(values: [0, 1, 2, 3, 4, 8, 5], glyphs: .unicode)
        // 7 bars with gaps need 13 cells: in 9 the gaps go.
        expectScreen(Self.draw(chart, width: 9, height: 3), [
            "     █",
            "   ▁▄█▇",
            " ▃▆████",
        ])
        // With room, one cell between bars.
        expectScreen(Self.draw(chart, width: 13, height: 2), [
            "          █ ▂",
            "  ▂ ▄ ▆ █ █ █",
        ])
    }

    @Test func asciiFallbackDrawsWholeCellsOfHashes() {
        let chart = BarChart(values: [0, 1, 2, 3, 4, 8, 5], glyphs: .ascii)
        expectScreen(Self.draw(chart, width: 9, height: 3), [
            "     #",
            "    ###",
            " ######",
        ])
        expectScreen(Self.draw(chart, width: 13, height: 1), [
            "  # # # # # #",
        ])
    }

    @Test func theSelectedBarStaysInViewAndStandsOut() {
        let chart = BarChart(values: [1, 2, 3, 4, 5, 6], selected: 5, glyphs: .ascii)
        // 6 bars do not fit in 5 cells even without gaps: the last five are shown.
        #expect(chart.firstShown(inWidth: 5) == 1)
        let grid = Self.draw(chart, width: 5, height: 2)
        expectScreen(grid, [
            "   ##",
            "#####",
        ])
        #expect(grid[4, 1].style == chart.selectedStyle)
        #expect(grid[0, 1].style == chart.style)
        #expect(chart.bar(atX: 2, in: grid.area) == 3)
        // With gaps (all fit), a gap column is no bar.
        let spaced = BarChart(values: [1, 2, 3], selected: 0, glyphs: .ascii)
        #expect(spaced.bar(atX: 2, in: Rect(x: 0, y: 0, width: 5, height: 2)) == 1)
        #expect(spaced.bar(atX: 1, in: Rect(x: 0, y: 0, width: 5, height: 2)) == nil)
    }

    @Test func nothingToDrawLeavesTheRectBlank() {
        expectScreen(Self.draw(BarChart(values: [0, 0], glyphs: .unicode), width: 4, height: 2), ["", ""])
        expectScreen(Self.draw(BarChart(values: [], glyphs: .unicode), width: 4, height: 2), ["", ""])
        // A zero-sized rect draws nothing and does not crash.
        var grid = Grid(width: 3, height: 1)
        BarChart(values: [3], glyphs: .unicode).render(in: Rect(x: 0, y: 0, width: 0, height: 0), into: &grid)
        expectScreen(grid, [""])
    }

    @Test func horizontalBars() {
        #expect(BarChart.horizontal(3, of: 8, width: 4, glyphs: .unicode) == "█▌  ")
        #expect(BarChart.horizontal(8, of: 8, width: 4, glyphs: .unicode) == "████")
        #expect(BarChart.horizontal(1, of: 100, width: 4, glyphs: .unicode) == "▏   ")
        #expect(BarChart.horizontal(3, of: 8, width: 4, glyphs: .ascii) == "##  ")
        #expect(BarChart.horizontal(0, of: 8, width: 4, glyphs: .ascii) == "    ")
    }

    @Test func asciiWhenAskedOrTheLocaleIsNotUTF8() {
        #expect(BarChart.Glyphs.forEnvironment(["LANG": "C.UTF-8"]) == .unicode)
        #expect(BarChart.Glyphs.forEnvironment(["LANG": "de_DE.utf8"]) == .unicode)
        #expect(BarChart.Glyphs.forEnvironment(["LC_ALL": "C", "LANG": "C.UTF-8"]) == .ascii)
        #expect(BarChart.Glyphs.forEnvironment(["LANG": "en_US.ISO-8859-1"]) == .ascii)
        #expect(BarChart.Glyphs.forEnvironment([:]) == .ascii)
        #expect(BarChart.Glyphs.forEnvironment(["LANG": "C.UTF-8", "NO_COLOR": "1"]) == .ascii)
        #expect(BarChart.Glyphs.forEnvironment(["LANG": "C.UTF-8", "PEERMATCH_ASCII": "1"]) == .ascii)
    }
}

import PeerMatchCore
import PeerMatchTestSupport
import Testing
@testable import PeerMatchTUI

/// The multilingual forum with a session history for the Sessions screen
/// tests: ratings, follow-ups (one overdue), a goal with milestones, a poor
/// first rating, a forum event other cities attended; today is 2026-06-01.
enum SessionsFixture {
    static let today = Day("2026-06-01")!

    static func data() -> ForumData {
        var data = Fixtures.multilingualForum()
        data.sessions[0].rating = 4
        data.sessions[0].followUp = "Share the flood alert protocol"
        data.sessions[0].followUpDue = Day("2026-03-15")!
        data.sessions[0].cities = ["accra", "casablanca"]
        data.sessions[1].rating = 5
        data.sessions[1].outcome = "Drainage maps compared"
        data.sessions[1].followUp = "Send the budget"
        data.sessions[1].followUpDue = Day("2026-06-20")!
        data.sessions[1].milestones = ["m1"]
        data.sessions[2].rating = 2
        data.pairings[0].goal = LearningGoal(text: "Flood early warning", milestones: [
            .init(id: "m1", text: "alerts drafted"), .init(id: "m2", text: "procedure adopted"),
            .init(id: "m3", text: "drill held"), .init(id: "m4", text: "review"),
        ])
        data.pairings.append(Pairing(pilot: "pune", peer: "accra", start: Day("2025-12-01")!))
        data.normalize()
        return data
    }

    /// An app on the Sessions tab, with the screen's today fixed.
    static func app(_ data: ForumData = data(), width: Int = 80, height: Int = 24) -> AppDriver {
        var app = AppDriver(data, width: width, height: height)
        app.press(.showSessions)
        app.apply([.push(SessionsController(app.model.context, today: today))])
        return app
    }
}

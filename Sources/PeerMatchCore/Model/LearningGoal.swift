/// What a pair means to learn, and the steps that show it happened
/// (e.g. "flood early-warning procedure adopted"). Sessions tick milestones
/// by id; ids stay when the goal's text changes, so ticks stay valid.
public struct LearningGoal: Hashable, Sendable {
    public var text: String
    public var milestones: [Milestone]

    public init(text: String, milestones: [Milestone] = []) {
        self.text = text
        self.milestones = milestones
    }

    public struct Milestone: Hashable, Sendable {
        /// `m1`, `m2`…, unique within the goal.
        public var id: String
        public var text: String

        public init(id: String, text: String) {
            self.id = id
            self.text = text
        }
    }

    /// A goal with these milestone texts, keeping the ids of texts `previous`
    /// already had and numbering new ones after its highest id.
    public static func replacing(_ previous: LearningGoal?, text: String, milestones texts: [String]) -> LearningGoal {
        var known: [String: String] = [:]
        var next = 1
        for m in previous?.milestones ?? [] {
            known[m.text] = m.id
            if let n = Int(m.id.dropFirst()) { next = max(next, n + 1) }
        }
        var milestones: [Milestone] = []
        for t in texts {
            if let id = known.removeValue(forKey: t) {
                milestones.append(Milestone(id: id, text: t))
            } else {
                milestones.append(Milestone(id: "m\(next)", text: t))
                next += 1
            }
        }
        return LearningGoal(text: text, milestones: milestones)
    }
}

/// How far a pair is along its goal: "2 of 4".
public struct GoalProgress: Hashable, Sendable, CustomStringConvertible {
    public var done: Int
    public var total: Int
    /// Ids of the ticked milestones, in the goal's order.
    public var ticked: [String]

    public init(done: Int, total: Int, ticked: [String]) {
        self.done = done
        self.total = total
        self.ticked = ticked
    }

    public var description: String { "\(done) of \(total)" }
}

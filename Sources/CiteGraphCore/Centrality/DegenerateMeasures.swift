/// When a measure says little on the graph at hand, the statistics say so in one line. The
/// rules are data: a measure, what makes a node's value uninformative, and the share of nodes
/// that must have such a value for the note to appear.
public struct DegenerateMeasureRule: Sendable {
    public let measure: String
    /// The share of nodes (0…1) at or above which the note is given.
    public let share: Double
    let uninformative: @Sendable (NodeStatistics) -> Bool
    /// The uninformative value, and why it is so common, for people.
    let value: String
    let why: String

    public static let rules: [DegenerateMeasureRule] = [
        DegenerateMeasureRule(measure: "betweenness", share: 0.9, uninformative: { $0.betweenness == 0 }, value: "0",
                              why: "few citation paths run through a document (most only cite, or are only cited)"),
        DegenerateMeasureRule(measure: "closeness", share: 0.9, uninformative: { $0.closeness == 0 }, value: "0",
                              why: "most documents are cited by no one"),
        DegenerateMeasureRule(measure: "HITS", share: 0.5, uninformative: { $0.hub == 0 && $0.authority == 0 }, value: "0",
                              why: "hub and authority scores sit on one dominant component; compare documents within it"),
        DegenerateMeasureRule(measure: "katz", share: 1, uninformative: { $0.katz == nil }, value: "undefined",
                              why: "Katz centrality did not converge"),
    ]

    func note(_ count: Int, of total: Int) -> String {
        "note: \(measure) is \(value) for \(count) of \(total) documents: \(why)"
    }
}

extension DegenerateMeasureRule {
    /// One note per rule that holds on these rows, in the rules' order.
    static func notes(_ nodes: [NodeStatistics]) -> [String] {
        guard !nodes.isEmpty else { return [] }
        return DegenerateMeasureRule.rules.compactMap { rule in
            let count = nodes.filter(rule.uninformative).count
            return Double(count) >= rule.share * Double(nodes.count) ? rule.note(count, of: nodes.count) : nil
        }
    }
}

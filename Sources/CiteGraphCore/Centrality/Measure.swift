/// A per-node figure the statistics report, by which nodes can be ranked, filtered and sized.
public enum Measure: String, CaseIterable, Sendable {
    case pagerank, hub, authority, betweenness, closeness, katz
    case inDegree = "in_degree"
    case outDegree = "out_degree"
    /// Mentions received (the sum of incoming edge weights).
    case cited

    /// The value of this measure in `row` (`-infinity` when Katz did not converge, so such
    /// rows sort last).
    public func value(_ row: NodeStatistics) -> Double {
        switch self {
        case .pagerank: row.pagerank
        case .hub: row.hub
        case .authority: row.authority
        case .betweenness: row.betweenness
        case .closeness: row.closeness
        case .katz: row.katz ?? -.infinity
        case .inDegree: Double(row.inDegree)
        case .outDegree: Double(row.outDegree)
        case .cited: Double(row.timesCited)
        }
    }
}

extension Measure {
    /// Whether `a` ranks before `b`: the higher value first, ties by id.
    func ranksBefore(_ a: NodeStatistics, _ b: NodeStatistics) -> Bool {
        let x = value(a), y = value(b)
        return x != y ? x > y : a.node.id.utf8.lexicographicallyPrecedes(b.node.id.utf8)
    }
}

extension GraphStatistics {
    /// Rows sorted by `measure`, highest first, ties by id.
    public func ranked(by measure: Measure) -> [NodeStatistics] {
        nodes.sorted(by: measure.ranksBefore)
    }

    /// Each node's row, by id.
    public var rowsByID: [String: NodeStatistics] {
        Dictionary(uniqueKeysWithValues: nodes.map { ($0.node.id, $0) })
    }
}

/// Whole-graph figures: size, density, connectivity.
public struct GraphSummary: Sendable, Equatable {
    public let nodes: Int
    public let edges: Int
    /// Documents read from the corpus; the rest are only cited.
    public let corpusDocuments: Int
    /// Total mentions: the sum of edge weights.
    public let mentions: Int
    /// Edges over n(n-1), as networkx defines it for directed graphs.
    public let density: Double
    public let weakComponents: Int
    public let largestWeakComponent: Int
    /// Whether the graph has no directed cycle (citations usually point back in time).
    public let acyclic: Bool

    public init(_ graph: CitationGraph) {
        let n = graph.nodeCount
        nodes = n
        edges = graph.edgeCount
        corpusDocuments = graph.nodes.filter(\.inCorpus).count
        mentions = graph.outWeights.reduce(0, +)
        density = n > 1 ? Double(graph.edgeCount) / Double(n * (n - 1)) : 0
        var components = UnionFind(count: n)
        for edge in graph.edges { components.union(edge.source, edge.target) }
        var sizes: [Int: Int] = [:]
        for v in 0..<n { sizes[components.find(v), default: 0] += 1 }
        weakComponents = sizes.count
        largestWeakComponent = sizes.values.max() ?? 0
        acyclic = Self.isAcyclic(graph)
    }

    /// Kahn's algorithm: acyclic if every node can be removed in topological order.
    private static func isAcyclic(_ graph: CitationGraph) -> Bool {
        var remaining = (0..<graph.nodeCount).map(graph.inDegree)
        var ready = (0..<graph.nodeCount).filter { remaining[$0] == 0 }
        var removed = 0
        while let v = ready.popLast() {
            removed += 1
            for e in graph.outOffsets[v]..<graph.outOffsets[v + 1] {
                let w = graph.outTargets[e]
                remaining[w] -= 1
                if remaining[w] == 0 { ready.append(w) }
            }
        }
        return removed == graph.nodeCount
    }
}

/// Disjoint sets with path halving, for weakly connected components.
private struct UnionFind {
    private var parent: [Int]

    init(count: Int) { parent = Array(0..<count) }

    mutating func find(_ v: Int) -> Int {
        var v = v
        while parent[v] != v {
            parent[v] = parent[parent[v]]
            v = parent[v]
        }
        return v
    }

    mutating func union(_ a: Int, _ b: Int) {
        let ra = find(a), rb = find(b)
        if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
    }
}

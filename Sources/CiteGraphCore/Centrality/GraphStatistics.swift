/// One node's row of statistics.
public struct NodeStatistics: Sendable {
    public let node: GraphNode
    public let inDegree: Int
    public let outDegree: Int
    /// Mentions received: the sum of incoming edge weights.
    public let timesCited: Int
    public let pagerank: Double
    public let hub: Double
    public let authority: Double
    public let betweenness: Double
    public let closeness: Double
    /// `nil` when Katz centrality does not converge on the graph.
    public let katz: Double?
}

/// The statistics `citegraph stats` reports: the graph summary and every node's
/// centralities, sorted by PageRank (highest first) then id.
public struct GraphStatistics: Sendable {
    public let summary: GraphSummary
    public let nodes: [NodeStatistics]
    /// Whether edge weights (citation counts) were used.
    public let weighted: Bool

    init(summary: GraphSummary, nodes: [NodeStatistics], weighted: Bool) {
        self.summary = summary
        self.nodes = nodes
        self.weighted = weighted
    }

    public init(_ graph: CitationGraph, weighted: Bool = false) {
        summary = GraphSummary(graph)
        self.weighted = weighted
        let pagerank = PageRank.compute(graph, weighted: weighted)
        let hits = HITS.compute(graph, weighted: weighted)
        let betweenness = Betweenness.compute(graph, weighted: weighted)
        let closeness = Closeness.compute(graph)
        let katz = Katz.compute(graph)
        let rows = (0..<graph.nodeCount).map { v in
            NodeStatistics(
                node: graph.nodes[v],
                inDegree: graph.inDegree(v),
                outDegree: graph.outDegree(v),
                timesCited: graph.inWeights[graph.inOffsets[v]..<graph.inOffsets[v + 1]].reduce(0, +),
                pagerank: pagerank[v], hub: hits.hubs[v], authority: hits.authorities[v],
                betweenness: betweenness[v], closeness: closeness[v], katz: katz?[v])
        }
        nodes = rows.sorted { a, b in
            a.pagerank != b.pagerank ? a.pagerank > b.pagerank : a.node.id.utf8.lexicographicallyPrecedes(b.node.id.utf8)
        }
    }
}

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
    /// The node's community (see `Communities`): 0 is the largest.
    public let community: Int
}

/// The statistics `citegraph stats` reports: the graph summary and every node's
/// centralities and community, sorted by times cited (highest first) then id.
public struct GraphStatistics: Sendable {
    public let summary: GraphSummary
    public let nodes: [NodeStatistics]
    /// Whether edge weights (citation counts) were used.
    public let weighted: Bool
    /// Set when betweenness and closeness were estimated from a sample of sources.
    public let betweennessError: EstimateError?
    public let closenessError: EstimateError?
    /// One line for each measure that is degenerate on the whole graph (`DegenerateMeasureRule`).
    public let notes: [String]
    /// The communities of the whole graph (Leiden on the undirected view).
    public let communities: Communities
    /// How long each measure took, in seconds, in the order computed (for `--timings`).
    public private(set) var timings: [(phase: String, seconds: Double)] = []

    /// Above this many node-edge pairs (the work of one exact all-sources pass), betweenness
    /// and closeness are estimated from `defaultSamples` sources unless told otherwise.
    public static let exactWorkLimit = 2_000_000_000
    public static let defaultSamples = 500

    init(summary: GraphSummary, nodes: [NodeStatistics], weighted: Bool, notes: [String], betweennessError: EstimateError?, closenessError: EstimateError?,
         communities: Communities) {
        self.summary = summary
        self.notes = notes
        self.communities = communities
        self.nodes = nodes
        self.weighted = weighted
        self.betweennessError = betweennessError
        self.closenessError = closenessError
    }

    /// The statistics of `graph`. `samples`: how many sources betweenness and closeness are
    /// estimated from (0: exact; `nil`: exact unless the graph is large, see `exactWorkLimit`).
    /// `seed` fixes the communities' random node order.
    public init(_ graph: CitationGraph, weighted: Bool = false, samples: Int? = nil, seed: UInt64 = 1) {
        var clock = PhaseClock()
        summary = GraphSummary(graph)
        clock.lap("summary and degrees")
        self.weighted = weighted
        let pagerank = PageRank.compute(graph, weighted: weighted)
        clock.lap("pagerank")
        let hits = HITS.compute(graph, weighted: weighted)
        clock.lap("hits")
        let sampleSize = samples ?? (graph.nodeCount * graph.edgeCount > Self.exactWorkLimit ? Self.defaultSamples : 0)
        let sample = sampleSize > 0 && sampleSize < graph.nodeCount
            ? SourceSample(size: sampleSize, population: graph.nodeCount) : nil
        let (betweenness, betweennessError) = Betweenness.estimate(graph, weighted: weighted, sample: sample)
        clock.lap(sample.map { "betweenness (\($0.size) sources)" } ?? "betweenness")
        let closeness: [Double]
        if let sample {
            (closeness, closenessError) = Closeness.estimate(graph, sample: sample)
        } else {
            closeness = Closeness.compute(graph)
            closenessError = nil
        }
        clock.lap(sample.map { "closeness (\($0.size) sources)" } ?? "closeness")
        self.betweennessError = betweennessError
        let katz = Katz.compute(graph)
        clock.lap("katz")
        let communities = Communities(graph, weighted: weighted, seed: seed)
        self.communities = communities
        clock.lap("communities (Leiden)")
        let rows = (0..<graph.nodeCount).map { v in
            NodeStatistics(
                node: graph.nodes[v],
                inDegree: graph.inDegree(v),
                outDegree: graph.outDegree(v),
                timesCited: graph.inWeights[graph.inOffsets[v]..<graph.inOffsets[v + 1]].reduce(0, +),
                pagerank: pagerank[v], hub: hits.hubs[v], authority: hits.authorities[v],
                betweenness: betweenness[v], closeness: closeness[v], katz: katz?[v],
                community: communities.membership[v])
        }
        nodes = rows.sorted(by: Measure.cited.ranksBefore)
        notes = DegenerateMeasureRule.notes(rows)
        clock.lap("ranking")
        timings = clock.laps
    }
}

/// The directed citation graph: citing document -> cited document, one edge per pair,
/// weighted by the number of mentions. Nodes are sorted by id (byte order) and addressed by
/// index; edges are kept as compressed sparse rows in both directions so that every
/// algorithm walks flat integer arrays.
public struct CitationGraph: Sendable {
    public let nodes: [GraphNode]
    /// Out-edges of node `v`: `outTargets[outOffsets[v]..<outOffsets[v + 1]]`, sorted.
    public let outOffsets: [Int]
    public let outTargets: [Int]
    public let outWeights: [Int]
    /// What the citing documents do with each out-edge's target (recalls, pursuant to, …).
    public let outRelations: [RelationSet]
    /// In-edges of node `v`: `inSources[inOffsets[v]..<inOffsets[v + 1]]`, sorted.
    public let inOffsets: [Int]
    public let inSources: [Int]
    public let inWeights: [Int]

    /// A graph of `nodes` (sorted here by id) and weighted edges between node ids. Edges
    /// repeated between the same pair are merged, their weights added.
    public init(nodes: [GraphNode], edges: [(source: String, target: String, weight: Int)]) throws(GraphError) {
        try self.init(nodes: nodes, citations: edges.map { ($0.source, $0.target, $0.weight, RelationSet()) })
    }

    /// As above, with the relations each edge carries.
    public init(nodes: [GraphNode], citations edges: [(source: String, target: String, weight: Int, relations: RelationSet)]) throws(GraphError) {
        let sorted = nodes.sorted { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
        var index: [String: Int] = [:]
        index.reserveCapacity(sorted.count)
        for (i, node) in sorted.enumerated() {
            guard index.updateValue(i, forKey: node.id) == nil else { throw .duplicateNode(node.id) }
        }
        var pairs: [Edge] = []
        pairs.reserveCapacity(edges.count)
        for edge in edges {
            guard let s = index[edge.source] else { throw .unknownNode(edge.source) }
            guard let t = index[edge.target] else { throw .unknownNode(edge.target) }
            pairs.append(Edge(source: s, target: t, weight: edge.weight, relations: edge.relations))
        }
        self.init(sortedNodes: sorted, pairs: pairs)
    }

    /// One edge between node indices, while building.
    private struct Edge {
        var source: Int
        var target: Int
        var weight: Int
        var relations: RelationSet
    }

    private init(sortedNodes: [GraphNode], pairs unsortedPairs: [Edge]) {
        let n = sortedNodes.count
        var merged: [Edge] = []
        merged.reserveCapacity(unsortedPairs.count)
        for pair in unsortedPairs.sorted(by: { ($0.source, $0.target) < ($1.source, $1.target) }) {
            if let last = merged.last, last.source == pair.source, last.target == pair.target {
                merged[merged.count - 1].weight += pair.weight
                merged[merged.count - 1].relations.formUnion(pair.relations)
            } else {
                merged.append(pair)
            }
        }
        var outOffsets = [Int](repeating: 0, count: n + 1)
        for edge in merged { outOffsets[edge.source + 1] += 1 }
        for v in 0..<n { outOffsets[v + 1] += outOffsets[v] }
        let outTargets = merged.map(\.target)
        let outWeights = merged.map(\.weight)
        let outRelations = merged.map(\.relations)
        var inCounts = [Int](repeating: 0, count: n + 1)
        for t in outTargets { inCounts[t + 1] += 1 }
        for v in 0..<n { inCounts[v + 1] += inCounts[v] }
        var cursor = inCounts
        var inSources = [Int](repeating: 0, count: outTargets.count)
        var inWeights = [Int](repeating: 0, count: outTargets.count)
        for s in 0..<n {
            for e in outOffsets[s]..<outOffsets[s + 1] {
                let t = outTargets[e]
                inSources[cursor[t]] = s
                inWeights[cursor[t]] = outWeights[e]
                cursor[t] += 1
            }
        }
        self.nodes = sortedNodes
        self.outOffsets = outOffsets
        self.outTargets = outTargets
        self.outWeights = outWeights
        self.outRelations = outRelations
        self.inOffsets = inCounts
        self.inSources = inSources
        self.inWeights = inWeights
    }

    public var nodeCount: Int { nodes.count }
    public var edgeCount: Int { outTargets.count }

    public func outDegree(_ v: Int) -> Int { outOffsets[v + 1] - outOffsets[v] }
    public func inDegree(_ v: Int) -> Int { inOffsets[v + 1] - inOffsets[v] }

    /// The corpus documents citing node `v`, by index.
    public func corpusCiters(of v: Int) -> [Int] {
        inSources[inOffsets[v]..<inOffsets[v + 1]].filter { nodes[$0].inCorpus }
    }

    /// Every edge as (source index, target index, weight, relations), sorted by source then target.
    public var edges: [(source: Int, target: Int, weight: Int, relations: RelationSet)] {
        (0..<nodeCount).flatMap { s in
            (outOffsets[s]..<outOffsets[s + 1]).map { (s, outTargets[$0], outWeights[$0], outRelations[$0]) }
        }
    }
}

/// Why a graph could not be built.
public enum GraphError: Error, Equatable, CustomStringConvertible {
    /// Two nodes have the same id.
    case duplicateNode(String)
    /// An edge names a node that is not in the graph.
    case unknownNode(String)

    public var description: String {
        switch self {
        case let .duplicateNode(id): "duplicate node id \(id)"
        case let .unknownNode(id): "edge names unknown node \(id)"
        }
    }
}

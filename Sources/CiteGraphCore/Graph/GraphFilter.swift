/// Narrows a graph too big to read: by body, type and times cited, to the citation
/// neighbourhood of one document, and to the top N by a measure. The same filter serves
/// `stats`, `export` and `render`.
///
/// The documents these choose come with the corpus documents that cite them, so that a
/// filtered graph still shows who cites what (`--top 40` alone would draw 40 cited documents
/// and no citation); `only` keeps the chosen documents alone (the node-induced subgraph).
public struct GraphFilter: Sendable {
    /// Keep only the N highest-ranked documents (by `rankBy`).
    public var top: Int?
    public var rankBy: Measure = .cited
    /// Keep only documents within `depth` citations of this one, in either direction.
    public var focus: String?
    public var depth: Int = 1
    /// Keep only documents cited at least this many times.
    public var minCited: Int?
    /// Keep only documents of these bodies / types (`nil`: all).
    public var bodies: Set<IssuingBody>?
    public var types: Set<DocumentType>?
    /// Keep the chosen documents only, not the corpus documents citing them.
    public var only = false

    public init() {}

    /// What a filter keeps: the documents it chose, and those with the documents citing them.
    public struct Selection: Sendable, Equatable {
        /// The chosen documents, in index order.
        public let chosen: [Int]
        /// The chosen documents and (unless `only`) the corpus documents citing them, in index order.
        public let kept: [Int]
    }

    /// Whether the filter keeps every node.
    public var isEmpty: Bool {
        top == nil && focus == nil && minCited == nil && bodies == nil && types == nil
    }

    /// The nodes of `graph` the filter keeps. Rankings use `stats`, computed on the whole
    /// graph, so "top 20" means the top 20 of the corpus. The citing documents are added only
    /// when a ranking, count, body or type chose (a focus neighbourhood has its citers already).
    public func select(in graph: CitationGraph, stats: GraphStatistics) throws(FilterError) -> Selection {
        let chosen = try keptNodes(of: graph, stats: stats)
        let narrowed = top != nil || minCited != nil || bodies != nil || types != nil
        guard !only, narrowed else { return Selection(chosen: chosen, kept: chosen) }
        var keep = [Bool](repeating: false, count: graph.nodeCount)
        for v in chosen {
            keep[v] = true
            for citer in graph.corpusCiters(of: v) { keep[citer] = true }
        }
        return Selection(chosen: chosen, kept: (0..<graph.nodeCount).filter { keep[$0] })
    }

    /// The indices of the nodes of `graph` the filter chooses, in index order.
    public func keptNodes(of graph: CitationGraph, stats: GraphStatistics) throws(FilterError) -> [Int] {
        var keep = [Bool](repeating: true, count: graph.nodeCount)
        if let focus {
            guard let center = graph.nodes.firstIndex(where: { $0.id == focus || $0.aliases.contains(focus) }) else {
                throw .unknownFocus(focus)
            }
            keep = neighbourhood(of: center, in: graph)
        }
        let rows = stats.rowsByID
        for v in 0..<graph.nodeCount where keep[v] {
            let node = graph.nodes[v]
            if let bodies, !bodies.contains(node.body) { keep[v] = false }
            if let types, !types.contains(node.type) { keep[v] = false }
            if let minCited, (rows[node.id]?.timesCited ?? 0) < minCited { keep[v] = false }
        }
        if let top {
            let index = Dictionary(uniqueKeysWithValues: graph.nodes.enumerated().map { ($1.id, $0) })
            let ranked = stats.ranked(by: rankBy).compactMap { index[$0.node.id] }.filter { keep[$0] }
            keep = [Bool](repeating: false, count: graph.nodeCount)
            for v in ranked.prefix(top) { keep[v] = true }
        }
        return (0..<graph.nodeCount).filter { keep[$0] }
    }

    /// Breadth-first in both directions, up to `depth` steps.
    private func neighbourhood(of center: Int, in graph: CitationGraph) -> [Bool] {
        var seen = [Bool](repeating: false, count: graph.nodeCount)
        seen[center] = true
        var frontier = [center]
        for _ in 0..<max(depth, 0) {
            if frontier.isEmpty { break }
            var next: [Int] = []
            for v in frontier {
                let neighbours = graph.outTargets[graph.outOffsets[v]..<graph.outOffsets[v + 1]]
                    + graph.inSources[graph.inOffsets[v]..<graph.inOffsets[v + 1]]
                for w in neighbours where !seen[w] {
                    seen[w] = true
                    next.append(w)
                }
            }
            frontier = next
        }
        return seen
    }
}

/// Why a filter cannot be applied.
public enum FilterError: Error, Equatable, CustomStringConvertible {
    /// `--focus` names a document that is not in the graph.
    case unknownFocus(String)

    public var description: String {
        switch self {
        case let .unknownFocus(id): "--focus \(id): no such document in the graph"
        }
    }
}

extension CitationGraph {
    /// The subgraph on `nodes` (indices into this graph), with the edges among them.
    public func subgraph(_ kept: [Int]) -> CitationGraph {
        let keep = Set(kept)
        let edgesAmong = edges.filter { keep.contains($0.source) && keep.contains($0.target) }.map {
            (source: nodes[$0.source].id, target: nodes[$0.target].id, weight: $0.weight, relations: $0.relations)
        }
        do {
            return try CitationGraph(nodes: kept.map { nodes[$0] }, citations: edgesAmong)
        } catch {
            // Ids were unique here, and every edge joins kept nodes.
            preconditionFailure("subgraph is inconsistent: \(error)")
        }
    }
}

extension GraphStatistics {
    /// The rows of `kept` nodes only, in this table's order; the summary stays the whole graph's.
    public func restricted(to graph: CitationGraph, _ kept: [Int]) -> GraphStatistics {
        let ids = Set(kept.map { graph.nodes[$0].id })
        return GraphStatistics(summary: summary, nodes: nodes.filter { ids.contains($0.node.id) }, weighted: weighted, notes: notes,
                               betweennessError: betweennessError, closenessError: closenessError, communities: communities)
    }
}

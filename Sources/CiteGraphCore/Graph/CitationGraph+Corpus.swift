extension CitationGraph {
    /// The graph of a corpus: every corpus document and every document it cites.
    public init(_ corpus: CorpusExtraction) {
        var nodes: [String: GraphNode] = [:]
        var files: [String: [String]] = [:]
        var edges: [String: [String: (weight: Int, relations: RelationSet)]] = [:]
        for document in corpus.documents {
            files[document.node, default: []].append(document.file)
            for mention in document.mentions {
                edges[document.node, default: [:]][mention.target.rawValue, default: (0, [])].weight += 1
                edges[document.node, default: [:]][mention.target.rawValue, default: (0, [])].relations.insert(RelationSet(mention.relation))
            }
        }
        for document in corpus.documents where nodes[document.node] == nil {
            let symbol = document.ownSymbols.first.map { corpus.primaryOf[$0] ?? $0 }
            nodes[document.node] = GraphNode(
                id: document.node,
                type: symbol?.documentType ?? document.type ?? .document,
                body: symbol?.body ?? document.body ?? .other,
                inCorpus: true,
                aliases: symbol.map { corpus.aliases(of: $0).map(\.rawValue) } ?? [],
                files: files[document.node, default: []].sorted())
        }
        for document in corpus.documents {
            for mention in document.mentions where nodes[mention.target.rawValue] == nil {
                let target = mention.target
                nodes[target.rawValue] = GraphNode(
                    id: target.rawValue, type: target.documentType, body: target.body, inCorpus: false,
                    aliases: corpus.aliases(of: target).map(\.rawValue))
            }
        }
        let edgeList = edges.flatMap { source, targets in
            targets.map { (source: source, target: $0.key, weight: $0.value.weight, relations: $0.value.relations) }
        }
        do {
            try self.init(nodes: Array(nodes.values), citations: edgeList)
        } catch {
            // Every edge above names a node added above, and node ids are dictionary keys.
            preconditionFailure("corpus graph is inconsistent: \(error)")
        }
    }
}

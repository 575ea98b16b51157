extension CitationGraph {
    /// The graph of a corpus: every corpus document and every document it cites.
    ///
    /// One document read in several languages (its Chinese and English texts both stating
    /// A/RES/80/6) is one node: its citations are the union over its versions, and an edge's
    /// weight is the largest count in any one version, since the same citation in two languages
    /// is not two citations. Procedural mentions (how an adopted resolution came to be) are left
    /// out unless `procedural` is set.
    public init(_ corpus: CorpusExtraction, procedural: Bool = false) {
        self.init(corpus, relations: RelationFilter(procedural: procedural))
    }

    /// As above, keeping the mentions whose relation `relations` keeps: an edge's weight and
    /// relations count those mentions only, and a document cited by no mention kept is left out.
    public init(_ corpus: CorpusExtraction, relations: RelationFilter) {
        var nodes: [String: GraphNode] = [:]
        var versions: [String: [DocumentExtraction]] = [:]
        for document in corpus.documents { versions[document.node, default: []].append(document) }
        var edges: [String: [String: (weight: Int, relations: RelationSet)]] = [:]
        var cited: [String: Symbol] = [:]
        let metadata = CorpusMetadata(corpus).byNode
        for (node, documents) in versions {
            var targets: [String: (weight: Int, relations: RelationSet)] = [:]
            for document in documents {
                var counts: [String: Int] = [:]
                for mention in document.mentions where relations.keeps(mention.relation) {
                    counts[mention.target.rawValue, default: 0] += 1
                    cited[mention.target.rawValue] = mention.target
                    targets[mention.target.rawValue, default: (0, [])].relations.insert(RelationSet(mention.relation))
                }
                for (target, count) in counts {
                    let weight = targets[target]?.weight ?? 0
                    targets[target]?.weight = max(weight, count)
                }
            }
            if !targets.isEmpty { edges[node] = targets }
        }
        for document in corpus.documents where nodes[document.node] == nil {
            let symbol = document.ownSymbols.first.map { corpus.primaryOf[$0] ?? $0 }
            let documents = versions[document.node, default: []]
            nodes[document.node] = GraphNode(
                id: document.node,
                type: symbol?.documentType ?? document.type ?? .document,
                body: symbol?.body ?? document.body ?? .other,
                inCorpus: true,
                aliases: symbol.map { corpus.aliases(of: $0).map(\.rawValue) } ?? [],
                files: documents.map(\.file).sorted(),
                languages: Set(documents.map(\.language)).sorted(),
                metadata: metadata[document.node] ?? NodeMetadata())
        }
        for (target, symbol) in cited where nodes[target] == nil {
            nodes[target] = GraphNode(
                id: target, type: symbol.documentType, body: symbol.body, inCorpus: false,
                aliases: corpus.aliases(of: symbol).map(\.rawValue), metadata: metadata[target] ?? NodeMetadata())
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

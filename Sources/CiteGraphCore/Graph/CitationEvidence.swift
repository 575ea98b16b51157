/// The first mention of each citation (citing node → cited node), in corpus order, for the
/// exports' edge attributes: the graph keeps counts and relations, this keeps the words.
public struct CitationEvidence: Sendable {
    private var first: [String: [String: (mention: Mention, file: String)]] = [:]

    /// Procedural mentions count only with `procedural`, as in the graph.
    public init(_ corpus: CorpusExtraction, procedural: Bool = false) {
        for document in corpus.documents {
            for mention in document.mentions where procedural || mention.relation != .procedural {
                if first[document.node]?[mention.target.rawValue] == nil {
                    first[document.node, default: [:]][mention.target.rawValue] = (mention, document.file)
                }
            }
        }
    }

    public init() {}

    /// The first mention by which `source` cites `target`, and the file it stands in.
    public func first(from source: String, to target: String) -> (mention: Mention, file: String)? {
        first[source]?[target]
    }
}

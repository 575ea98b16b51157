/// `citegraph extract`: one record per citation occurrence, in document order.
public enum ExtractFormatter {
    public static func format(_ corpus: CorpusExtraction, as format: ExtractFormat) -> String {
        // Each document's records are formatted on their own core, then joined in order.
        let parts = ConcurrentMap.map(corpus.documents) { document in
            var out = ""
            for mention in document.mentions {
                let record = fields(document, mention)
                switch format {
                case .jsonl: out += JSON.object(record).compact + "\n"
                case .csv: out += CSV.row(record.map { $0.1.plainText })
                }
            }
            return out
        }
        return (format == .csv ? CSV.row(columns) : "") + parts.joined()
    }

    /// The mentions that do not settle which document they cite.
    public static func formatUnresolved(_ corpus: CorpusExtraction, as format: ExtractFormat) -> String {
        var out = ""
        if format == .csv { out += CSV.row(["source", "file", "line", "column", "text", "reason"]) }
        for document in corpus.documents {
            for mention in document.unresolved {
                let record: [(String, JSON)] = [
                    ("source", .string(document.node)), ("file", .string(document.file)),
                    ("line", .int(mention.line)), ("column", .int(mention.column)),
                    ("text", .string(mention.text)), ("reason", .string(mention.reason)),
                ]
                switch format {
                case .jsonl: out += JSON.object(record).compact + "\n"
                case .csv: out += CSV.row(record.map { $0.1.plainText })
                }
            }
        }
        return out
    }

    static let columns = ["source", "target", "file", "line", "column", "text", "type", "body", "via", "relation", "alias"]

    private static func fields(_ document: DocumentExtraction, _ mention: Mention) -> [(String, JSON)] {
        [
            ("source", .string(document.node)),
            ("target", .string(mention.target.rawValue)),
            ("file", .string(document.file)),
            ("line", .int(mention.line)),
            ("column", .int(mention.column)),
            ("text", .string(mention.text)),
            ("type", .string(mention.target.documentType.rawValue)),
            ("body", .string(mention.target.body.rawValue)),
            ("via", .string(mention.via.rawValue)),
            ("relation", .string(mention.relation.rawValue)),
            ("alias", mention.alias.map { .string($0.rawValue) } ?? .null),
        ]
    }
}

extension JSON {
    /// The value as a CSV cell: strings bare, null empty.
    var plainText: String {
        switch self {
        case let .string(s): s
        case .null: ""
        default: compact
        }
    }
}

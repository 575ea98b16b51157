/// `citegraph extract`: one record per citation occurrence, in document order.
public enum ExtractFormatter {
    public static func format(_ corpus: CorpusExtraction, as format: ExtractFormat) -> String {
        String(decoding: formatBytes(corpus, as: format), as: UTF8.self)
    }

    /// The same, as UTF-8 bytes.
    public static func formatBytes(_ corpus: CorpusExtraction, as format: ExtractFormat) -> [UInt8] {
        var all: [UInt8] = []
        write(corpus, as: format) { (piece: [UInt8]) in all += piece }
        return all
    }

    /// Hands the output to `sink` in pieces, in order: a few hundred documents' records at a
    /// time, formatted in parallel, so a corpus of any size never needs its whole output in memory.
    public static func write<E: Error>(_ corpus: CorpusExtraction, as format: ExtractFormat,
                                       to sink: ([UInt8]) throws(E) -> Void) throws(E) {
        if format == .csv { try sink(Array(CSV.row(columns).utf8)) }
        let documents = corpus.documents
        var start = 0
        while start < documents.count {
            let end = min(documents.count, start + 512)
            let parts = ConcurrentMap.map(Array(documents[start..<end])) { document -> [UInt8] in
                switch format {
                case .jsonl:
                    var out = JSONBytes(capacity: document.mentions.count * 640)
                    for mention in document.mentions { jsonl(document, mention, into: &out) }
                    return out.bytes
                case .csv:
                    var out = ""
                    for mention in document.mentions { out += CSV.row(fields(document, mention).map { $0.1.plainText }) }
                    return Array(out.utf8)
                }
            }
            var chunk: [UInt8] = []
            chunk.reserveCapacity(parts.reduce(0) { $0 + $1.count })
            for part in parts { chunk += part }
            try sink(chunk)
            start = end
        }
    }

    /// One JSON Lines record, the fields in `fields`' order.
    private static func jsonl(_ document: DocumentExtraction, _ mention: Mention, into out: inout JSONBytes) {
        out.raw("{")
        out.key("source", first: true)
        out.string(document.node)
        out.key("target")
        out.string(mention.target.rawValue)
        out.key("file")
        out.string(document.file)
        out.key("line")
        out.int(mention.line)
        out.key("column")
        out.int(mention.column)
        out.key("text")
        out.string(mention.text)
        out.key("type")
        out.string(mention.target.documentType.rawValue)
        out.key("body")
        out.string(mention.target.body.rawValue)
        out.key("via")
        out.string(mention.via.rawValue)
        out.key("relation")
        out.string(mention.relation.rawValue)
        out.key("alias")
        if let alias = mention.alias { out.string(alias.rawValue) } else { out.null() }
        // `evidenceFields`, written straight into the buffer (ExtractFormatterTests holds the two to the same bytes).
        let evidence = mention.evidence
        out.key("target_title")
        out.optional(mention.stated.title)
        out.key("target_date")
        out.optional(mention.stated.date?.description)
        out.key("context")
        out.string(evidence.context)
        out.key("paragraph")
        if let paragraph = evidence.paragraph { out.int(paragraph) } else { out.null() }
        out.key("paragraph_kind")
        out.optional(evidence.paragraphKind?.rawValue)
        out.key("cue")
        out.optional(evidence.cue)
        out.key("pinpoint")
        out.optional(evidence.pinpoint)
        out.key("start")
        out.int(evidence.start)
        out.key("end")
        out.int(evidence.end)
        out.raw("}\n")
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
        + evidenceColumns

    /// The evidence of a mention and what the citing text says of its target, after the
    /// fields above: one table for JSON Lines and CSV.
    static let evidenceColumns = ["target_title", "target_date", "context", "paragraph", "paragraph_kind", "cue", "pinpoint", "start", "end"]

    private static func evidenceFields(_ mention: Mention) -> [(String, JSON)] {
        let evidence = mention.evidence
        func text(_ value: String?) -> JSON { value.map(JSON.string) ?? .null }
        return [
            ("target_title", text(mention.stated.title)),
            ("target_date", text(mention.stated.date?.description)),
            ("context", .string(evidence.context)),
            ("paragraph", evidence.paragraph.map(JSON.int) ?? .null),
            ("paragraph_kind", text(evidence.paragraphKind?.rawValue)),
            ("cue", text(evidence.cue)),
            ("pinpoint", text(evidence.pinpoint)),
            ("start", .int(evidence.start)),
            ("end", .int(evidence.end)),
        ]
    }

    /// One record as a table of fields: the CSV row, and what the JSON Lines fast path must equal.
    static func fields(_ document: DocumentExtraction, _ mention: Mention) -> [(String, JSON)] {
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
        ] + evidenceFields(mention)
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

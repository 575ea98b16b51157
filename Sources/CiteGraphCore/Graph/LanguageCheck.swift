/// The cross-language check: for each document read in more than one language (its Chinese
/// and English texts both stating A/RES/80/6), the citations found in one version and in no
/// version of another language. The versions of one document cite the same documents, so each
/// difference is an extraction error in one of them, or a real difference between the texts.
public struct LanguageCheck: Sendable {
    /// One document read in several languages.
    public struct Document: Sendable {
        /// The node id.
        public let id: String
        /// Its versions, by file, in file order.
        public let versions: [Version]
        /// Whether every version cites the same documents.
        public var agrees: Bool { versions.allSatisfy { $0.onlyHere.isEmpty } }
    }

    /// One language version of a document.
    public struct Version: Sendable {
        public let file: String
        public let language: Language
        /// How many documents it cites.
        public let cited: Int
        /// What it cites and no version in another language does, sorted.
        public let onlyHere: [Symbol]
    }

    /// The documents read in two languages or more, sorted by id.
    public let documents: [Document]

    public init(_ corpus: CorpusExtraction) {
        let byNode = Dictionary(grouping: corpus.documents, by: \.node)
        documents = byNode.keys.sorted().compactMap { id in
            let versions = byNode[id, default: []].sorted { $0.file < $1.file }
            guard Set(versions.map(\.language)).count > 1 else { return nil }
            let cited = versions.map { Set($0.mentions.lazy.filter { $0.relation != .procedural }.map(\.target)) }
            return Document(id: id, versions: versions.indices.map { k in
                let others = versions.indices.filter { versions[$0].language != versions[k].language }
                    .reduce(into: Set<Symbol>()) { $0.formUnion(cited[$1]) }
                return Version(file: versions[k].file, language: versions[k].language, cited: cited[k].count,
                               onlyHere: cited[k].subtracting(others).sorted())
            })
        }
    }

    /// The report for people: one block per document, its versions and what each alone cites.
    public var text: String {
        guard !documents.isEmpty else { return "no document was read in more than one language\n" }
        var out = ""
        let disagreeing = documents.filter { !$0.agrees }.count
        out += "\(documents.count) documents read in more than one language, \(disagreeing) with citations found in one language only\n"
        for document in documents {
            out += "\n\(document.id)\(document.agrees ? "  (the versions agree)" : "")\n"
            for version in document.versions {
                out += "  \(version.language.rawValue)  \(version.file)  \(version.cited) cited"
                out += version.onlyHere.isEmpty ? "\n" : ", only here: \(version.onlyHere.map(\.rawValue).joined(separator: ", "))\n"
            }
        }
        return out
    }

    /// The same as JSON: {"documents": [{"id", "agrees", "versions": [{"file", "language", "cited", "only_here"}]}]}.
    public var json: String {
        let objects: [JSON] = documents.map { document in
            .object([
                ("id", .string(document.id)), ("agrees", .bool(document.agrees)),
                ("versions", .array(document.versions.map { version in
                    .object([
                        ("file", .string(version.file)), ("language", .string(version.language.rawValue)),
                        ("cited", .int(version.cited)), ("only_here", .array(version.onlyHere.map { .string($0.rawValue) })),
                    ])
                })),
            ])
        }
        return JSON.object([("documents", .array(objects))]).compact + "\n"
    }
}

/// One document in the citation graph.
public struct GraphNode: Sendable, Equatable {
    /// The canonical symbol, or a corpus file's name when it states none.
    public let id: String
    public let type: DocumentType
    public let body: IssuingBody
    /// Whether the document is part of the corpus (else it is only cited).
    public let inCorpus: Bool
    /// Other symbols of the same jointly issued document.
    public let aliases: [String]
    /// The corpus files that are this document (a document may come in several languages).
    public let files: [String]
    /// The languages its corpus files are written in, sorted (empty for a document only cited).
    public let languages: [Language]
    /// Its title, date, year and session, as far as they are known.
    public var metadata: NodeMetadata

    public init(id: String, type: DocumentType, body: IssuingBody, inCorpus: Bool, aliases: [String] = [], files: [String] = [],
                languages: [Language] = [], metadata: NodeMetadata = NodeMetadata()) {
        self.id = id
        self.type = type
        self.body = body
        self.inCorpus = inCorpus
        self.aliases = aliases
        self.files = files
        self.languages = languages
        self.metadata = metadata
    }
}

/// Everything citegraph finds in one document.
public struct DocumentExtraction: Sendable {
    /// The document's path as given (or `seeds/NAME` for the built-in corpus).
    public var file: String
    /// The node id: the document's first own symbol, else its file name without extension.
    public var node: String
    /// The symbols the document states for itself.
    public var ownSymbols: [Symbol]
    /// (primary, alias) pairs of jointly issued symbols, its own and those it cites.
    public var aliases: [(primary: Symbol, alias: Symbol)]
    /// The body the document comes from, when its symbol or a heading says so.
    public var body: IssuingBody?
    /// What the document is, when its symbol or heading says so.
    public var type: DocumentType?
    /// Citations in document order.
    public var mentions: [Mention]
    /// Citation-like phrases that do not settle which document they cite.
    public var unresolved: [UnresolvedMention]
    /// Where the node's id comes from.
    public var nodeSource: NodeSource
    /// The language the text is written in (ISO 639-1: zh, en, fr, es, ru, ar), as far as its
    /// letters and commonest words tell.
    public var language: Language
    /// The title and date its own text states.
    public var metadata = DocumentMetadata()
}

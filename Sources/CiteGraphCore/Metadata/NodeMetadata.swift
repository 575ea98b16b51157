/// What the graph knows of a document besides its symbol and kind, for every export.
public struct NodeMetadata: Sendable, Equatable {
    public var title: String?
    /// ISO 8601, as precise as the source says.
    public var date: PartialDate?
    /// The date's year, else the year the symbol implies (`Symbol.year`).
    public var year: Int?
    /// The General Assembly's or Human Rights Council's session the symbol names ("75", "ES-10").
    public var session: String?
    /// Where the title and date come from.
    public var source: MetadataSource?
    /// Languages and files a user catalogue gives instead of those read.
    public var languages: [String]?
    public var files: [String]?
    /// Any other columns of a user catalogue, by name.
    public var extra: [String: String] = [:]

    public init(title: String? = nil, date: PartialDate? = nil, year: Int? = nil, session: String? = nil,
                source: MetadataSource? = nil) {
        self.title = title
        self.date = date
        self.year = year
        self.session = session
        self.source = source
    }
}

/// Where a node's title and date come from.
public enum MetadataSource: String, Sendable {
    /// The document's own text (a corpus document).
    case text
    /// A citing document's words ("resolution 70/1 of 25 September 2015, entitled …").
    case citing
    /// Only the symbol (a year implied by its number or session).
    case symbol
    /// A user catalogue (`--metadata`).
    case catalogue
}

/// What a document's own text says of it besides its symbol: its title and its date (of
/// adoption for a resolution, decision or statement; of issue for the rest).
public struct DocumentMetadata: Sendable, Equatable {
    public var title: String?
    public var date: PartialDate?

    public init(title: String? = nil, date: PartialDate? = nil) {
        self.title = title
        self.date = date
    }
}

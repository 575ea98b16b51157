/// Where a mention stands and what in the text says so: the words around it, its paragraph,
/// the verb that gave its relation, the part of the cited document it points at.
public struct MentionEvidence: Sendable, Equatable {
    /// The sentence or paragraph the mention stands in, spaces collapsed, at most
    /// `MentionContext.maximumLength` characters (cut at a word, an ellipsis where cut).
    public var context: String = ""
    /// The paragraph's number: an operative paragraph's own ("5." → 5), the rank of a
    /// preambular one (the third preambular paragraph → 3), a report's numbered paragraph.
    public var paragraph: Int?
    public var paragraphKind: ParagraphKind?
    /// The verb as written that gave the mention's relation ("Recalling", "重申").
    public var cue: String?
    /// The part of the cited document pointed at, as written ("paragraph 138", "annex", "第5段", "A").
    public var pinpoint: String?
    /// UTF-8 byte offsets of the mention in the document's text as read.
    public var start = 0
    public var end = 0

    public init(context: String = "", paragraph: Int? = nil, paragraphKind: ParagraphKind? = nil, cue: String? = nil,
                pinpoint: String? = nil, start: Int = 0, end: Int = 0) {
        self.context = context
        self.paragraph = paragraph
        self.paragraphKind = paragraphKind
        self.cue = cue
        self.pinpoint = pinpoint
        self.start = start
        self.end = end
    }
}

/// Which part of a document a paragraph belongs to.
public enum ParagraphKind: String, Sendable, CaseIterable {
    /// A resolution's preamble ("Recalling …,"), before its first numbered paragraph.
    case preambular
    /// A resolution's numbered paragraph ("5. Requests …").
    case operative
    /// An annex's text.
    case annex
    /// A footnote's text.
    case footnote
}

/// What a citing text says of the document it cites: 'resolution 70/1 of 25 September 2015,
/// entitled “Transforming our world …”', 2015年9月25日题为“……”的第70/1号决议.
public struct StatedMetadata: Sendable, Equatable {
    public var title: String?
    public var date: PartialDate?

    public init(title: String? = nil, date: PartialDate? = nil) {
        self.title = title
        self.date = date
    }

    public var isEmpty: Bool { title == nil && date == nil }
}

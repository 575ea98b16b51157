/// How a citation was reached.
public enum Via: String, Sendable, CaseIterable {
    /// Written where it is cited.
    case inline
    /// One number of a list sharing one 号决议 / "resolutions".
    case list
    /// Written in a footnote's text, which a marker in the body points at.
    case footnote
    /// Repeated by 同上 / Ibid. from the previous footnote.
    case ibid
}

/// One citation of another document, as found in one document's text.
public struct Mention: Sendable, Equatable {
    /// The cited document.
    public var target: Symbol
    /// The other symbol of a jointly issued document, when the text names both.
    public var alias: Symbol?
    /// 1-based line and column (in Unicode scalars) of the mention in the original text.
    public var line: Int
    public var column: Int
    /// The mention as written.
    public var text: String
    public var via: Via
    /// The act the citing document performs on it (recalls, pursuant to, …).
    public var relation: Relation
    /// Where it stands: its sentence, paragraph, cue word, pinpoint and offsets.
    public var evidence = MentionEvidence()
    /// What the citing text says of the cited document (its title, its date).
    public var stated = StatedMetadata()
}

/// A mention that looks like a citation but does not settle which document it cites.
public struct UnresolvedMention: Sendable, Equatable {
    public var line: Int
    public var column: Int
    public var text: String
    public var reason: String
}

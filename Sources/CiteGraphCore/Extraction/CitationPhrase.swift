/// A citation phrase: one or more resolution or decision numbers sharing one noun.
struct CitationPhrase {
    let numbers: [ResolutionNumber]
    let noun: CitedNoun
    /// Where each number's mention starts and ends in the normalized text (the first one
    /// includes its 第 or noun, the last one its 号决议).
    let spans: [Range<Int>]
    /// Where the phrase ends.
    let end: Int
    /// The body the phrase itself names after its noun ("les résolutions du Conseil de
    /// sécurité 2593 (2021)"), which outranks any name before it.
    var namedBody: NamedBody? = nil
    /// Numbers of the list past the longest kept (`ChinesePhraseScanner.maximumListLength`).
    var unread = 0
}

/// Whether a phrase cites resolutions or decisions.
enum CitedNoun: Sendable {
    case resolution
    case decision
}

/// Builds each mention's evidence and what the citing phrase says of the cited document,
/// from one document's normalized text and its paragraphs.
struct MentionContext {
    let text: NormalizedText
    let paragraphs: ParagraphIndex

    /// How many characters of context a mention carries at most.
    static let maximumLength = 300
    /// How many bytes around a mention are looked at for its context (at most half the
    /// context each side, three bytes a Chinese character) and for a stated title.
    private static let reach = 600

    init(text: NormalizedText, lines: LineIndex, isResolution: Bool) {
        self.text = text
        self.paragraphs = ParagraphIndex(text.bytes, lines: lines, isResolution: isResolution)
    }

    /// The evidence of a mention at normalized `range`, its relation given by the verb at
    /// normalized `cue`; `inFootnote` when it stands in a footnote's text.
    func evidence(for range: Range<Int>, cue: Range<Int>?, inFootnote: Bool) -> MentionEvidence {
        let s = text.bytes
        let original = text.originalRange(range)
        var evidence = MentionEvidence(start: original.lowerBound, end: original.upperBound)
        let found = paragraphs.paragraph(at: range.lowerBound, textEnd: s.count)
        var paragraphStart = found?.paragraph.start ?? 0
        var paragraphEnd = found?.end ?? s.count
        if inFootnote {
            evidence.paragraphKind = .footnote
        } else if let paragraph = found?.paragraph {
            evidence.paragraph = paragraph.number
            evidence.paragraphKind = paragraph.kind
        }
        // A footnote's paragraph is its line.
        if inFootnote {
            paragraphStart = Self.lineStart(s, before: range.lowerBound)
            paragraphEnd = Self.lineEnd(s, after: range.upperBound)
        }
        let clipped = (left: paragraphStart < range.lowerBound - Self.reach, right: paragraphEnd > range.upperBound + Self.reach)
        paragraphStart = max(paragraphStart, range.lowerBound - Self.reach)
        paragraphEnd = min(paragraphEnd, range.upperBound + Self.reach)
        evidence.context = context(before: paragraphStart..<range.lowerBound, mention: range,
                                   after: range.upperBound..<max(range.upperBound, paragraphEnd), clipped: clipped)
        if let cue { evidence.cue = word(at: cue) }
        // Most mentions have no pinpoint (a list's numbers follow one another): a look at the
        // bytes next to them says so before any text is decoded.
        if Self.mayFollowWithPinpoint(s, range.upperBound) {
            evidence.pinpoint = Pinpoint.after(window(range.upperBound..<min(s.count, range.upperBound + 80)))
        }
        if evidence.pinpoint == nil, Self.mayPrecedeWithPinpoint(s, range.lowerBound),
           Self.holdsPinpointWord(s, max(0, range.lowerBound - 60)..<range.lowerBound) {
            evidence.pinpoint = Pinpoint.before(window(max(0, range.lowerBound - 60)..<range.lowerBound))
        }
        return evidence
    }

    /// After the mention, past spaces and one comma: a letter, 第, 附 or "(" may lead a
    /// pinpoint, a date or a title; a digit or 、 never does.
    private static func mayFollow(_ s: [UInt8], _ end: Int) -> Bool {
        var i = end
        while i < s.count, s[i] == 0x20 { i += 1 }
        if i < s.count, s[i] == 0x2C { i += 1 }
        while i < s.count, s[i] == 0x20 { i += 1 }
        guard i < s.count else { return false }
        let b = s[i]
        return Bytes.isLetter(b) || b == 0xD0 || b == 0xD1 || s.has(di, at: i) || s.has(fu, at: i)
    }

    /// After the mention: a part letter after one space ("36/87 A"), or, past one comma, 第,
    /// 附 or a word that may be a pinpoint's (its first three bytes, any ASCII case, are one of
    /// `ParagraphWords.pinpointsAfter`'s; anything not ASCII is looked at in full).
    private static func mayFollowWithPinpoint(_ s: [UInt8], _ end: Int) -> Bool {
        guard mayFollow(s, end) else { return false }
        if end + 1 < s.count, s[end] == 0x20, (0x41...0x48).contains(s[end + 1]) { return true }
        var i = end
        while i < s.count, s[i] == 0x20 { i += 1 }
        if i < s.count, s[i] == 0x2C { i += 1 }
        while i < s.count, s[i] == 0x20 { i += 1 }
        if s.has(di, at: i) || s.has(fu, at: i) { return true }
        guard i + 3 <= s.count else { return false }
        let head = s[i..<(i + 3)].map(Bytes.asciiLowercased)
        return head.contains { $0 >= 0x80 } || pinpointHeads.contains(head)
    }

    /// After the mention, past one comma: a word that may lead a date or a title (its first
    /// two bytes, any ASCII case, are those of one of `StatedTitles`' leads; anything not
    /// ASCII is looked at in full).
    private static func mayFollowWithStatement(_ s: [UInt8], _ end: Int) -> Bool {
        guard mayFollow(s, end) else { return false }
        var i = end
        while i < s.count, s[i] == 0x20 || s[i] == 0x0A { i += 1 }
        if i < s.count, s[i] == 0x2C { i += 1 }
        while i < s.count, s[i] == 0x20 || s[i] == 0x0A { i += 1 }
        guard i + 2 <= s.count else { return false }
        let head = s[i..<(i + 2)].map(Bytes.asciiLowercased)
        // A lead is ASCII or Cyrillic: no character of three bytes or more (Chinese, 第, 附) is
        // one, nor lowers to one.
        guard head[0] < 0xE0 else { return false }
        return head.contains { $0 >= 0x80 } || statementHeads.contains(head)
    }

    private static let statementHeads = Set((StatedTitles.dateLeads + StatedTitles.titleLeads).map { Array($0.utf8.prefix(2)).map(Bytes.asciiLowercased) })

    private static let pinpointHeads = Set(ParagraphWords.pinpointsAfter.map { Array($0.utf8.prefix(3)).map(Bytes.asciiLowercased) })

    /// Before the mention, past spaces: a link word of `ParagraphWords.pinpointLinks` after
    /// a space ("paragraph 5 of resolution …"), any ASCII case.
    private static func mayPrecedeWithPinpoint(_ s: [UInt8], _ start: Int) -> Bool {
        var i = start
        while i > 0, s[i - 1] == 0x20 { i -= 1 }
        return pinpointLinks.contains { link in
            let from = i - link.count
            guard from > 0, s[from - 1] == 0x20 else { return false }
            return zip(s[from..<i], link).allSatisfy { Bytes.asciiLowercased($0) == $1 }
        }
    }

    private static let pinpointLinks = ParagraphWords.pinpointLinks.map { Array($0.utf8).map(Bytes.asciiLowercased) }

    /// The first four bytes, lower case, of each word of `ParagraphWords.pinpointsBefore`.
    private static let pinpointWordHeads = Array(Set(ParagraphWords.pinpointsBefore.map { Array($0.utf8.prefix(4)).map(Bytes.asciiLowercased) }))

    /// `range` holds the beginning of a pinpoint word, any ASCII case: without one,
    /// `Pinpoint.before` can find nothing (its words are ASCII) and no text is decoded.
    private static func holdsPinpointWord(_ s: [UInt8], _ range: Range<Int>) -> Bool {
        guard range.count >= 4 else { return false }
        for i in range.lowerBound...(range.upperBound - 4) where pinpointWordHeads.contains(where: { head in
            (0..<4).allSatisfy { Bytes.asciiLowercased(s[i + $0]) == head[$0] }
        }) {
            return true
        }
        return false
    }

    private enum StatementLead { case date, title }

    /// Before a Chinese mention, past spaces and 第: 日, 月 (a date) or 的 (a title) may end
    /// what the text states of the cited document.
    private static func statementBefore(_ s: [UInt8], _ start: Int) -> StatementLead? {
        var i = start
        while true {
            while i > 0, s[i - 1] == 0x20 { i -= 1 }
            guard i >= 3 else { return nil }
            if s.has(di, at: i - 3) { i -= 3 } else { break }
        }
        if s.has(de, at: i - 3) { return .title }
        return s.has(ri, at: i - 3) || s.has(yue, at: i - 3) ? .date : nil
    }

    private static let di = Array("第".utf8), fu = Array("附".utf8), ri = Array("日".utf8), yue = Array("月".utf8), de = Array("的".utf8)

    /// The title and date the text gives the cited document next to the mention.
    func stated(for range: Range<Int>) -> StatedMetadata {
        let s = text.bytes
        var stated = StatedMetadata()
        if Self.mayFollowWithStatement(s, range.upperBound) {
            stated = StatedTitles.after(window(range.upperBound..<min(s.count, range.upperBound + Self.reach)))
        }
        if stated.isEmpty, let lead = Self.statementBefore(s, range.lowerBound) {
            // A date (日, 月) is at most 16 characters long; a title (的) takes the whole reach.
            let reach = lead == .title ? Self.reach : 160
            stated = StatedTitles.before(window(max(0, range.lowerBound - reach)..<range.lowerBound))
        }
        return stated
    }

    /// The original text of normalized `range`, as Characters, with the normalized text alongside.
    private func window(_ range: Range<Int>) -> TextWindow {
        TextWindow(text: text, range: Self.aligned(text.bytes, range))
    }

    /// The original text around a mention, spaces collapsed, cut to `maximumLength`
    /// characters (Unicode scalars, counted in the UTF-8 bytes: no grapheme breaking on the
    /// hot path).
    private func context(before: Range<Int>, mention: Range<Int>, after: Range<Int>, clipped: (left: Bool, right: Bool)) -> String {
        let left = ContextBytes.collapsed(originalBytes(before))
        let middle = ContextBytes.collapsed(originalBytes(mention))
        let right = ContextBytes.collapsed(originalBytes(after))
        let (leftCount, rightCount) = (ContextBytes.scalars(left), ContextBytes.scalars(right))
        let budget = max(0, Self.maximumLength - ContextBytes.scalars(middle))
        var leftPart = left, rightPart = right
        if leftCount + rightCount > budget {
            let half = budget / 2
            let leftBudget = min(leftCount, max(half, budget - rightCount))
            let rightBudget = min(rightCount, budget - leftBudget)
            leftPart = ContextBytes.keepEnd(left, leftBudget)
            rightPart = ContextBytes.keepStart(right, rightBudget)
        }
        // Cut short by the reach, not by the paragraph's end: say so too.
        if clipped.left, !leftPart.starts(with: ContextBytes.ellipsis) {
            leftPart = ContextBytes.keepEnd(leftPart, max(0, ContextBytes.scalars(leftPart) - 1))
        }
        if clipped.right, !rightPart.ends(with: ContextBytes.ellipsis) {
            rightPart = ContextBytes.keepStart(rightPart, max(0, ContextBytes.scalars(rightPart) - 1))
        }
        return String(decoding: ContextBytes.trimmedSpaces(leftPart + middle + rightPart), as: UTF8.self)
    }

    private func originalBytes(_ range: Range<Int>) -> ArraySlice<UInt8> {
        guard !range.isEmpty else { return [] }
        let aligned = Self.aligned(text.bytes, range)
        return text.original[text.originalRange(aligned)]
    }

    /// The verb as written, to the end of its word ("recall" found, "Recalling" written).
    private func word(at cue: Range<Int>) -> String {
        let original = text.originalRange(cue)
        var end = original.upperBound
        while end < text.original.count, Bytes.isLetter(text.original[end]) { end += 1 }
        return String(decoding: text.original[original.lowerBound..<end], as: UTF8.self)
    }

    /// `range` moved inside, to the starts of UTF-8 characters.
    private static func aligned(_ s: [UInt8], _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, s[lower] & 0xC0 == 0x80 { lower += 1 }
        while upper < s.count, upper > lower, s[upper] & 0xC0 == 0x80 { upper -= 1 }
        return lower..<upper
    }

    private static func lineStart(_ s: [UInt8], before i: Int) -> Int {
        var j = i
        while j > 0, s[j - 1] != 0x0A { j -= 1 }
        return j
    }

    private static func lineEnd(_ s: [UInt8], after i: Int) -> Int {
        var j = i
        while j < s.count, s[j] != 0x0A { j += 1 }
        return j
    }
}

/// A stretch of a document around a mention: its normalized text as Characters (what is
/// matched: ASCII digits, simplified characters), and its original text (what is shown),
/// decoded only when asked for.
struct TextWindow {
    let normalized: [Character]
    private let text: NormalizedText?
    private let range: Range<Int>
    private let plain: [Character]?

    init(text: NormalizedText, range: Range<Int>) {
        normalized = Array(String(decoding: text.bytes[range], as: UTF8.self))
        self.text = text
        self.range = range
        plain = nil
    }

    init(_ text: String) {
        normalized = Array(text)
        self.text = nil
        range = 0..<0
        plain = normalized
    }

    /// The original text of the whole window.
    var original: [Character] {
        if let plain { return plain }
        guard let text, !range.isEmpty else { return [] }
        return Array(String(decoding: text.original[text.originalRange(range)], as: UTF8.self))
    }

    /// The original characters matching normalized characters `range`, when the two run
    /// one for one (they do unless the window held a Markdown link or a folded space).
    func originalText(_ range: Range<Int>) -> String {
        let original = self.original
        if original.count == normalized.count { return String(original[range]) }
        // The whole window as written, whatever normalization took out of it (the spaces of "四 非政府组织").
        if range == 0..<normalized.count { return String(original) }
        return String(normalized[range])
    }
}

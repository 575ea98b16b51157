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
        if Self.mayFollow(s, range.upperBound) {
            evidence.pinpoint = Pinpoint.after(window(range.upperBound..<min(s.count, range.upperBound + 80)))
        }
        if evidence.pinpoint == nil, Self.mayPrecedeWithPinpoint(s, range.lowerBound) {
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

    /// Before the mention: "… of ", "… to " (the link of "paragraph 5 of resolution …").
    private static func mayPrecedeWithPinpoint(_ s: [UInt8], _ start: Int) -> Bool {
        var i = start
        while i > 0, s[i - 1] == 0x20 { i -= 1 }
        return i >= 2 && Bytes.isLetter(s[i - 1]) && Bytes.isLetter(s[i - 2])
    }

    /// Before a Chinese mention, past spaces and 第: 日, 月 (a date) or 的 (a title) may end
    /// what the text states of the cited document.
    private static func mayPrecedeWithStatement(_ s: [UInt8], _ start: Int) -> Bool {
        var i = start
        while true {
            while i > 0, s[i - 1] == 0x20 { i -= 1 }
            guard i >= 3 else { return false }
            if s.has(di, at: i - 3) { i -= 3 } else { break }
        }
        return s.has(ri, at: i - 3) || s.has(yue, at: i - 3) || s.has(de, at: i - 3)
    }

    private static let di = Array("第".utf8), fu = Array("附".utf8), ri = Array("日".utf8), yue = Array("月".utf8), de = Array("的".utf8)

    /// The title and date the text gives the cited document next to the mention.
    func stated(for range: Range<Int>) -> StatedMetadata {
        let s = text.bytes
        var stated = StatedMetadata()
        if Self.mayFollow(s, range.upperBound) {
            stated = StatedTitles.after(window(range.upperBound..<min(s.count, range.upperBound + Self.reach)))
        }
        if stated.isEmpty, Self.mayPrecedeWithStatement(s, range.lowerBound) {
            stated = StatedTitles.before(window(max(0, range.lowerBound - Self.reach)..<range.lowerBound))
        }
        return stated
    }

    /// The original text of normalized `range`, as Characters, with the normalized text alongside.
    private func window(_ range: Range<Int>) -> TextWindow {
        TextWindow(text: text, range: Self.aligned(text.bytes, range))
    }

    /// The original text around a mention, spaces collapsed, cut to `maximumLength`.
    private func context(before: Range<Int>, mention: Range<Int>, after: Range<Int>, clipped: (left: Bool, right: Bool)) -> String {
        let left = Self.collapsed(originalText(before))
        let middle = Self.collapsed(originalText(mention))
        let right = Self.collapsed(originalText(after))
        let budget = max(0, Self.maximumLength - middle.count)
        var leftPart = left, rightPart = right
        if left.count + right.count > budget {
            let half = budget / 2
            let leftBudget = min(left.count, max(half, budget - right.count))
            let rightBudget = min(right.count, budget - leftBudget)
            leftPart = Self.keepEnd(left, leftBudget)
            rightPart = Self.keepStart(right, rightBudget)
        }
        // Cut short by the reach, not by the paragraph's end: say so too.
        if clipped.left, !leftPart.hasPrefix("…") { leftPart = Self.keepEnd(leftPart, max(0, leftPart.count - 1)) }
        if clipped.right, !rightPart.hasSuffix("…") { rightPart = Self.keepStart(rightPart, max(0, rightPart.count - 1)) }
        return (leftPart + middle + rightPart).trimming(" ")
    }

    private func originalText(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        let aligned = Self.aligned(text.bytes, range)
        return String(decoding: text.original[text.originalRange(aligned)], as: UTF8.self)
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

    /// Runs of white space as one space, kept at the ends (ASCII white space, U+3000 and
    /// no-break spaces, found in the bytes: no Unicode tables per character).
    private static func collapsed(_ s: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        var space = false
        let bytes = Array(s.utf8)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            var width = 0
            if b == 0x20 || (0x09...0x0D).contains(b) { width = 1 }
            else if b == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xA0 { width = 2 }
            else if b == 0xE3, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x80 { width = 3 }
            if width > 0 {
                space = true
                i += width
                continue
            }
            if space { out.append(0x20) }
            space = false
            out.append(b)
            i += 1
        }
        if space { out.append(0x20) }
        return String(decoding: out, as: UTF8.self)
    }

    /// The last `n` characters of `s`, from a word's start where a space is near, "…" before.
    private static func keepEnd(_ s: String, _ n: Int) -> String {
        guard s.count > n else { return s }
        var tail = Substring(s.suffix(max(0, n - 1)))
        if let space = tail.prefix(24).firstIndex(of: " ") { tail = tail[tail.index(after: space)...] }
        return "…" + tail
    }

    /// The first `n` characters of `s`, to a word's end where a space is near, "…" after.
    private static func keepStart(_ s: String, _ n: Int) -> String {
        guard s.count > n else { return s }
        var head = Substring(s.prefix(max(0, n - 1)))
        if let space = head.suffix(24).lastIndex(of: " ") { head = head[..<space] }
        return head + "…"
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

/// The first non-empty lines of a document, as `DocumentMetadataReader` reads them: each
/// trimmed and cut at a web page's column bar, and where the preamble starts ("The General
/// Assembly,", even run into a line).
struct HeaderLines {
    private(set) var lines: [HeaderLine] = []
    /// Index of the line that opens the preamble, if any.
    private(set) var bodyLine: Int?
    /// Index of the first line of the text proper (the preamble's, a numbered paragraph's).
    private(set) var textStart: Int?

    /// The lines above the text proper: masthead, headings, title.
    var top: [HeaderLine] { Array(lines[..<(bodyLine ?? textStart ?? lines.count)]) }

    init(_ text: NormalizedText, lines index: LineIndex, count: Int, reach: Int) {
        let s = text.bytes
        var blank = false
        var line = 0
        var prose: Int?
        while line < index.count, lines.count < count {
            // A few lines into the text proper, the header is over.
            if let start = bodyLine ?? textStart, lines.count > start + 3 { break }
            // A few lines into running prose, the header is over too (see `isProse`).
            if let start = prose, lines.count > start + Self.proseLines { break }
            var range = Self.trimmed(index.range(ofLine: line, in: s), in: s)
            line += 1
            guard !range.isEmpty else {
                blank = true
                continue
            }
            // "儿童权利 | Rights of the child |": a page's two columns, the first kept; a line of
            // three or more bars is navigation, kept whole (it is furniture).
            let scanned = range.lowerBound..<min(range.upperBound, range.lowerBound + 8 * reach)
            let bars = s[scanned].filter { $0 == 0x7C }.count
            if bars == 2 || bars == 1 && s[range.upperBound - 1] != 0x7C, s[range.lowerBound] != 0x7C, let bar = s[scanned].firstIndex(of: 0x7C) {
                range = Self.trimmed(range.lowerBound..<bar, in: s)
            }
            // How a long line ends ("…，乌拉圭：决议草案"), before it is cut to the reach.
            var tailStart = max(range.lowerBound, range.upperBound - 90)
            while tailStart < range.upperBound, s[tailStart] & 0xC0 == 0x80 { tailStart += 1 }
            let tail = String(decoding: s[tailStart..<range.upperBound], as: UTF8.self).lowercased()
            var end = min(range.upperBound, range.lowerBound + reach)
            while end < range.upperBound, s[end] & 0xC0 == 0x80 { end += 1 }
            range = range.lowerBound..<end
            var header = HeaderLine(window: TextWindow(text: text, range: range), afterBlank: blank)
            header.tail = tail
            blank = false
            if bodyLine == nil, let at = header.bodyStart {
                if at > 0 {
                    // "53/166. 《维也纳宣言…》的全面执行和后续行动 大会, 回顾…": the title, then the preamble.
                    let cut = header.window.normalized[..<at]
                    let bytes = String(cut).utf8.count
                    var title = HeaderLine(window: TextWindow(text: text, range: range.lowerBound..<(range.lowerBound + bytes)), afterBlank: header.afterBlank)
                    title.furniture = HeaderFurniture.isFurniture(title)
                    lines.append(title)
                    header = HeaderLine(window: TextWindow(text: text, range: (range.lowerBound + bytes)..<range.upperBound), afterBlank: false)
                }
                bodyLine = lines.count
            }
            if textStart == nil, header.opensText { textStart = lines.count }
            header.furniture = HeaderFurniture.isFurniture(header)
            if prose == nil, !header.furniture, Self.isProse(header, tail: tail) { prose = lines.count }
            lines.append(header)
        }
    }

    /// A long line that ends a sentence, not furniture, is a paragraph of running text, not
    /// a title (a title never ends a sentence): a letter's or a report's text has begun, and
    /// the header ends a few lines further on instead of reading forty lines of prose. (Not
    /// at once: a page's own summary may come first and give the date of adoption.)
    private static func isProse(_ line: HeaderLine, tail: String) -> Bool {
        guard line.t.count > proseLength, let last = tail.last else { return false }
        return last == "." || last == "。"
    }

    private static let proseLength = 150
    private static let proseLines = 6

    static func trimmed(_ range: Range<Int>, in s: [UInt8]) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, Bytes.isSpace(s[lower]) { lower += 1 }
        while upper > lower, Bytes.isSpace(s[upper - 1]) { upper -= 1 }
        return lower..<upper
    }
}

/// One non-empty header line.
struct HeaderLine {
    let window: TextWindow
    /// A blank line stands before it.
    let afterBlank: Bool

    init(window: TextWindow, afterBlank: Bool) {
        self.window = window
        self.afterBlank = afterBlank
        lower = String(window.normalized).lowercased()
        var spaces = 0, previousSpace = false
        for c in window.normalized {
            let space = c.isSpace
            if space, previousSpace { spaces += 1 }
            previousSpace = space
        }
        length = window.normalized.count - spaces
        bodyStart = Self.bodyStart(window.normalized)
        opensText = Self.opensText(window.normalized)
    }

    /// The first date written in it, looked for when asked (most lines are never asked).
    var firstDate: DateText.Match? { DateText.first(in: window.normalized) }
    /// It is masthead or page furniture (`HeaderFurniture`), worked out once.
    var furniture = false
    /// The end of the whole line, lower case, however long it ran.
    var tail = ""

    /// Its length with runs of spaces counted as one (a masthead's columns are far apart).
    let length: Int

    /// The normalized characters (what is matched).
    var t: [Character] { window.normalized }
    /// Lower case, normalized.
    let lower: String
    /// The line as written.
    var text: String { window.originalText(0..<window.normalized.count) }

    /// It starts with "The General Assembly," or the like.
    var startsWithBody: Bool { bodyStart == 0 }

    /// Where "The General Assembly,", "大会，" or the like starts in it (at its start, or after
    /// a space and a part's letter or a title).
    let bodyStart: Int?

    private static let bodyLines = ParagraphWords.bodyLines.map { Array($0) }
    private static let bodyFirsts = Set(bodyLines.compactMap(\.first))

    private static func bodyStart(_ t: [Character]) -> Int? {
        let limit = min(t.count, DocumentMetadataReader.maximumTitle + 60)
        var at = 0
        while at < limit {
            if at == 0 || t[at - 1] == " ", bodyFirsts.contains(t[at]) {
                for body in bodyLines where at + body.count <= t.count && t[at] == body[0] {
                    // A body's name may stand inside a title ("…the work of the General Assembly, …"):
                    // run into a line, only the subject of the preamble ("大会," after a title).
                    if at > 0, !body[0].isCJK, !(body.count > 4 && body[0] == "T" && body[1] == "h" && body[2] == "e" && body[3] == " ") { continue }
                    if t[at..<(at + body.count)].elementsEqual(body) { return at }
                }
            }
            at += 1
        }
        return nil
    }

    /// It opens the text proper: a preambular verb or an operative paragraph's number.
    let opensText: Bool

    private static let openers = ParagraphWords.preambleOpeners.map { Array($0) }

    private static func opensText(_ t: [Character]) -> Bool {
        // "1. Decides", "12. 请": a number, a full stop, a space or a Chinese character ("4.19k" is none).
        if let first = t.first, first.asciiDigit != nil, t.count > 3, let dot = t.firstIndex(of: "."), dot < 4, t[..<dot].allSatisfy({ $0.asciiDigit != nil }),
           dot + 1 < t.count, t[dot + 1].isSpace || t[dot + 1].isCJK {
            return true
        }
        // A preambular paragraph ends with a comma (or runs long): "欢迎来到联合国,您的世界!" is a page's greeting.
        guard let last = t.last, ",，;；".contains(last) || t.count > 60 else { return false }
        return openers.contains { opener in
            t.count > opener.count && t[0] == opener[0] && t[..<opener.count].elementsEqual(opener) && (t[opener.count] == " " || opener[0].isCJK)
        }
    }
}

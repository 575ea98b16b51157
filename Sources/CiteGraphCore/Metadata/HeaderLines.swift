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
        while line < index.count, lines.count < count {
            var range = Self.trimmed(index.range(ofLine: line, in: s), in: s)
            line += 1
            guard !range.isEmpty else {
                blank = true
                continue
            }
            var end = min(range.upperBound, range.lowerBound + reach)
            while end < range.upperBound, s[end] & 0xC0 == 0x80 { end += 1 }
            range = range.lowerBound..<end
            // "儿童权利 | Rights of the child |": a page's two columns, the first kept; a line of
            // three or more bars is navigation, kept whole (it is furniture).
            let bars = s[range].filter { $0 == 0x7C }.count
            if bars == 2 || bars == 1 && s[range.upperBound - 1] != 0x7C, s[range.lowerBound] != 0x7C, let bar = s[range].firstIndex(of: 0x7C) {
                range = Self.trimmed(range.lowerBound..<bar, in: s)
            }
            var header = HeaderLine(window: TextWindow(text: text, range: range), afterBlank: blank)
            blank = false
            if bodyLine == nil, let at = header.bodyStart {
                if at > 0 {
                    // "53/166. 《维也纳宣言…》的全面执行和后续行动 大会, 回顾…": the title, then the preamble.
                    let cut = header.window.normalized[..<at]
                    let bytes = String(cut).utf8.count
                    lines.append(HeaderLine(window: TextWindow(text: text, range: range.lowerBound..<(range.lowerBound + bytes)), afterBlank: header.afterBlank))
                    header = HeaderLine(window: TextWindow(text: text, range: (range.lowerBound + bytes)..<range.upperBound), afterBlank: false)
                }
                bodyLine = lines.count
            }
            if textStart == nil, header.opensText { textStart = lines.count }
            lines.append(header)
        }
    }

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
            if c.isWhitespace, previousSpace { spaces += 1 }
            previousSpace = c.isWhitespace
        }
        length = window.normalized.count - spaces
    }

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
    var bodyStart: Int? {
        let text = String(t.prefix(DocumentMetadataReader.maximumTitle + 60))
        var best: Int?
        for body in ParagraphWords.bodyLines {
            guard let found = text.range(of: body) else { continue }
            let at = text.distance(from: text.startIndex, to: found.lowerBound)
            guard at == 0 || t[at - 1] == " " else { continue }
            // A body's name may stand inside a title ("…the work of the General Assembly, …"):
            // run into a line, only the subject of the preamble ("大会," after a title).
            if at > 0, !body.first!.isCJK, !body.hasPrefix("The ") { continue }
            best = min(best ?? at, at)
        }
        return best
    }

    /// It opens the text proper: a preambular verb or an operative paragraph's number.
    var opensText: Bool {
        if let first = t.first, first.asciiDigit != nil, t.count > 3, let dot = t.firstIndex(of: "."), dot < 4, t[..<dot].allSatisfy({ $0.asciiDigit != nil }) {
            return true
        }
        // A preambular paragraph ends with a comma (or runs long): "欢迎来到联合国,您的世界!" is a page's greeting.
        guard let last = t.last, ",，;；".contains(last) || t.count > 60 else { return false }
        return ParagraphWords.preambleOpeners.contains { opener in
            String(t.prefix(opener.count + 1)).hasPrefix(opener) && (t.count > opener.count && (t[opener.count] == " " || opener.first!.isCJK))
        }
    }
}

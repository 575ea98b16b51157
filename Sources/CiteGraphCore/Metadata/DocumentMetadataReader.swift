/// Reads a corpus document's title and date from its own text (see `DocumentMetadata`).
///
/// Title: an adopted resolution's number line ("75/33. Establishment of …"); else a letter's
/// or note's title line ("Letter dated … addressed to …"); else the first line of the header
/// that is not masthead furniture (the organ, the symbol, "Distr.", the date, the session,
/// the agenda item), with its subtitle ("Report of the Secretary-General").
/// Date: the adoption date ("Resolution adopted by the General Assembly on 7 December 2020",
/// "2015年5月28日安全理事会第7451次会议通过"); else the meeting's ("54th plenary meeting 15
/// December 2022"); else a date standing alone after the preamble's opening line; else the
/// first date in the header (the masthead's date of issue).
enum DocumentMetadataReader {
    /// Non-empty lines read as the header, and how much of each.
    private static let headerLines = 40
    private static let lineReach = 1_500
    /// How far into the text the meeting's date is looked for.
    private static let meetingReach = 300_000
    /// The longest title kept.
    private static let maximumTitle = 400

    /// One non-empty header line.
    private struct Line {
        let window: TextWindow
        /// A blank line stands before it.
        let afterBlank: Bool
        var t: [Character] { window.normalized }
        var lower: String { String(window.normalized).lowercased() }
    }

    static func read(_ text: NormalizedText, lines: LineIndex, ownSymbols: [Symbol]) -> DocumentMetadata {
        let s = text.bytes
        var header: [Line] = []
        var blank = false
        var bodyLine: Int?       // index in `header` of "The General Assembly," and the like
        var line = 0
        while line < lines.count, header.count < headerLines {
            var range = lines.range(ofLine: line, in: s)
            line += 1
            while range.lowerBound < range.upperBound, Bytes.isSpace(s[range.lowerBound]) { range = range.lowerBound + 1..<range.upperBound }
            while range.lowerBound < range.upperBound, Bytes.isSpace(s[range.upperBound - 1]) { range = range.lowerBound..<range.upperBound - 1 }
            guard !range.isEmpty else {
                blank = true
                continue
            }
            var end = min(range.upperBound, range.lowerBound + lineReach)
            while end < range.upperBound, s[end] & 0xC0 == 0x80 { end += 1 }
            header.append(Line(window: TextWindow(text: text, range: range.lowerBound..<end), afterBlank: blank))
            blank = false
            if bodyLine == nil, startsWithBodyLine(header[header.count - 1].t) { bodyLine = header.count - 1 }
        }
        let top = Array(header[..<(bodyLine ?? header.count)])
        var metadata = DocumentMetadata()
        metadata.title = numberLineTitle(header, ownSymbols: ownSymbols) ?? letterTitle(top) ?? mastheadTitle(top)
        metadata.date = adoptionDate(top) ?? meetingDate(text) ?? closingDate(text, lines: lines, after: bodyLine != nil)
            ?? top.lazy.compactMap { DateText.first(in: $0.t)?.date }.first
        return metadata
    }

    // MARK: Title

    /// "75/33. Title", "3263 (XXIX). Title", "ES-10/19. Title", the title perhaps on the next line.
    private static func numberLineTitle(_ header: [Line], ownSymbols: [Symbol]) -> String? {
        for (index, line) in header.enumerated() {
            let t = line.t
            guard let (number, after) = resolutionNumber(t) else { continue }
            let compact = number.filter { $0 != " " }
            guard ownSymbols.isEmpty || ownSymbols.contains(where: { $0.rawValue.hasSuffix("/" + compact) }) else { continue }
            var title = cutAtBody(line.window, from: after)
            var next = index + 1
            if title.isEmpty, next < header.count, !startsWithBodyLine(header[next].t) {
                title = cutAtBody(header[next].window, from: 0)
                next += 1
            }
            // A title broken over lines runs on until a blank line or the preamble.
            var joined = 0
            while !title.isEmpty, joined < 2, next < header.count, !header[next].afterBlank, !startsWithBodyLine(header[next].t),
                  title.count + header[next].t.count < maximumTitle, resolutionNumber(header[next].t) == nil {
                title += " " + cutAtBody(header[next].window, from: 0)
                next += 1
                joined += 1
            }
            if let cleaned = clean(title) { return cleaned }
        }
        return nil
    }

    /// The resolution number opening a line and where its title starts.
    private static func resolutionNumber(_ t: [Character]) -> (String, Int)? {
        var i = 0
        if t.starts(with: "ES-".map { $0 }) || t.starts(with: "S-".map { $0 }) {
            i = t[0] == "E" ? 3 : 2
            guard i < t.count, t[i].asciiDigit != nil else { return nil }
        }
        let digitsStart = i
        while i < t.count, t[i].asciiDigit != nil, i - digitsStart < 4 { i += 1 }
        guard i > digitsStart, i < t.count else { return nil }
        if t[i] == "/" {
            i += 1
            let second = i
            while i < t.count, t[i].asciiDigit != nil, i - second < 3 { i += 1 }
            guard i > second else { return nil }
        } else {
            var j = i
            if j < t.count, t[j] == " " { j += 1 }
            guard j < t.count, t[j] == "(" else { return nil }
            j += 1
            let roman = j
            while j < t.count, "IVXLCS-".contains(t[j]) { j += 1 }
            guard j > roman, j < t.count, t[j] == ")" else { return nil }
            i = j + 1
        }
        let number = String(t[0..<i])
        while i < t.count, t[i] == " " { i += 1 }
        guard i < t.count, t[i] == "." else { return nil }
        i += 1
        guard i == t.count || t[i] == " " || t[i].isCJK else { return nil }
        return (number, i)
    }

    /// The original text of `window` from character `start`, up to the preamble's opening
    /// line ("The General Assembly,", "A 大会,") where the line runs on into it.
    private static func cutAtBody(_ window: TextWindow, from start: Int) -> String {
        let t = window.normalized
        var end = t.count
        let text = String(t[start...])
        for body in ParagraphWords.bodyLines {
            if let found = text.range(of: body) {
                end = min(end, start + text.distance(from: text.startIndex, to: found.lowerBound))
            }
        }
        // A resolution in parts: "革新联合国：改革方案 A 大会，" leaves " A" before the body.
        var stop = end
        while stop > start, t[stop - 1] == " " { stop -= 1 }
        if end < t.count, stop - start > 2, t[stop - 1].isUppercase, t[stop - 2] == " " { stop -= 2 }
        guard stop > start else { return "" }
        return window.originalText(start..<stop)
    }

    /// A letter's or note's own title line, run on over the lines under it.
    private static func letterTitle(_ top: [Line]) -> String? {
        for (index, line) in top.enumerated() {
            let lower = line.lower
            let isLetter = HeaderWords.letterLeads.contains { lower.hasPrefix($0) }
                || (DateText.date(at: 0, in: line.t) != nil && line.t.count < 200
                    && HeaderWords.chineseLetterEnds.contains { lower.hasSuffix($0) })
            guard isLetter else { continue }
            return clean(runOn(top, from: index, lines: 4))
        }
        return nil
    }

    /// The first header line that is not furniture, with the lines it runs on to and its subtitle.
    private static func mastheadTitle(_ top: [Line]) -> String? {
        var index = 0
        while index < top.count {
            let line = top[index]
            if line.t.count > maximumTitle { return nil }
            if isFurniture(line) {
                index += 1
                continue
            }
            // A resolution's heading "Resolution 2223 (2015)" names it by number: a subject line
            // right under it is its title.
            if isResolutionHeading(line), index + 1 < top.count, !isFurniture(top[index + 1]), top[index + 1].t.count <= 200,
               DateText.first(in: top[index + 1].t) == nil {
                index += 1
            }
            var title = runOn(top, from: index, lines: 3)
            var next = index + 1
            while next < top.count, !top[next].afterBlank { next += 1 }
            if next < top.count, HeaderWords.subtitleLeads.contains(where: { top[next].lower.hasPrefix($0) }), top[next].t.count < 200 {
                title += ": " + top[next].window.originalText(0..<top[next].t.count)
            }
            return clean(title)
        }
        return nil
    }

    /// Line `index` and those under it with no blank line between, at most `lines` in all.
    private static func runOn(_ top: [Line], from index: Int, lines: Int) -> String {
        var title = top[index].window.originalText(0..<top[index].t.count)
        var next = index + 1
        while next < top.count, next - index < lines, !top[next].afterBlank, !isFurniture(top[next]),
              !HeaderWords.subtitleLeads.contains(where: { top[next].lower.hasPrefix($0) }),
              title.count + top[next].t.count < maximumTitle {
            title += " " + top[next].window.originalText(0..<top[next].t.count)
            next += 1
        }
        return title
    }

    private static func isResolutionHeading(_ line: Line) -> Bool {
        let lower = line.lower
        return (lower.hasPrefix("resolution ") && line.t.count < 30) || (lower.hasPrefix("第") && lower.hasSuffix("号决议") && line.t.count < 20)
    }

    private static func isFurniture(_ line: Line) -> Bool {
        let t = line.t
        let lower = line.lower.trimming(" .,:;*")
        if lower.count < 3 && !lower.contains(where: \.isCJK) { return true }
        if HeaderWords.bodyNames.contains(lower) { return true }
        if HeaderWords.furniturePrefixes.contains(where: { lower.hasPrefix($0) }) { return true }
        if t.count < 60, HeaderWords.sessionWords.contains(where: { lower.contains($0) }) { return true }
        if t.count < 90, lower.contains("distr") { return true }
        // Only a date, or a date and a place ("Geneva, 3 May 2021").
        if let date = DateText.first(in: t), date.range.upperBound >= t.count - 1, t.count < 40 { return true }
        // Page furniture: "20-17150 (E)", "*2017150*", "2/5".
        if !t.contains(where: \.isLetter) || (t.count < 20 && t.filter(\.isLetter).count <= 1) { return true }
        // A symbol line: "S/RES/2223 (2015)", "A/75/395*".
        if t.count < 40, t.first?.isUppercase ?? false, t.contains("/"), !t.contains(" ") || t.count < 24 && t.filter({ $0 == " " }).count <= 2 {
            return true
        }
        return false
    }

    private static func startsWithBodyLine(_ t: [Character]) -> Bool {
        let text = String(t.prefix(40))
        return ParagraphWords.bodyLines.contains { text.hasPrefix($0) }
    }

    /// Spaces collapsed, trailing footnote marks and punctuation dropped.
    private static func clean(_ s: String) -> String? {
        var text = s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        while let last = text.last, "*,;:.".contains(last) || last == "/" || last.isNumber && text.hasSuffix(" \(last)") {
            text.removeLast()
            while text.last == " " { text.removeLast() }
        }
        if text.count > maximumTitle { text = String(text.prefix(maximumTitle)) }
        return text.count >= 2 ? text : nil
    }

    // MARK: Date

    /// A date after "adopted" or before 通过 in the header.
    private static func adoptionDate(_ top: [Line]) -> PartialDate? {
        for line in top {
            let lower = Array(line.lower)
            let t = line.t
            for word in HeaderWords.adoptionWords {
                var i = 0
                let w = Array(word)
                while i + w.count <= lower.count {
                    if Array(lower[i..<i + w.count]) == w {
                        let window = Array(t[i..<min(t.count, i + 200)])
                        if let date = DateText.first(in: window) { return date.date }
                    }
                    i += 1
                }
            }
            if let at = String(t).range(of: HeaderWords.chineseAdoption) {
                let end = String(t).distance(from: String(t).startIndex, to: at.lowerBound)
                let window = Array(t[max(0, end - 60)..<end])
                if let date = DateText.dates(in: window).last { return date.date }
            }
        }
        return nil
    }

    /// The date beside "plenary meeting" / 全体会议, the first time it is written.
    private static func meetingDate(_ text: NormalizedText) -> PartialDate? {
        let s = text.bytes
        let limit = min(s.count, meetingReach)
        for word in HeaderWords.meetingWords {
            let bytes = Array(word.utf8)
            var i = 0
            while i + bytes.count <= limit {
                if s[i] == bytes[0], s.has(bytes, at: i) {
                    var from = max(0, i - 120)
                    while from < i, s[from] & 0xC0 == 0x80 { from += 1 }
                    var to = min(s.count, i + bytes.count + 120)
                    while to < s.count, s[to] & 0xC0 == 0x80 { to += 1 }
                    let before = Array(String(decoding: s[from..<i], as: UTF8.self))
                    let after = Array(String(decoding: s[(i + bytes.count)..<to], as: UTF8.self))
                    // The date under the meeting's line, else the one before it on the same stretch.
                    if let date = DateText.first(in: after), !after[..<date.range.lowerBound].contains(where: { $0.isLetter && !$0.isCJK }) {
                        return date.date
                    }
                    if let date = DateText.dates(in: before).last { return date.date }
                }
                i += 1
            }
        }
        return nil
    }

    /// A line that is only a date, after the preamble's opening line: where a resolution in
    /// the older form closes.
    private static func closingDate(_ text: NormalizedText, lines: LineIndex, after body: Bool) -> PartialDate? {
        guard body else { return nil }
        let s = text.bytes
        for line in 0..<min(lines.count, 5_000) {
            let range = lines.range(ofLine: line, in: s)
            guard range.count >= 8, range.count < 40 else { continue }
            let t = Array(String(decoding: s[range], as: UTF8.self).trimming(" "))
            if let date = DateText.first(in: t), date.range.lowerBound == 0, date.range.upperBound == t.count, date.date.day != nil {
                return date.date
            }
        }
        return nil
    }
}

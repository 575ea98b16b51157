/// Reads a corpus document's title and date from its own text (see `DocumentMetadata`).
///
/// Title, the first of: an adopted resolution's number line ("75/33. Establishment of …");
/// a meeting record's agenda item (under "The agenda was adopted."); a letter's, note's or
/// statement's title line ("Letter dated … addressed to …"); the heading over an adoption
/// line ("Resolution 1718 (2006)" over "Adopted by the Security Council at its 5551st
/// meeting"); a draft's title under its sponsors ("…: draft resolution"); else the first line
/// of the header that is not masthead or web-page furniture (see `HeaderFurniture`), with the
/// lines it runs on to and its subtitle ("Report of the Secretary-General").
/// Date, the first of: the adoption date ("Resolution adopted by the General Assembly on 7
/// December 2020", "2015年5月28日安全理事会第7451次会议通过"); the meeting's ("54th
/// plenary meeting 15 December 2022", "At the 6123rd meeting …, held on 11 May 2009"); a date
/// standing alone after the preamble's opening line; the first date of the header (the
/// masthead's date of issue), not the end of a period ("15 September – 31 December 2020").
enum DocumentMetadataReader {
    /// Non-empty lines read as the header, and how much of each.
    private static let headerLines = 40
    private static let lineReach = 600
    /// How far into the text the meeting's date and a meeting record's agenda are looked for.
    private static let meetingReach = 300_000
    private static let agendaReach = 30_000
    /// The longest title kept, and the longest line taken for a title.
    static let maximumTitle = 400
    private static let titleLine = 300

    static func read(_ text: NormalizedText, lines: LineIndex, ownSymbols: [Symbol]) -> DocumentMetadata {
        let header = HeaderLines(text, lines: lines, count: headerLines, reach: lineReach)
        let top = header.top
        var metadata = DocumentMetadata()
        let ownType = ownSymbols.first?.documentType
        let numbered = ownSymbols.isEmpty || ownType == .resolution || ownType == .decision
        metadata.title = (numbered ? numberLineTitle(header.lines, ownSymbols: ownSymbols) : nil)
            ?? (ownSymbols.first?.rawValue.contains("/PV.") ?? false ? agendaTitle(text, lines: lines) : nil)
            ?? letterTitle(top) ?? headingTitle(top) ?? draftTitle(top) ?? mastheadTitle(top)
        metadata.date = adoptionDate(top) ?? meetingDate(text) ?? leadDate(top) ?? closingDate(text, lines: lines, after: header.bodyLine != nil)
            ?? recordDate(top, ownSymbols: ownSymbols) ?? issueDate(top)
        return metadata
    }

    // MARK: Title

    /// "75/33. Title", "3263 (XXIX). Title", "ES-10/19. Title", "44/11人权…", the title
    /// perhaps on the next line.
    private static func numberLineTitle(_ header: [HeaderLine], ownSymbols: [Symbol]) -> String? {
        for (index, line) in header.enumerated() {
            let t = line.t
            guard let (number, after, dotted) = resolutionNumber(t) else { continue }
            let compact = number.filter { $0 != " " }
            let own = ownSymbols.contains { $0.rawValue.hasSuffix("/" + compact) }
            guard own || (ownSymbols.isEmpty && dotted) else { continue }
            var title = cutAtBody(line.window, from: after)
            var next = index + 1
            if title.isEmpty, next < header.count, !header[next].startsWithBody {
                title = cutAtBody(header[next].window, from: 0)
                next += 1
            }
            // A title broken over lines runs on until a blank line or the preamble.
            var joined = 0
            while !title.isEmpty, joined < 2, next < header.count, !header[next].afterBlank, !header[next].startsWithBody,
                  title.count + header[next].t.count < maximumTitle, resolutionNumber(header[next].t) == nil,
                  !header[next].t.isEmpty, !(header[next].t.first?.isUppercase ?? false) || title.last?.isLetter ?? false {
                title += " " + cutAtBody(header[next].window, from: 0)
                next += 1
                joined += 1
            }
            if let cleaned = clean(title) { return cleaned }
        }
        return nil
    }

    /// The resolution number opening a line, where its title starts, and whether a full stop
    /// follows the number (the HRC and some copies leave it out: "44/11人权…", "18/18 Enhancement").
    private static func resolutionNumber(_ t: [Character]) -> (String, Int, Bool)? {
        // "决议 10/14. …", "Resolution 18/18. …": the noun may come first.
        for noun in ["决议 ", "决议", "决定 ", "Resolution ", "Decision ", "Résolution "] where t.starts(with: Array(noun)) {
            guard let (number, after, dotted) = resolutionNumber(Array(t.dropFirst(noun.count))), dotted else { return nil }
            return (number, after + noun.count, dotted)
        }
        var i = 0
        if t.starts(with: Array("ES-")) || t.starts(with: Array("S-")) {
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
        var j = i
        while j < t.count, t[j].isSpace { j += 1 }
        if j < t.count, t[j] == "." {
            j += 1
            guard j == t.count || t[j].isSpace || t[j].isCJK else { return nil }
            return (number, j, true)
        }
        // No full stop: the title must follow at once, a Chinese character or a capital.
        guard j < t.count, t[j].isCJK || (j > i && t[j].isUppercase) else { return nil }
        return (number, j, false)
    }

    /// The original text of `window` from character `start`, up to the preamble's opening
    /// line ("The General Assembly,", "A 大会,") where the line runs on into it.
    private static let bodyLineBytes = ParagraphWords.bodyLines.map { Array($0.utf8) }

    private static func cutAtBody(_ window: TextWindow, from start: Int) -> String {
        let t = window.normalized
        var end = min(t.count, start + titleLine)
        let bytes = Array(String(t[start...]).utf8)
        for body in bodyLineBytes {
            if let found = Bytes.find(body, in: bytes, from: 0, before: bytes.count) {
                end = min(end, start + String(decoding: bytes[..<found], as: UTF8.self).count)
            }
        }
        // A resolution in parts: "革新联合国：改革方案 A 大会，" leaves " A" before the body.
        var stop = end
        while stop > start, t[stop - 1] == " " { stop -= 1 }
        if end < t.count, stop - start > 2, t[stop - 1].isUppercase, t[stop - 2] == " " { stop -= 2 }
        guard stop > start else { return "" }
        return window.originalText(start..<stop)
    }

    /// A meeting record's title: its agenda item, on the line under "The agenda was adopted.".
    private static func agendaTitle(_ text: NormalizedText, lines: LineIndex) -> String? {
        let s = text.bytes
        var line = 0, previousWasAdoption = false
        while line < lines.count, lines.starts[line] < agendaReach {
            let range = HeaderLines.trimmed(lines.range(ofLine: line, in: s), in: s)
            line += 1
            guard !range.isEmpty else { continue }
            let t = String(decoding: s[range], as: UTF8.self)
            if previousWasAdoption { return t.count < 200 ? clean(TextWindow(text: text, range: range).originalText(0..<Array(t).count)) : nil }
            previousWasAdoption = HeaderWords.normalizedAgendaAdopted.contains(t.lowercased())
        }
        return nil
    }

    /// A letter's, note's or statement's own title line, run on over the lines under it.
    private static func letterTitle(_ top: [HeaderLine]) -> String? {
        for (index, line) in top.enumerated() {
            let lower = line.lower
            let isLetter = HeaderWords.normalizedLetterLeads.contains { lower.hasPrefix($0) }
                || (DateText.date(at: 0, in: line.t) != nil && line.t.count < 200
                    && HeaderWords.normalizedChineseLetterEnds.contains { lower.hasSuffix($0) })
            guard isLetter else { continue }
            return clean(runOn(top, from: index, lines: 5).title)
        }
        return nil
    }

    /// The line over an adoption line ("Adopted by the Security Council at its 5551st
    /// meeting, on 14 October 2006", "2006年10月14日安全理事会第5551次会议通过"): the
    /// document's heading ("Resolution 1718 (2006)", 第1718(2006)号决议), however much of a
    /// web page stands above it.
    private static func headingTitle(_ top: [HeaderLine]) -> String? {
        for (index, line) in top.enumerated() where index > 0 && line.t.count < 200 && isAdoptionLine(top, index) {
            var above = index - 1
            while above >= 0, top[above].furniture && !isResolutionHeading(top[above]) { above -= 1 }
            // A paragraph above (a page's account of the adoption) is no heading.
            guard above >= 0, top[above].t.count < 150, !endsSentence(top[above].text), top[above].t.last != "。" else { return nil }
            // A heading broken over lines ("DECLARATION ON THE GRANTING OF INDEPENDENCE TO" /
            // "COLONIAL COUNTRIES AND PEOPLES"): the lines above it with no blank between.
            var first = above
            while first > 0, above - first < 2, !top[first].afterBlank, !isResolutionHeading(top[above]),
                  !top[first - 1].furniture, top[first - 1].t.count < 120 {
                first -= 1
            }
            return clean(top[first...above].map(\.text).joined(separator: " "))
        }
        return nil
    }

    /// A draft's title: the line after its sponsors ("Austria, Chile …: draft resolution"), or
    /// after the paragraph that introduces it ("Draft decision submitted by the Vice-President …").
    private static func draftTitle(_ top: [HeaderLine]) -> String? {
        for (index, line) in top.enumerated() {
            let lower = line.lower.trimming(" .:*")
            let end = line.tail.trimming(" .:*")
            var next: Int
            if HeaderWords.draftEnds.contains(where: { end.hasSuffix($0) }) {
                next = index + 1
            } else if HeaderWords.draftStarts.contains(where: { lower.hasPrefix($0) }) {
                next = index + 1
                // The introducing paragraph's other lines start with "(" or a small letter.
                while next < top.count, let first = top[next].t.first, first == "(" || first.isLowercase { next += 1 }
            } else {
                continue
            }
            while next < top.count, top[next].furniture { next += 1 }
            guard next < top.count, top[next].t.count < titleLine, !top[next].startsWithBody else { return nil }
            return clean(runOn(top, from: next, lines: 3).title)
        }
        return nil
    }

    /// The first header line that is not furniture, with the lines it runs on to and its subtitle.
    private static func mastheadTitle(_ top: [HeaderLine]) -> String? {
        var index = 0
        while index < top.count {
            let line = top[index]
            if line.furniture {
                index += 1
                continue
            }
            if line.t.count > maximumTitle { return nil }
            // A heading "Resolution 2223 (2015)" that names the document by its number: a
            // subject line right under it (past a web page's navigation) is its title.
            if isResolutionHeading(line) {
                var next = index + 1
                while next < top.count, HeaderFurniture.isNavigation(top[next]) { next += 1 }
                if next < top.count, !top[next].furniture, (4...200).contains(top[next].t.count),
                   top[next].firstDate == nil, top[next].t.last != ",", !top[next].startsWithBody {
                    return clean(top[next].text)
                }
            }
            // "18/18 Enhancement of …": a resolution's number line that the number-line rule did not take.
            if let (_, after, _) = resolutionNumber(line.t), after < line.t.count {
                return clean(line.window.originalText(after..<line.t.count))
            }
            var (title, end) = runOn(top, from: index, lines: 6)
            if end < top.count, HeaderWords.normalizedSubtitleLeads.contains(where: { top[end].lower.hasPrefix($0) }), top[end].t.count < 200 {
                title += ": " + runOn(top, from: end, lines: 2).title
            }
            return clean(title)
        }
        return nil
    }

    /// Line `index` and those under it that continue it (no blank line between, no furniture,
    /// no date, no subtitle), at most `lines` in all; and the index after the last taken.
    private static func runOn(_ top: [HeaderLine], from index: Int, lines: Int) -> (title: String, end: Int) {
        var title = top[index].text
        var next = index + 1
        while next < top.count, next - index < lines, !top[next].afterBlank,
              !top[next].furniture || HeaderWords.unfinished.contains(title.split(separator: " ").last.map { $0.lowercased() } ?? ""),
              !HeaderWords.letterOpenings.contains(where: { top[next].lower.hasPrefix($0) }),
              !top[next].startsWithBody, !HeaderWords.normalizedSubtitleLeads.contains(where: { top[next].lower.hasPrefix($0) }),
              top[next].firstDate == nil || top[next].t.count > 60 && title.count < 30,
              title.count + top[next].t.count < maximumTitle, !endsSentence(title) {
            title += " " + top[next].text
            next += 1
        }
        return (title, next)
    }

    /// A title never ends a sentence; a line that does is the text's first paragraph.
    private static func endsSentence(_ s: String) -> Bool {
        guard let last = s.last else { return false }
        return last == "。" || (last == "." && s.count > 80)
    }

    private static func isResolutionHeading(_ line: HeaderLine) -> Bool {
        let lower = line.lower
        if lower.hasPrefix("resolution ") && line.t.count < 30 { return true }
        return line.t.count < 30 && (lower.hasSuffix("号决议") || lower.contains("决议案"))
    }

    /// An adoption line ("Adopted by …", "Resolution adopted by …", "…通过"), its date on it or
    /// on the line under it.
    private static func isAdoptionLine(_ top: [HeaderLine], _ index: Int) -> Bool {
        adoptionLineDate(top, index) != nil
    }

    /// "adopted …", "resolution adopted …", "décision adoptée …".
    private static let adoptionPrefixes = HeaderWords.adoptionWords.flatMap { [$0, "resolution " + $0, "décision " + $0, "résolution " + $0] }
        .map { Array($0.utf8) }
    private static let chineseAdoptionEnds = HeaderWords.chineseAdoption.map { Array($0.utf8) }

    private static func adoptionLineDate(_ top: [HeaderLine], _ index: Int) -> PartialDate? {
        let line = top[index]
        let lower = line.lower.trimming(" ()（）[]")
        // The line's words compared as UTF-8 bytes: this runs for every line of every header.
        let bytes = Array(lower.utf8)
        if chineseAdoptionEnds.contains(where: bytes.hasSuffix) {
            return DateText.dates(in: line.t).last?.date
        }
        // "2015年7月20日,安全理事会一致通过了…": a line that opens with the date of adoption.
        if let date = DateText.date(at: 0, in: line.t), date.date.day != nil,
           let adopted = lower.range(of: "通过"), lower.distance(from: lower.startIndex, to: adopted.lowerBound) - date.range.upperBound < 16 {
            return date.date
        }
        guard adoptionPrefixes.contains(where: { bytes.starts(with: $0) }) else { return nil }
        if let date = line.firstDate { return date.date }
        // "Adopted by the Security Council at its 9951st meeting, on" / "30 June 2025".
        if index + 1 < top.count, let date = top[index + 1].firstDate, date.range.lowerBound < 8 { return date.date }
        return nil
    }

    /// Spaces collapsed; a job number before the title, an enumerator ("四 ", "一."), trailing
    /// footnote marks and punctuation dropped.
    static func clean(_ s: String) -> String? {
        var text = s.split(whereSeparator: { $0.isSpace }).joined(separator: " ")
        // "17-03714 (C) 第二部分 …": the job number of a page.
        let jobNumber = text.prefix { $0.isNumber || $0 == "-" }
        if jobNumber.count >= 7, jobNumber.contains("-") {
            text = String(text.dropFirst(jobNumber.count)).trimming(" ")
            if text.hasPrefix("("), let close = text.firstIndex(of: ")"), text.distance(from: text.startIndex, to: close) < 5 {
                text = String(text[text.index(after: close)...]).trimming(" ")
            }
        }
        if let first = text.first, "一二三四五六七八九十".contains(first) {
            let rest = text.drop { "一二三四五六七八九十".contains($0) }
            if let mark = rest.first, ". ．、".contains(mark), rest.dropFirst().count >= 4 { text = String(rest.dropFirst()).trimming(" ") }
        }
        while let last = text.last, "*,;:.".contains(last) || last == "/" || last.isNumber && text.hasSuffix(" \(last)") {
            text.removeLast()
            while text.last == " " { text.removeLast() }
        }
        if text.count > maximumTitle { text = String(text.prefix(maximumTitle)) }
        return text.count >= 2 ? text : nil
    }

    // MARK: Date

    /// The date of an adoption line in the header.
    private static func adoptionDate(_ top: [HeaderLine]) -> PartialDate? {
        for index in top.indices {
            if let date = adoptionLineDate(top, index) { return date }
        }
        return nil
    }

    /// The date on a line that opens with a meeting ("At the 6123rd meeting of the Security
    /// Council, held on 11 May 2009, …", "After consultations, … on 19 March 1987:").
    private static func leadDate(_ top: [HeaderLine]) -> PartialDate? {
        for line in top where HeaderWords.meetingLeads.contains(where: { line.lower.hasPrefix($0) }) && line.lower.contains("council") || line.lower.hasPrefix("after consultations") {
            if let date = DateText.first(in: Array(line.t.prefix(300))) { return date.date }
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
            while let found = Bytes.find(bytes, in: s, from: i, before: limit) {
                i = found
                var from = max(0, i - 120)
                while from < i, s[from] & 0xC0 == 0x80 { from += 1 }
                var to = min(s.count, i + bytes.count + 120)
                while to < s.count, s[to] & 0xC0 == 0x80 { to += 1 }
                let before = Array(String(decoding: s[from..<i], as: UTF8.self))
                let after = Array(String(decoding: s[(i + bytes.count)..<to], as: UTF8.self))
                // The date under the meeting's line, else the one right before it.
                if let date = DateText.first(in: after), date.range.lowerBound < 16,
                   !after[..<date.range.lowerBound].contains(where: { $0.isLetter && !$0.isCJK }) {
                    return date.date
                }
                if let date = DateText.dates(in: before).last, before.count - date.range.upperBound < 16,
                   !before[date.range.upperBound...].contains(where: { $0.isLetter && !$0.isCJK || $0 == "。" }) {
                    return date.date
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

    /// The first date of the header's first lines (the masthead's), not a period's end.
    private static func issueDate(_ top: [HeaderLine]) -> PartialDate? {
        for line in top.prefix(20) where line.length < 60 {
            for date in DateText.dates(in: line.t) where !isPeriodEnd(line.t, date) {
                return date.date
            }
            // "Date: 2011 Oct": a web page's record of the document.
            if line.lower.hasPrefix("date:"), let date = yearAndMonth(Array(line.lower.dropFirst(5))) { return date }
        }
        return nil
    }

    /// A web page's record of the document: its symbol, then a date ("A/RES/ES-10/20 联合国大会
    /// 2018年6月13日", "A/RES/9(I) 又名:非自治民族 制定机关:联合国大会 1946年2月9日").
    private static func recordDate(_ top: [HeaderLine], ownSymbols: [Symbol]) -> PartialDate? {
        for line in top.prefix(20) where HeaderFurniture.isNavigation(line) {
            let text = String(line.t)
            for symbol in ownSymbols {
                guard let found = text.range(of: symbol.rawValue) else { continue }
                let after = Array(text[found.upperBound...].prefix(48))
                if let date = DateText.first(in: after) { return date.date }
            }
        }
        return nil
    }

    /// "2011 oct": a year and a month's first three letters.
    private static func yearAndMonth(_ t: [Character]) -> PartialDate? {
        let words = String(t).split(separator: " ").map(String.init)
        guard let year = words.first(where: { $0.count == 4 }).flatMap(Int.init),
              let month = words.lazy.compactMap({ word in MonthNames.table.first { $0.name.hasPrefix(word) && word.count >= 3 }?.month }).first
        else { return nil }
        return PartialDate(year: year, month: month)
    }

    /// "15 September – 31 December 2020", "2010年1月11日至29日": a date in a period.
    private static func isPeriodEnd(_ t: [Character], _ date: DateText.Match) -> Bool {
        var i = date.range.lowerBound - 1
        while i >= 0, t[i] == " " { i -= 1 }
        if i >= 0, "–-—至".contains(t[i]) { return true }
        var j = date.range.upperBound
        while j < t.count, t[j] == " " { j += 1 }
        return j < t.count && "–-—至".contains(t[j])
    }
}

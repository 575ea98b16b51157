/// What a citing phrase says of the cited document: its date ("of 10 December 1996", "du 10
/// décembre 1996", 1996年12月10日第51/45号决议) and title (', entitled “…”', 题为“……”的第70/1号决议).
enum StatedTitles {
    /// Words that lead a date after the mention.
    static let dateLeads = ["of", "du", "de", "del", "от", "dated"]
    /// Words that lead a title after the mention.
    static let titleLeads = ["entitled", "titled", "intitulée", "intitulé", "intitulées", "intitulés", "titulada", "titulado",
                             "tituladas", "titulados", "под названием", "озаглавленная", "озаглавленный", "озаглавленной"]
    /// Words that lead a title before the mention, in Chinese.
    static let chineseTitleLeads = ["题为", "标题为", "名为"]
    static let openingQuotes: Set<Character> = ["“", "\"", "«", "„", "‘", "《"]
    static let closingQuotes: Set<Character> = ["”", "\"", "»", "“", "’", "》"]
    /// The longest title read.
    static let maximumTitle = 400

    /// A date and title after the mention: ' of 25 September 2015, entitled “…”'.
    static func after(_ window: TextWindow) -> StatedMetadata {
        let t = window.normalized
        var stated = StatedMetadata()
        var i = skip(t, 0)
        if i < t.count, t[i] == "," { i = skip(t, i + 1) }
        for lead in dateLeads where t.hasWordIgnoringCase(lead, at: i) {
            let at = skip(t, i + lead.count)
            if let match = DateText.date(at: at, in: t) {
                stated.date = match.date
                i = skip(t, match.range.upperBound)
                if i < t.count, t[i] == "," { i = skip(t, i + 1) }
            }
            break
        }
        for lead in titleLeads where t.hasWordIgnoringCase(lead, at: i) {
            let at = skip(t, i + lead.count)
            if at < t.count, openingQuotes.contains(t[at]), let close = closing(t, from: at + 1) {
                stated.title = clean(window.originalText(at + 1..<close))
            }
            break
        }
        return stated
    }

    /// A date and title before a Chinese mention: 2015年9月25日题为“……”的(第).
    static func before(_ window: TextWindow) -> StatedMetadata {
        let t = window.normalized
        var stated = StatedMetadata()
        var end = t.count
        func trim() { while end > 0, t[end - 1] == " " || t[end - 1] == "第" { end -= 1 } }
        trim()
        if end > 0, t[end - 1] == "的" {
            end -= 1
            if end > 0, closingQuotes.contains(t[end - 1]) {
                let close = end - 1
                var open = close - 1
                while open >= 0, close - open < maximumTitle, !openingQuotes.contains(t[open]) { open -= 1 }
                guard open >= 0, openingQuotes.contains(t[open]) else { return stated }
                var lead = open
                while lead > 0, t[lead - 1] == " " { lead -= 1 }
                guard let word = chineseTitleLeads.first(where: { lead >= $0.count && String(t[(lead - $0.count)..<lead]) == $0 }) else { return stated }
                stated.title = clean(window.originalText(open + 1..<close))
                end = lead - word.count
            }
        }
        trim()
        if end > 0, t[end - 1] == "日" || t[end - 1] == "月" {
            let from = max(0, end - 16)
            for match in DateText.dates(in: Array(t[from..<end])).reversed() where match.range.upperBound == end - from {
                stated.date = match.date
                break
            }
        }
        return stated
    }

    private static func skip(_ t: [Character], _ i: Int) -> Int {
        var j = i
        while j < t.count, t[j] == " " || t[j] == "\n" { j += 1 }
        return j
    }

    private static func closing(_ t: [Character], from i: Int) -> Int? {
        var j = i
        while j < t.count, j - i < maximumTitle {
            if closingQuotes.contains(t[j]) { return j }
            j += 1
        }
        return nil
    }

    /// Spaces collapsed; a trailing comma inside the quotes ("…2030 Agenda,”) dropped.
    static func clean(_ s: String) -> String? {
        let words = s.split(whereSeparator: { $0.isSpace })
        var text = words.joined(separator: " ")
        while let last = text.last, ",;".contains(last) { text.removeLast() }
        return text.isEmpty ? nil : text
    }
}

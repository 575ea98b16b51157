/// Which header lines are not a title: the masthead's organ, symbol, "Distr.", dates, session,
/// agenda item, languages and job numbers, and the navigation and notices of web pages.
enum HeaderFurniture {
    static func isFurniture(_ line: HeaderLine) -> Bool {
        let t = line.t
        let lower = line.lower.trimming(" .,:;*")
        if isNavigation(line) { return true }
        if lower.count < 3 && !lower.contains(where: \.isCJK) { return true }
        if HeaderWords.normalizedBodyNames.contains(lower) || HeaderWords.normalizedFurnitureWords.contains(lower) { return true }
        // Prefixes and endings compared as UTF-8 bytes: the tables are long, the lines many.
        let bytes = Array(lower.utf8)
        func starts(_ table: [[UInt8]]) -> Bool { table.contains { bytes.starts(with: $0) } }
        func ends(_ table: [[UInt8]]) -> Bool { table.contains { bytes.hasSuffix($0) } }
        if starts(Self.furniturePrefixes) || starts(Self.webFurniture) || ends(Self.webFurnitureEnds) { return true }
        if t.count < 60, ends(Self.sessionWords) { return true }
        if t.count < 90, Bytes.find(distr, in: bytes, from: 0, before: bytes.count) != nil { return true }
        if t.count <= 12 && ends(Self.committeeEnds) || t.count <= 30 && ends(Self.treatyEnds) || starts(Self.treatyStarts) {
            return true
        }
        // A date, a date and a place ("Geneva, 3 May 2021"), a period ("2010年1月11日至29日").
        if t.count < 40, let date = line.firstDate, date.range.upperBound >= t.count - 1 || date.range.lowerBound == 0 { return true }
        // Page furniture: "20-17150 (E)", "*2017150*", "2/5", "4.19k".
        if !t.contains(where: \.isLetter) || (t.count < 20 && t.filter(\.isLetter).count <= 1) { return true }
        // A symbol line: "S/RES/2223 (2015)", "A/75/395*", "S/PV.3288 5 October 1993".
        if let first = t.first, first.isUppercase, t.count < 60 {
            let token = t.prefix { !$0.isSpace }
            if token.contains("/"), Symbol(String(token).trimming("*")) != nil || token.count < 24 {
                let rest = Array(t.dropFirst(token.count)).filter { !$0.isSpace }
                if rest.count < 12 || DateText.first(in: Array(t.dropFirst(token.count))) != nil { return true }
            }
        }
        // "主题:儿童": a page's record of the document, in Chinese.
        if t.count < 20, let colon = t.firstIndex(where: { $0 == ":" || $0 == "：" }), (1...3).contains(colon), t[..<colon].allSatisfy(\.isCJK) {
            return true
        }
        // A web page's record of the document: "Document Type: Final Resolution", "Topic: …".
        if t.count < 80, let colon = t.firstIndex(of: ":"), colon > 1, colon < 22, t[..<colon].allSatisfy({ $0.isASCII && ($0.isLetter || $0 == " ") }),
           t[0].isUppercase, t[..<colon].filter({ $0 == " " }).count <= 2, colon + 1 < t.count, t[colon + 1] == " " {
            return true
        }
        // Words of the masthead and scraps of OCR only: "UNITED A", "NATIONS oo ee", "Security Council PROVISIONAL".
        guard t.count < 80 else { return false }
        let words = lower.split(whereSeparator: { $0.isSpace }).map { String($0).trimming(".,:;*()") }
        if !words.isEmpty, words.count <= 6, words.allSatisfy({
            $0.count <= 3 && !$0.contains(where: \.isCJK) || HeaderWords.normalizedFurnitureWords.contains($0)
                || $0.contains("/") && ($0.first?.isLetter ?? false) && !$0.contains(where: \.isCJK)
        }) {
            return true
        }
        return false
    }

    /// A web page's navigation: "← | previous | next |", "•", "<", "×".
    static func isNavigation(_ line: HeaderLine) -> Bool {
        guard let first = line.t.first else { return true }
        return HeaderWords.navigationStarts.contains(first) || line.t.last == "|" || line.lower.utf8.lazy.filter { $0 == 0x7C }.count >= 3
    }
}

extension HeaderFurniture {
    static let distr = Array("distr".utf8)
    static let furniturePrefixes = HeaderWords.normalizedFurniturePrefixes.map { Array($0.utf8) }
    static let webFurniture = HeaderWords.normalizedWebFurniture.map { Array($0.utf8) }
    static let webFurnitureEnds = HeaderWords.normalizedWebFurnitureEnds.map { Array($0.utf8) }
    static let sessionWords = HeaderWords.sessionWords.map { Array($0.utf8) }
    static let committeeEnds = HeaderWords.normalizedCommitteeEnds.map { Array($0.utf8) }
    static let treatyEnds = HeaderWords.normalizedTreatyEnds.map { Array($0.utf8) }
    static let treatyStarts = HeaderWords.treatyStarts.map { Array($0.utf8) }
}

extension HeaderWords {
    static let normalizedBodyNames = Set(normalized(Array(bodyNames)))
    static let normalizedFurnitureWords = Set(normalized(Array(furnitureWords)))
    static let normalizedFurniturePrefixes = normalized(furniturePrefixes)
    static let normalizedWebFurniture = normalized(webFurniture)
    static let normalizedWebFurnitureEnds = normalized(webFurnitureEnds)
    static let normalizedTreatyEnds = normalized(treatyEnds)
    static let normalizedCommitteeEnds = normalized(committeeEnds)
    static let normalizedLetterLeads = normalized(letterLeads)
    static let normalizedChineseLetterEnds = normalized(chineseLetterEnds)
    static let normalizedSubtitleLeads = normalized(subtitleLeads)
    static let normalizedAgendaAdopted = Set(normalized(agendaAdopted))
}

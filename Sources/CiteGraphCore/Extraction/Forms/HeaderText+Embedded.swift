/// Header patterns run into the text of a web page, where a page's conversion put the masthead,
/// the heading and the first paragraph on one line. They are looked for in one pass over the
/// first bytes of the text, only when the lines gave no symbol of the document's own.
extension HeaderText {
    /// What a marker in the text announces.
    private enum Marker: Sendable {
        /// "United Nations S/PV.5947 Security Council …": the masthead's symbol follows.
        case organisation
        /// "Resolution 2722 (2024) Adopted by the Security Council at its 9527th meeting": the
        /// Council's heading stands before.
        case adoptedInEnglish
        /// "第1683(2006)号决议 2006年6月13日安全理事会第5454次会议通过": the heading stands before
        /// the meeting's date and number.
        case adoptedInChinese
        /// "大会决议 [根据第一委员会的报告(A/50/592)通过] 50/72. 审查…": the number line follows.
        case adoptionWords(IssuingBody)
        /// "命令公布……第1874(2009)号决议的中文正式文本": a gazette's notice names the resolution
        /// it reproduces just before.
        case officialText
        /// "外交部关于执行联合国安理会第1373号决议的通知": a government's notice implementing the
        /// resolution it annexes.
        case implementingNotice
    }

    private static let markers = PatternSet<Marker>([
        ("United Nations", .organisation), ("联合国", .organisation), ("Nations Unies", .organisation),
        ("Naciones Unidas", .organisation),
        ("Adopted by the Security Council at its", .adoptedInEnglish), ("次会议通过", .adoptedInChinese),
        ("大会决议", .adoptionWords(.generalAssembly)), ("大会通过的决议", .adoptionWords(.generalAssembly)),
        ("人权理事会决议", .adoptionWords(.humanRightsCouncil)), ("人权理事会通过的决议", .adoptionWords(.humanRightsCouncil)),
        ("经济及社会理事会决议", .adoptionWords(.economicAndSocialCouncil)),
        ("中文正式文本", .officialText), ("正式中文文本", .officialText), ("英文正式文本", .officialText),
        ("关于执行", .implementingNotice),
    ])

    /// The document's own symbol announced within the first `prefix` bytes, the first found.
    static func embeddedSymbol(_ s: [UInt8], prefix: Int) -> SymbolScanner.Match? {
        let limit = min(s.count, prefix)
        var i = 0
        while i < limit {
            guard let (length, marker) = markers.match(in: s, at: i) else {
                i += 1
                continue
            }
            let found: SymbolScanner.Match?
            switch marker {
            case .organisation: found = mastheadAfter(s, at: i + length)
            case .adoptedInEnglish: found = headingEnding(s, at: i).map(single)
            case .adoptedInChinese: found = headingEnding(s, at: meetingLineStart(s, before: i)).map(single)
            case let .adoptionWords(body): found = numberLineAfter(s, at: i + length, body: body).map(single)
            case .officialText: found = (resolutionBefore(s, at: i) ?? statementBefore(s, at: i)).map(single)
            case .implementingNotice: found = implementedResolution(s, after: i + length).map(single)
            }
            if let found { return found }
            i += length
        }
        return nil
    }

    private static func single(_ symbol: Symbol) -> SymbolScanner.Match {
        SymbolScanner.Match(symbol: symbol, alias: nil, end: 0)
    }

    /// A symbol after the organisation's name, followed by masthead matter.
    private static func mastheadAfter(_ s: [UInt8], at index: Int) -> SymbolScanner.Match? {
        let k = s.skippingSpaces(from: index)
        guard k < s.count, Bytes.isUpper(s[k]), let match = SymbolScanner.scan(s, at: k) else { return nil }
        let next = s.skippingSpaces(from: match.end)
        let endsMasthead = next >= s.count || mastheadNames.match(in: s, at: next) != nil || mastheadWords.match(in: s, at: next) != nil
        return endsMasthead ? match : nil
    }

    /// Back from "次会议通过" past "2006年6月13日安全理事会第5454", to where that phrase starts.
    private static func meetingLineStart(_ s: [UInt8], before index: Int) -> Int {
        let limit = max(0, index - 80)
        var i = index
        while i > limit, s[i - 1] != 0x0A, !s.has(ChineseWords.resolution, at: i - ChineseWords.resolution.count) { i -= 1 }
        return i
    }

    /// The Council heading ending right before `index` (spaces between): "Resolution 2722 (2024)",
    /// "第1683(2006)号决议".
    private static func headingEnding(_ s: [UInt8], at index: Int) -> Symbol? {
        var end = index
        while end > 0, Bytes.isSpace(s[end - 1]) { end -= 1 }
        let from = max(0, end - 40)
        var k = end - 1
        while k >= from {
            if Bytes.isDigit(s[k]), k == 0 || !Bytes.isDigit(s[k - 1]), let number = ResolutionNumber.scan(s, at: k) {
                let after = s.skippingSpaces(from: number.range.upperBound)
                let chinese = s.has(ChineseWords.numberMarker, at: after) && s.has(ChineseWords.resolution, at: s.skippingSpaces(from: after + 3))
                if chinese || after >= end, case .withYear = number.form {
                    return symbol(number, noun: .resolution, body: .securityCouncil)
                }
            }
            k -= 1
        }
        return nil
    }

    /// The number line after adoption words, past the note in brackets and the quotes and
    /// commas of a list the page came from.
    private static func numberLineAfter(_ s: [UInt8], at index: Int, body: IssuingBody) -> Symbol? {
        var k = s.skippingSpaces(from: index)
        while k < s.count, listPunctuation.contains(s[k]) || Bytes.isSpace(s[k]) { k += 1 }
        if k < s.count, s[k] == 0x5B, let close = s[k..<min(s.count, k + 240)].firstIndex(of: 0x5D) { k = close + 1 }
        while k < s.count, listPunctuation.contains(s[k]) || Bytes.isSpace(s[k]) { k += 1 }
        return numberLine(s, at: k, end: min(s.count, k + 40), adoptedBy: (body, .resolution), defaultBody: nil)
    }

    private static let about = Bytes.of("关于")
    private static let listPunctuation: Set<UInt8> = Set("\",".utf8)

    /// "…的声明(S/PRST/2001/14)。该声明的正式中文文本": the statement a gazette's notice reproduces.
    private static func statementBefore(_ s: [UInt8], at index: Int) -> Symbol? {
        let from = max(0, index - 80)
        var k = index - 1
        while k >= from {
            if s.has(prst, at: k), let match = SymbolScanner.scan(s, at: k), match.end <= index { return match.symbol }
            k -= 1
        }
        return nil
    }

    private static let prst = Bytes.of("S/PRST/")

    /// After "关于执行": the organ's name, then "第1373号决议的通知".
    private static func implementedResolution(_ s: [UInt8], after index: Int) -> Symbol? {
        var i = index
        while let name = implementingBodies.match(in: s, at: i) { i += name.length }
        if s.has(ChineseWords.ordinal, at: i) { i += ChineseWords.ordinal.count }
        guard i < s.count, Bytes.isDigit(s[i]), let phrase = ChinesePhraseScanner.scan(s, at: i), phrase.numbers.count == 1,
              s.has(noticeEnding, at: phrase.end),
              case let .symbol(symbol) = NumberResolution.outcome(for: phrase.numbers[0], noun: phrase.noun,
                                                                 namedBody: .organ(.securityCouncil), documentBody: .securityCouncil)
        else { return nil }
        return symbol
    }

    private static let implementingBodies = PatternSet<Void>([("联合国", ()), ("安理会", ()), ("安全理事会", ())])
    private static let noticeEnding = Bytes.of("的通知")

    /// The Council resolution named just before `index`: "第1874(2009)号决议的", "决议】,该决议的".
    private static func resolutionBefore(_ s: [UInt8], at index: Int) -> Symbol? {
        var k = index - 1
        let from = max(0, index - 160)
        while k >= from {
            if Bytes.isDigit(s[k]), k == 0 || !Bytes.isDigit(s[k - 1]), let phrase = ChinesePhraseScanner.scan(s, at: k),
               phrase.numbers.count == 1, phrase.end <= index,
               case let .symbol(symbol) = NumberResolution.outcome(for: phrase.numbers[0], noun: phrase.noun,
                                                                 namedBody: .organ(.securityCouncil), documentBody: .securityCouncil) {
                return symbol
            }
            // "通过的第1173(1998)号关于安哥拉的情况的决议": the title between the number and the noun.
            if Bytes.isDigit(s[k]), k > 0, !Bytes.isDigit(s[k - 1]), s.has(ChineseWords.ordinal, at: k - ChineseWords.ordinal.count),
               let number = ResolutionNumber.scan(s, at: k), case .withYear = number.form,
               s.has(ChineseWords.numberMarker, at: number.range.upperBound), s.has(about, at: number.range.upperBound + ChineseWords.numberMarker.count),
               let symbol = symbol(number, noun: .resolution, body: .securityCouncil) {
                return symbol
            }
            k -= 1
        }
        return nil
    }
}

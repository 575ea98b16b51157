/// An adopted resolution's own number: its adoption line, its number line, the Council's headings.
extension HeaderText {

    /// "Resolution adopted by the General Assembly on 29 October 2025", "大会2025年10月29日
    /// 通过的决议": the body and the noun of the number line below it.
    static func adoptedBy(_ s: [UInt8], in range: Range<Int>) -> (body: IssuingBody, noun: CitedNoun)? {
        if let match = adoptedPhrases.match(in: s, at: range.lowerBound) { return match.value }
        // Chinese names the body first and the noun last.
        for (ending, noun) in chineseAdoptions where s.has(ending, at: range.upperBound - ending.count) {
            let line = s[range]
            for (name, body) in chineseBodies where line.firstRange(of: name) != nil { return (body, noun) }
        }
        return nil
    }

    private static let chineseAdoptions: [([UInt8], CitedNoun)] = [(Bytes.of("通过的决议"), .resolution), (Bytes.of("通过的决定"), .decision)]

    private static let adoptedPhrases = PatternSet<(body: IssuingBody, noun: CitedNoun)>([
        ("Resolution adopted by the General Assembly", (.generalAssembly, .resolution)),
        ("Decision adopted by the General Assembly", (.generalAssembly, .decision)),
        ("Resolution adopted by the Human Rights Council", (.humanRightsCouncil, .resolution)),
        ("Decision adopted by the Human Rights Council", (.humanRightsCouncil, .decision)),
        ("Resolution adopted by the Economic and Social Council", (.economicAndSocialCouncil, .resolution)),
        ("Decision adopted by the Economic and Social Council", (.economicAndSocialCouncil, .decision)),
        ("Résolution adoptée par l’Assemblée générale", (.generalAssembly, .resolution)),
        ("Résolution adoptée par l'Assemblée générale", (.generalAssembly, .resolution)),
        ("Résolution adoptée par le Conseil des droits de l’homme", (.humanRightsCouncil, .resolution)),
        ("Résolution adoptée par le Conseil des droits de l'homme", (.humanRightsCouncil, .resolution)),
        ("Resolución aprobada por la Asamblea General", (.generalAssembly, .resolution)),
        ("Resolución aprobada por el Consejo de Derechos Humanos", (.humanRightsCouncil, .resolution)),
        ("Резолюция, принятая Генеральной Ассамблеей", (.generalAssembly, .resolution)),
        ("Резолюция, принятая Советом по правам человека", (.humanRightsCouncil, .resolution)),
    ])

    private static let chineseBodies: [([UInt8], IssuingBody)] = [
        (Bytes.of("人权理事会"), .humanRightsCouncil), (Bytes.of("经济及社会理事会"), .economicAndSocialCouncil),
        (Bytes.of("经社理事会"), .economicAndSocialCouncil), (Bytes.of("大会"), .generalAssembly),
    ]

    /// The resolution's own number heading it:
    ///   "80/6. Report of the International Criminal Court" (below "Resolution adopted by …"),
    ///   "1514 (XV). Declaration on the granting …", "70/1. Transforming our world …",
    ///   "Resolution 338 (1973)", "RESOLUTION 794 (1992) of 3 December 1992", "第2446(2018)号决议".
    static func resolutionTitle(_ s: [UInt8], in range: Range<Int>, adoptedBy: (IssuingBody, CitedNoun)?,
                                defaultBody: IssuingBody?) -> Symbol? {
        if let heading = securityCouncilHeading(s, in: range) { return heading }
        var i = range.lowerBound
        var named: IssuingBody?
        if let prefix = chineseHeadingBodies.match(in: s, at: i) {
            named = prefix.value
            i = s.skippingSpaces(from: i + prefix.length)
        }
        if s.has(ChineseWords.ordinal, at: i) { i = s.skippingSpaces(from: i + ChineseWords.ordinal.count) }
        // "决议案2357(XXII)", "决议 10/14. 《儿童权利公约》…".
        if let noun = [resolutionCase, ChineseWords.resolution].first(where: { s.has($0, at: i) }) { i = s.skippingSpaces(from: i + noun.count) }
        // "Decision 5/102. Postponement of …": the noun, then the number line.
        if i == range.lowerBound, let noun = headingNouns.match(in: s, at: i) {
            let k = s.skippingSpaces(from: i + noun.length)
            guard k < range.upperBound, Bytes.isDigit(s[k]),
                  let number = ResolutionNumber.scan(s, at: k), case .sessional = number.form,
                  number.range.upperBound < range.upperBound, s[number.range.upperBound] == 0x2E
            else { return nil }
            return numberLine(s, at: k, end: range.upperBound, adoptedBy: (adoptedBy?.0 ?? defaultBody ?? .generalAssembly, noun.value), defaultBody: nil)
        }
        guard i < range.upperBound, ChinesePhraseScanner.mayStart(s[i]) else { return nil }
        if let phrase = ChinesePhraseScanner.scan(s, at: i), phrase.numbers.count == 1 {
            // Nothing after it but "全文" (the full text of …).
            let rest = s.skippingSpaces(from: phrase.end)
            if rest >= range.upperBound || s.has(fullText, at: rest) {
                return symbol(phrase.numbers[0], noun: phrase.noun, body: named ?? adoptedBy?.0 ?? defaultBody ?? .generalAssembly)
            }
        }
        guard let number = ResolutionNumber.scan(s, at: i) else { return nil }
        if number.range.upperBound >= range.upperBound, range.lowerBound < i {
            // "联合国大会决议案2357(XXII)": the number ends the title.
            if case .withSession = number.form { return symbol(number, noun: .resolution, body: .generalAssembly) }
            return nil
        }
        return numberLine(s, at: i, end: range.upperBound, adoptedBy: adoptedBy, defaultBody: defaultBody)
    }

    /// "80/6. Title" at `i`: the number, a full stop, and the title — an adopted resolution's own
    /// number line (of the body `adoptedBy` names, else `defaultBody`).
    static func numberLine(_ s: [UInt8], at i: Int, end: Int, adoptedBy: (IssuingBody, CitedNoun)?,
                           defaultBody: IssuingBody?) -> Symbol? {
        guard i < end, ChinesePhraseScanner.mayStart(s[i]), let number = ResolutionNumber.scan(s, at: i) else { return nil }
        var k = number.range.upperBound
        if adoptedBy != nil, case .sessional = number.form {
            // Under its adoption line the number may stand alone ("22/6." with the title on the
            // next line) or go without its full stop ("18/18 Enhancement of …").
            let rest = s.skippingSpaces(from: k < end && s[k] == 0x2E ? k + 1 : k)
            if rest >= end || (k < end && s[k] == 0x20 && Bytes.isUpper(s[rest])) {
                return symbol(number, noun: adoptedBy?.1 ?? .resolution, body: adoptedBy?.0 ?? .generalAssembly)
            }
        }
        guard k < end, s[k] == 0x2E /* . */ || s.has(ChineseWords.enumerationComma, at: k) else { return nil }
        k = s.skippingSpaces(from: k + (s[k] == 0x2E ? 1 : 3))
        guard k < end, Bytes.isUpper(s[k]) || s[k] >= 0xC0 else { return nil }
        switch number.form {
        case .sessional, .withSession, .emergency, .special:
            let (body, noun) = adoptedBy ?? (defaultBody ?? .generalAssembly, .resolution)
            return symbol(number, noun: noun, body: body)
        case .withYear:
            // The Council's yearly volumes: "84 (1950). Resolution of 7 July 1950", "4(1946). 一九四六年…".
            return symbol(number, noun: .resolution, body: .securityCouncil)
        case .bare:
            return nil
        }
    }

    private static let fullText = Bytes.of("全文")
    private static let headingNouns = PatternSet<CitedNoun>([
        ("Decision ", .decision), ("Resolution ", .resolution), ("Décision ", .decision), ("Decisión ", .decision),
    ])

    /// The Security Council's heading: "Resolution 338 (1973)", "RESOLUTION 794 (1992) of 3
    /// December 1992", "United Nations Security Council Resolution 470" — the number (a year
    /// following from it if not written), then at most a date.
    static func securityCouncilHeading(_ s: [UInt8], in range: Range<Int>) -> Symbol? {
        guard range.count <= maximumSecurityCouncilHeading else { return nil }
        var i = range.lowerBound
        while i < range.upperBound, let name = mastheadNames.match(in: s, at: i) { i = s.skippingSpaces(from: i + name.length) }
        guard let word = resolutionWords.match(in: s, at: i) else { return nil }
        i = s.skippingSpaces(from: i + word.length)
        guard i < range.upperBound, let number = ResolutionNumber.scan(s, at: i),
              titleEnds(s, from: number.range.upperBound, to: range.upperBound, allowing: headingTails)
        else { return nil }
        switch number.form {
        case .withYear, .bare: return symbol(number, noun: .resolution, body: .securityCouncil)
        default: return nil
        }
    }

    /// How many resolution titles a line holds when it holds nothing else: "联合国大会第ES-10/22号决议
    /// 联合国大会第ES-10/23号决议", "← | 决议案8(I) | 决议案9(I) |" (a web page's links to the
    /// resolutions before and after it). 0 for any other line.
    static func titlesOnly(_ s: [UInt8], in range: Range<Int>) -> Int {
        var titles = 0
        var i = range.lowerBound
        while true {
            while i < range.upperBound, Bytes.isSpace(s[i]) || s[i] == 0x7C || navigationMarks.match(in: s, at: i) != nil {
                i += navigationMarks.match(in: s, at: i)?.length ?? 1
            }
            guard i < range.upperBound else { return titles }
            if let prefix = chineseHeadingBodies.match(in: s, at: i) { i = s.skippingSpaces(from: i + prefix.length) }
            if s.has(ChineseWords.ordinal, at: i) { i = s.skippingSpaces(from: i + ChineseWords.ordinal.count) }
            let nounFirst = s.has(resolutionCase, at: i)
            if nounFirst { i = s.skippingSpaces(from: i + resolutionCase.count) }
            guard i < range.upperBound, ChinesePhraseScanner.mayStart(s[i]),
                  let phrase = ChinesePhraseScanner.scan(s, at: i), phrase.numbers.count == 1, phrase.end <= range.upperBound
            else { return 0 }
            titles += 1
            i = phrase.end
        }
    }

    private static let navigationMarks = PatternSet<Void>([("←", ()), ("→", ()), ("<", ()), (">", ())])

    /// Whether the line starts with a link to the previous page ("← | 决议案八(一) | …").
    static func startsNavigation(_ s: [UInt8], in range: Range<Int>) -> Bool {
        s.has(previousPage, at: range.lowerBound) && range.count > previousPage.count
    }

    private static let previousPage = Bytes.of("←")

    /// "[S/1588]", "[S/714, II]": the symbol a resolution of the early years was issued under,
    /// printed in brackets below its heading.
    static func bracketedOwnSymbol(_ s: [UInt8], in range: Range<Int>) -> SymbolScanner.Match? {
        guard range.count <= headingLength, s[range.lowerBound] == 0x5B || s[range.lowerBound] == 0x28 else { return nil }
        let i = s.skippingSpaces(from: range.lowerBound + 1)
        guard i < range.upperBound, Bytes.isUpper(s[i]), let match = SymbolScanner.scan(s, at: i) else { return nil }
        let close = s.skippingSpaces(from: match.end)
        guard close < range.upperBound, s[close] == 0x5D || s[close] == 0x2C else { return nil }
        return match
    }

    /// Whether a line confirms the Council heading above it: "Adopted by the Security Council at
    /// its 2245th meeting", "The Security Council,", "[S/1588]", "…安全理事会第8400次会议通过".
    static func confirmsHeading(_ s: [UInt8], in range: Range<Int>) -> Bool {
        if confirmations.match(in: s, at: range.lowerBound) != nil { return true }
        return range.count <= headingLength && s[range].firstRange(of: adopted) != nil
    }

    private static let headingLength = 160
    private static let adopted = Bytes.of("通过")
    private static let confirmations = PatternSet<Void>([
        ("Adopted by the Security Council", ()), ("Adopted at the", ()), ("The Security Council", ()), ("[S/", ()),
        ("(S/", ()), ("Adoptée par le Conseil de sécurité", ()), ("Le Conseil de sécurité", ()),
        ("Aprobada por el Consejo de Seguridad", ()), ("El Consejo de Seguridad", ()), ("Совет Безопасности", ()),
        ("安全理事会", ()),
    ])

    /// "Document symbol: S/20554", "symbol: A/RES/80/4" (a page's or a file's metadata).
    static func statedSymbol(_ s: [UInt8], in range: Range<Int>) -> SymbolScanner.Match? {
        guard let label = symbolLabels.match(in: s, at: range.lowerBound) else { return nil }
        let i = s.skippingSpaces(from: range.lowerBound + label.length)
        guard i < range.upperBound, Bytes.isUpper(s[i]) else { return nil }
        // A pipe between two symbols joins them, as UNISPAL writes A/42/115|S/18653.
        if var match = SymbolScanner.scan(s, at: i) {
            if match.alias == nil, match.end < range.upperBound, s[match.end] == 0x7C,
               let second = SymbolScanner.scan(s, at: match.end + 1) {
                match = SymbolScanner.Match(symbol: match.symbol, alias: second.symbol, end: second.end)
            }
            return match
        }
        return nil
    }

    private static let symbolLabels = PatternSet<Void>([
        ("Document symbol:", ()), ("Document Symbol:", ()), ("Symbol:", ()), ("symbol:", ()), ("文件编号:", ()),
        ("文号:", ()), ("Cote:", ()), ("Signatura:", ()),
    ])

    /// A page title naming a presidential statement by its symbol: "Statement by the President
    /// of the Security Council (S/PRST/2019/14)", "Presidential Statement nº S/PRST/2009/8 …".
    static func statementTitle(_ s: [UInt8], in range: Range<Int>) -> Symbol? {
        guard statementWords.lastMatch(in: s, range) != nil else { return nil }
        var i = range.lowerBound
        while i + prst.count <= range.upperBound {
            if s.has(prst, at: i), let match = SymbolScanner.scan(s, at: i) { return match.symbol }
            i += 1
        }
        return nil
    }

    private static let prst = Bytes.of("S/PRST/")
    private static let statementWords = PatternSet<Void>([
        ("Statement by the President", ()), ("Presidential Statement", ()), ("主席声明", ()), ("主席的声明", ()),
    ])

    /// "Supplement No. 15 (A/35/15)", "补编第15号(A/35/15)": a report's own symbol on its cover.
    static func supplementSymbol(_ s: [UInt8], in range: Range<Int>) -> Symbol? {
        // The cover's own line, not a sentence or footnote citing another report.
        guard range.count <= maximumSupplementLine, supplementWords.match(in: s, at: range.lowerBound) != nil,
              let open = s[range].lastIndex(of: 0x28)
        else { return nil }
        let i = s.skippingSpaces(from: open + 1)
        guard i < range.upperBound, Bytes.isUpper(s[i]), let match = SymbolScanner.scan(s, at: i) else { return nil }
        return match.symbol
    }

    private static let maximumSupplementLine = 60
    private static let supplementWords = PatternSet<Void>([("Supplement No", ()), ("补编第", ()), ("Supplément no", ()), ("Suplemento No", ())])

    static func symbol(_ number: ResolutionNumber, noun: CitedNoun, body: IssuingBody) -> Symbol? {
        let outcome = NumberResolution.outcome(for: number, noun: noun, namedBody: .organ(body), documentBody: body)
        if case let .symbol(symbol) = outcome { return symbol }
        return nil
    }

    /// Whether a heading's rest, from `index` to `end`, is empty or starts with one of `tails`.
    private static func titleEnds(_ s: [UInt8], from index: Int, to end: Int, allowing tails: PatternSet<Void>) -> Bool {
        let i = s.skippingSpaces(from: index)
        return i >= end || tails.match(in: s, at: i) != nil
    }

    /// "RESOLUTION 794 (1992) of 3 December 1992" at most: a longer line is a sentence.
    private static let maximumSecurityCouncilHeading = 64

    private static let resolutionCase = Bytes.of("决议案")

    private static let resolutionWords = PatternSet<Void>([
        ("Resolution", ()), ("Résolution", ()), ("Resolución", ()), ("Резолюция", ()),
    ])
    private static let headingTails = PatternSet<Void>([
        ("of", ()), ("du", ()), ("de", ()), ("от", ()), ("adopted", ()), ("(", ()), ("[", ()), ("*", ()),
    ])

    /// The names a page title puts before a resolution's number: "联合国大会第ES-10/23号决议",
    /// "聯合國安全理事會第661號決議".
    private static let chineseHeadingBodies = PatternSet<IssuingBody>([
        ("联合国大会", .generalAssembly), ("联合国安全理事会", .securityCouncil), ("联合国安理会", .securityCouncil),
    ])
}

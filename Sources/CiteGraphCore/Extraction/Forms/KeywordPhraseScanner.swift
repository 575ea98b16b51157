/// Reads a citation phrase that starts with its noun, as English, French, Spanish and
/// Russian write them:
///
///     resolution 77/10                 resolutions 1267 (1999), 1989 (2011) and 2253 (2015)
///     decision 78/548                  resolutions 37/4 of 22 October 1982, 38/4 of … and 77/18
///     résolution 217 A (III)           resolución 2593 (2021)        резолюция 2250 (2015)
///
/// The noun comes first, so every number that follows in the list is a citation. A list goes
/// on only with numbers of the same form as the first, so "resolution 2250 (2015), 10 members"
/// stops before "10".
enum KeywordPhraseScanner {
    /// Whether a noun could start at `index` (a cheap first-byte test for the hot loop).
    static func mayStart(_ b: UInt8) -> Bool {
        b == 0x72 || b == 0x52 || b == 0x64 || b == 0x44 || b == 0xD1 || b == 0xD0  // r R d D, Cyrillic
    }

    /// The phrase whose noun starts at `start`.
    static func scan(_ s: [UInt8], at start: Int) -> CitationPhrase? {
        guard let (noun, nounEnd) = matchNoun(s, at: start), !ReportPinpoint.precedes(s, start) else { return nil }
        var i = s.skippingSpaces(from: nounEnd)
        // "résolutions du Conseil de sécurité 2593 (2021)": the body named between noun and number.
        let qualifier = qualifiers.match(in: s, at: i)
        if let qualifier { i = s.skippingSpaces(from: i + qualifier.length) }
        if ResolutionNumber.scan(s, at: i) == nil, let listed = leadIn(s, after: i) { i = listed }
        // A number after a blank line belongs to the next paragraph ("Next Resolution⏎⏎127 Wall Street").
        guard !breaksParagraph(s, nounEnd..<i), let first = ResolutionNumber.scan(s, at: i), isCitation(first, in: s),
              !isTitleYear(first, in: s, nounStart: start), !isHeadingLine(first, in: s, nounStart: start)
        else { return nil }
        var numbers = [first]
        var spans = [start..<first.range.upperBound]
        i = first.range.upperBound
        while true {
            let afterDate = skippingAside(s, from: skippingDate(s, from: i))
            guard var next = separatorEnd(s, at: afterDate) else { break }
            // "2089 (LXIII), de 22 de julio de 1977, 2008/8": a date set off by commas.
            let dated = skippingDate(s, from: next)
            if dated != next, let after = separatorEnd(s, at: dated) { next = after }
            let itemStart = s.skippingSpaces(from: next)
            // A list does not run on past the end of its paragraph (to a page number "2/5" below it).
            guard itemStart < s.count, !Self.breaksParagraph(s, afterDate..<itemStart), ChinesePhraseScanner.mayStart(s[itemStart]),
                  let number = ResolutionNumber.scan(s, at: itemStart), number.form.sameKind(as: first.form),
                  isCitation(number, in: s)
            else { break }
            numbers.append(number)
            spans.append(number.range)
            i = number.range.upperBound
        }
        // "resolution 1980/67 of the Economic and Social Council": the body named after the list.
        let after = s.skippingSpaces(from: skippingDate(s, from: i))
        let trailing = qualifier == nil ? qualifiers.match(in: s, at: after) : nil
        return CitationPhrase(numbers: sharingBrackets(numbers), noun: noun, spans: spans, end: i,
                              namedBody: qualifier?.value ?? trailing?.value)
    }

    /// "resolutions concerning Sudan, in particular 1591 (2005), …", "its previous resolutions,
    /// including 2254 (2015)": where the numbers start after such a lead-in in the same clause.
    private static func leadIn(_ s: [UInt8], after index: Int) -> Int? {
        let limit = min(s.count, index + maximumLeadIn)
        var i = index
        while i < limit {
            let b = s[i]
            if b == 0x2E || b == 0x3B || b == 0x28 || b == 0x29 { return nil }  // . ; ( ) end the search
            if let word = leadIns.match(in: s, at: i) {
                var j = s.skippingSpaces(from: i + word.length)
                if j < s.count, s[j] == 0x2C { j = s.skippingSpaces(from: j + 1) }
                return j < s.count && Bytes.isDigit(s[j]) ? j : nil
            }
            i += 1
        }
        return nil
    }

    private static let maximumLeadIn = 120
    private static let leadIns = PatternSet<Void>([
        ("in particular", ()), ("including", ()), ("notably", ()), ("especially", ()), ("inter alia", ()),
        ("namely", ()), ("most recently", ()), ("en particulier", ()), ("notamment", ()), ("en particular", ()),
        ("incluidas", ()), ("в частности", ()),
    ])

    /// Past what may stand between two numbers of a list besides a date: a footnote marker
    /// ("of 25 March 2010 1 and 16/5") or a title (", entitled “Global solidarity …”, and 74/274").
    private static func skippingAside(_ s: [UInt8], from index: Int) -> Int {
        var i = s.skippingSpaces(from: index)
        // "1559 (2004)[Link], 425 (1978)": a web page's link left after the number.
        if s.has(link, at: i) { return i + link.count }
        let markerEnd = s.digitRunEnd(from: i)
        if markerEnd > i, markerEnd - i <= 2, markerEnd < s.count, Bytes.isSpace(s[markerEnd]) {
            let after = s.skippingSpaces(from: markerEnd)
            if s.has(and, at: after) || (after < s.count && s[after] == 0x2C) { return markerEnd }
        }
        if i < s.count, s[i] == 0x2C { i = s.skippingSpaces(from: i + 1) }
        guard s.has(entitled, at: i) else { return index }
        let open = s.skippingSpaces(from: i + entitled.count)
        guard s.has(openQuote, at: open) || (open < s.count && s[open] == 0x22) else { return index }
        let limit = min(s.count, open + maximumTitle)
        var k = open + 1
        while k < limit {
            if s.has(closeQuote, at: k) { return k + closeQuote.count }
            if s[k] == 0x22, open < s.count, s[open] == 0x22 { return k + 1 }
            k += 1
        }
        return index
    }

    private static let and = Bytes.of("and")
    private static let link = Bytes.of("[Link]")
    private static let entitled = Bytes.of("entitled")
    private static let openQuote = Bytes.of("“")
    private static let closeQuote = Bytes.of("”")
    private static let maximumTitle = 400

    /// Whether the spaces in `range` hold a blank line.
    private static func breaksParagraph(_ s: [UInt8], _ range: Range<Int>) -> Bool {
        var newlines = 0
        for b in s[range] where b == 0x0A {
            newlines += 1
            if newlines >= 2 { return true }
        }
        return false
    }

    /// Whether a number after the noun cites anything: a bare number of one digit is a
    /// footnote marker or a list item ("resolutions 3"), and a bare number under 100 followed by
    /// a word is a count or a paragraph ("this resolution 90 days", "decision 21 to provide").
    private static func isCitation(_ number: ResolutionNumber, in s: [UInt8]) -> Bool {
        guard case let .bare(digits) = number.form else { return true }
        if digits.utf8.count == 1 { return false }
        // "Resolutions 2016 (78)": a year and a count, as lists of documents show them.
        let bracket = s.skippingSpaces(from: number.range.upperBound)
        if bracket < s.count, s[bracket] == 0x28, bracket + 1 < s.count, Bytes.isDigit(s[bracket + 1]) { return false }
        guard digits.utf8.count == 2 else { return true }
        let next = s.skippingSpaces(from: number.range.upperBound)
        guard next < s.count, Bytes.isLower(s[next]) else { return true }
        return allowedAfterBareNumber.contains { s.has($0, at: next) && !(next + $0.count < s.count && Bytes.isLetter(s[next + $0.count])) }
    }

    /// "UNSC Resolutions 2016", "UN Consensus Resolution 2017": a page title naming a year, the
    /// capitalised noun and a bare year ending the line.
    private static func isTitleYear(_ number: ResolutionNumber, in s: [UInt8], nounStart: Int) -> Bool {
        guard case let .bare(digits) = number.form, Bytes.isUpper(s[nounStart]), let year = Int(digits),
              titleYears.contains(year)
        else { return false }
        var i = number.range.upperBound
        while i < s.count, s[i] == 0x20 || s[i] == 0x09 || s[i] == 0x0D { i += 1 }
        return i >= s.count || s[i] == 0x0A
    }

    private static let titleYears = 1946...2030

    /// "Resolution 337 (S-VII)" alone on its line, or before its title ("Resolución 337 (S-VII)
    /// Solicitud de Djibouti …"): the heading of a text annexed or reproduced, not a citation.
    private static func isHeadingLine(_ number: ResolutionNumber, in s: [UInt8], nounStart: Int) -> Bool {
        guard Bytes.isUpper(s[nounStart]) || s[nounStart] >= 0xC0, nounStart == 0 || s[nounStart - 1] == 0x0A else { return false }
        switch number.form {
        case .withYear, .withSession: break
        default: return false
        }
        var i = number.range.upperBound
        while i < s.count, s[i] == 0x20 || s[i] == 0x09 || s[i] == 0x0D { i += 1 }
        guard i < s.count, s[i] != 0x0A else { return true }
        // A title: a capitalised word, and no list or date going on.
        return Bytes.isUpper(s[i]) && !(s.has(and, at: i) || s.has(of, at: i))
    }

    private static let of = Bytes.of("of")

    /// Words that may follow a short bare number that is still a citation.
    private static let allowedAfterBareNumber = ["of", "and", "adopted", "on"].map { Array($0.utf8) }

    /// Bare numbers before a number with a year or session share it: "resolutions 425 and
    /// 426 (1978)" cites 425 (1978) too; "1514 and 1541 (XV)" cites 1514 (XV).
    private static func sharingBrackets(_ numbers: [ResolutionNumber]) -> [ResolutionNumber] {
        guard numbers.count > 1 else { return numbers }
        var shared = numbers
        var bracket: ResolutionNumber.Form?
        for k in shared.indices.reversed() {
            switch shared[k].form {
            case .withYear, .withSession:
                bracket = shared[k].form
            case let .bare(number):
                if case let .withYear(_, year) = bracket {
                    shared[k] = ResolutionNumber(form: .withYear(number: number, year: year), range: shared[k].range)
                } else if case let .withSession(_, session) = bracket {
                    shared[k] = ResolutionNumber(form: .withSession(number: number, session: session), range: shared[k].range)
                }
            default:
                bracket = nil
            }
        }
        return shared
    }

    /// The nouns, plurals first so that they win; ASCII ones match whatever their case.
    /// The nouns, plurals first so that they win; ASCII ones match whatever their case, the others
    /// in lower case and capitalised ("Résolution", "Резолюцию").
    private static let nouns = PatternSet<CitedNoun>(nounForms.flatMap { form, noun in
        let capitalised = form.prefix(1).uppercased() + form.dropFirst()
        return form.utf8.allSatisfy({ $0 < 0x80 }) || capitalised == form ? [(form, noun)] : [(form, noun), (capitalised, noun)]
    })

    private static let nounForms: [(String, CitedNoun)] = [
        ("resolutions", .resolution), ("resolution", .resolution), ("résolutions", .resolution), ("résolution", .resolution),
        ("resoluciones", .resolution), ("resolución", .resolution),
        ("резолюциями", .resolution), ("резолюциях", .resolution), ("резолюциям", .resolution),
        ("резолюцией", .resolution), ("резолюция", .resolution), ("резолюции", .resolution), ("резолюцию", .resolution),
        ("decisions", .decision), ("decision", .decision), ("décisions", .decision), ("décision", .decision),
        ("decisiones", .decision), ("decisión", .decision),
        ("решениями", .decision), ("решения", .decision), ("решение", .decision), ("решении", .decision), ("решением", .decision),
    ]

    private static func matchNoun(_ s: [UInt8], at start: Int) -> (CitedNoun, Int)? {
        guard let (length, noun) = nouns.match(in: s, at: start) else { return nil }
        let end = start + length
        // A whole word: "resolutions" must not match inside "resolutionsX".
        if end < s.count, Bytes.isLetter(s[end]) { return nil }
        return (noun, end)
    }

    /// Past "of 10 November 2022" / "du 10 novembre 2022" / "de 10 de noviembre de 2022" /
    /// "от 10 ноября 2022 года" after a number, or `index` if none follows.
    private static func skippingDate(_ s: [UInt8], from index: Int) -> Int {
        let i = s.skippingSpaces(from: index)
        // "of 17 March", "of⏎17 March", and "of20 February" as careless typing leaves it.
        guard let connector = dateConnectors.first(where: {
            s.has($0, at: i) && i + $0.count < s.count && (Bytes.isSpace(s[i + $0.count]) || Bytes.isDigit(s[i + $0.count]))
        }) else { return index }
        var j = s.skippingSpaces(from: i + connector.count)
        // Day, month (a word) and year, in some order, with "de" between in Spanish: stop at
        // the first separator or after a four-digit year.
        var sawYear = false
        var words = 0
        while j < s.count, words < 6, !sawYear {
            let wordStart = j
            if Bytes.isDigit(s[j]) {
                j = s.digitRunEnd(from: j)
                sawYear = j - wordStart == 4
            } else {
                while j < s.count, Bytes.isLetter(s[j]) || s[j] >= 0x80 { j += 1 }
            }
            guard j > wordStart else { break }
            words += 1
            let next = s.skippingSpaces(from: j)
            if !sawYear, next < s.count, s[next] == 0x2C /* , */ || s[next] == 0x3B { break }
            if !sawYear { j = next }
        }
        // "года" after a Russian year.
        let tail = s.skippingSpaces(from: j)
        if s.has(Self.goda, at: tail) { j = tail + Self.goda.count }
        return sawYear ? j : index
    }

    /// Bodies named after the noun, as French, Spanish, Russian (and sometimes English) do.
    private static let qualifiers = PatternSet<NamedBody>([
        ("du Conseil de sécurité", .organ(.securityCouncil)), ("de l'Assemblée générale", .organ(.generalAssembly)),
        ("de l’Assemblée générale", .organ(.generalAssembly)), ("du Conseil des droits de l'homme", .organ(.humanRightsCouncil)),
        ("du Conseil des droits de l’homme", .organ(.humanRightsCouncil)), ("du Conseil économique et social", .organ(.economicAndSocialCouncil)),
        ("del Consejo de Seguridad", .organ(.securityCouncil)), ("de la Asamblea General", .organ(.generalAssembly)),
        ("del Consejo de Derechos Humanos", .organ(.humanRightsCouncil)), ("del Consejo Económico y Social", .organ(.economicAndSocialCouncil)),
        ("Совета Безопасности", .organ(.securityCouncil)), ("Генеральной Ассамблеи", .organ(.generalAssembly)),
        ("Совета по правам человека", .organ(.humanRightsCouncil)), ("Экономического и Социального Совета", .organ(.economicAndSocialCouncil)),
        ("of the Security Council", .organ(.securityCouncil)), ("of the General Assembly", .organ(.generalAssembly)),
        ("adopted by the Human Rights Council", .organ(.humanRightsCouncil)), ("adopted by the General Assembly", .organ(.generalAssembly)),
        ("adopted by the Security Council", .organ(.securityCouncil)), ("adopted by the Economic and Social Council", .organ(.economicAndSocialCouncil)),
        ("of the Economic and Social Commission for Western Asia", .otherOrganisation),
        ("de la Comisión Económica y Social para Asia Occidental", .otherOrganisation),
        ("de la Commission économique et sociale pour l’Asie occidentale", .otherOrganisation),
        ("de la Comisión Económica para América Latina", .otherOrganisation),
        ("of the Economic Commission for Latin America", .otherOrganisation),
        ("of the United Nations Group of Experts", .otherOrganisation),
        ("of the Human Rights Council", .organ(.humanRightsCouncil)), ("of the Economic and Social Council", .organ(.economicAndSocialCouncil)),
    ])

    private static let dateConnectors = ["of", "du", "de", "от"].map { Array($0.utf8) }
    private static let goda = Array("года".utf8)

    /// ", " / " and " / ", and " / " et " / " y " / " и " / "、" between numbers.
    private static func separatorEnd(_ s: [UInt8], at index: Int) -> Int? {
        var i = index
        var sawComma = false
        if i < s.count, s[i] == 0x2C { i += 1; sawComma = true }
        i = s.skippingSpaces(from: i)
        for word in conjunctions where s.has(word, at: i) {
            let end = i + word.count
            if end < s.count, Bytes.isSpace(s[end]) { return end }
        }
        if s.has(ChineseWords.enumerationComma, at: i) { return i + ChineseWords.enumerationComma.count }
        return sawComma ? i : nil
    }

    private static let conjunctions = ["and", "et", "y", "и"].map { Array($0.utf8) }
}

extension ResolutionNumber.Form {
    /// Whether two numbers are written the same way (both session/number, both with a year, …).
    func sameKind(as other: Self) -> Bool {
        switch (self, other) {
        case (.sessional, .sessional), (.emergency, .emergency), (.withYear, .withYear), (.withSession, .withSession), (.bare, .bare):
            true
        // Session-numbered and special-session numbers mix in one list; so do Security Council
        // numbers with and without a year, and old GA numbers that share one session.
        case (.sessional, .emergency), (.emergency, .sessional), (.sessional, .special), (.special, .sessional),
             (.emergency, .special), (.special, .emergency), (.special, .special),
             (.bare, .withYear), (.withYear, .bare), (.bare, .withSession), (.withSession, .bare),
             (.withSession, .sessional), (.sessional, .withSession):
            true
        default:
            false
        }
    }
}

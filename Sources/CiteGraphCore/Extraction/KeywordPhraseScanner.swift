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
        guard let (noun, nounEnd) = matchNoun(s, at: start) else { return nil }
        var i = s.skippingSpaces(from: nounEnd)
        // "résolutions du Conseil de sécurité 2593 (2021)": the body named between noun and number.
        let qualifier = qualifiers.match(in: s, at: i)
        if let qualifier { i = s.skippingSpaces(from: i + qualifier.length) }
        guard let first = ResolutionNumber.scan(s, at: i) else { return nil }
        var numbers = [first]
        var spans = [start..<first.range.upperBound]
        i = first.range.upperBound
        while numbers.count < 400 {
            let afterDate = skippingDate(s, from: i)
            guard let next = separatorEnd(s, at: afterDate) else { break }
            let itemStart = s.skippingSpaces(from: next)
            guard itemStart < s.count, Bytes.isDigit(s[itemStart]) || s[itemStart] == 0x45,
                  let number = ResolutionNumber.scan(s, at: itemStart), number.form.sameKind(as: first.form)
            else { break }
            numbers.append(number)
            spans.append(number.range)
            i = number.range.upperBound
        }
        return CitationPhrase(numbers: numbers, noun: noun, spans: spans, end: i, namedBody: qualifier?.value)
    }

    /// The nouns, plurals first so that they win; ASCII ones match whatever their case.
    private static let nouns = PatternSet<CitedNoun>([
        ("resolutions", .resolution), ("resolution", .resolution),
        ("résolutions", .resolution), ("résolution", .resolution), ("Résolutions", .resolution), ("Résolution", .resolution),
        ("resoluciones", .resolution), ("resolución", .resolution),
        ("резолюциями", .resolution), ("резолюциях", .resolution), ("резолюциям", .resolution),
        ("резолюцией", .resolution), ("резолюция", .resolution), ("резолюции", .resolution), ("резолюцию", .resolution),
        ("Резолюция", .resolution), ("Резолюции", .resolution),
        ("decisions", .decision), ("decision", .decision), ("décisions", .decision), ("décision", .decision),
        ("Décisions", .decision), ("Décision", .decision), ("decisiones", .decision), ("decisión", .decision),
        ("решения", .decision), ("решение", .decision), ("решении", .decision), ("Решение", .decision),
    ])

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
        guard let connector = dateConnectors.first(where: { s.has($0, at: i) }) else { return index }
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
    private static let qualifiers = PatternSet<IssuingBody>([
        ("du Conseil de sécurité", .securityCouncil), ("de l'Assemblée générale", .generalAssembly),
        ("de l’Assemblée générale", .generalAssembly), ("du Conseil des droits de l'homme", .humanRightsCouncil),
        ("du Conseil des droits de l’homme", .humanRightsCouncil), ("du Conseil économique et social", .economicAndSocialCouncil),
        ("del Consejo de Seguridad", .securityCouncil), ("de la Asamblea General", .generalAssembly),
        ("del Consejo de Derechos Humanos", .humanRightsCouncil), ("del Consejo Económico y Social", .economicAndSocialCouncil),
        ("Совета Безопасности", .securityCouncil), ("Генеральной Ассамблеи", .generalAssembly),
        ("Совета по правам человека", .humanRightsCouncil), ("Экономического и Социального Совета", .economicAndSocialCouncil),
        ("of the Security Council", .securityCouncil), ("of the General Assembly", .generalAssembly),
        ("of the Human Rights Council", .humanRightsCouncil), ("of the Economic and Social Council", .economicAndSocialCouncil),
    ])

    private static let dateConnectors = ["of ", "du ", "de ", "от "].map { Array($0.utf8) }
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
        if s.has(Token.dunhao, at: i) { return i + Token.dunhao.count }
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
        case (.sessional, .emergency), (.emergency, .sessional):
            true
        default:
            false
        }
    }
}

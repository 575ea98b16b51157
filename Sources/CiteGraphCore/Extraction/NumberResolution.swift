/// Turns a resolution or decision number and the body that issued it into a canonical symbol.
enum NumberResolution {
    /// What a number in a citation phrase names.
    enum Outcome: Equatable {
        case symbol(Symbol)
        /// A UN citation the text does not settle; the reason, for people.
        case unresolved(String)
        /// Not a UN document: another organisation's resolution.
        case notACitation
    }

    /// The symbol `number` names. A bare number in a General Assembly sentence or a Security
    /// Council "decision" is unresolved, never guessed; so is a Security Council number whose
    /// stated year contradicts the Council's numbering ("84 (1993)").
    static func outcome(for number: ResolutionNumber, noun: CitedNoun, namedBody: NamedBody?, documentBody: IssuingBody) -> Outcome {
        let series = noun == .resolution ? "RES" : "DEC"
        var namedBody = namedBody
        if namedBody == .ownCouncil {
            switch documentBody {
            case .humanRightsCouncil, .economicAndSocialCouncil, .securityCouncil: namedBody = .organ(documentBody)
            default: namedBody = nil
            }
        }
        switch namedBody {
        case .otherOrganisation:
            return .notACitation
        case .commissionOnHumanRights:
            guard case let .sessional(session, num) = number.form else { return .unresolved(unsettled) }
            return .symbol(Self.assembled("E/CN.4/\(series)/\(session)/\(num)"))
        case .subCommission:
            guard case let .sessional(session, num) = number.form else { return .unresolved(unsettled) }
            return .symbol(Self.assembled("E/CN.4/Sub.2/\(series)/\(session)/\(num)"))
        case .organ, .ownCouncil, nil:
            break
        }
        let organ: IssuingBody? = if case let .organ(body) = namedBody { body } else { nil }
        switch number.form {
        case let .sessional(session, num):
            // The Economic and Social Council numbers by year (1996/31), the Assembly and the
            // Human Rights Council by session (70/1, 5/1).
            let byYear = session.utf8.count == 4
            var body = organ ?? (byYear ? .economicAndSocialCouncil : documentBody == .economicAndSocialCouncil ? .generalAssembly : documentBody)
            // The Human Rights Council has held some sixty sessions: a bare 76/300 in its text is the Assembly's.
            if organ == nil, body == .humanRightsCouncil, (Int(session) ?? 0) > lastHumanRightsCouncilSession { body = .generalAssembly }
            // Each numbers its decisions apart from its resolutions, from a round number up: a
            // "resolution 56/509" is the Assembly's decision 56/509.
            let kind = (Int(num) ?? 0) >= (firstDecisionNumber[body] ?? .max) ? "DEC" : series
            switch body {
            case .humanRightsCouncil: return .symbol(Self.assembled("A/HRC/\(kind)/\(session)/\(num)"))
            case .economicAndSocialCouncil: return .symbol(Self.assembled("E/\(kind)/\(session)/\(num)"))
            // A Security Council name nearby belongs to another part of the sentence.
            default: return .symbol(Self.assembled("A/\(kind)/\(session)/\(num)"))
            }
        case let .emergency(session, num):
            return .symbol(Self.assembled("A/\(series)/ES-\(session)/\(num)"))
        case let .special(session, num):
            // The Human Rights Council holds special sessions too: its resolution S-16/1.
            if (organ ?? documentBody) == .humanRightsCouncil {
                return .symbol(Self.assembled("A/HRC/\(series)/S-\(session)/\(num)"))
            }
            return .symbol(Self.assembled("A/\(series)/S-\(session)/\(num)"))
        case let .withYear(num, year):
            guard noun == .resolution else { return .unresolved(unsettled) }
            if let n = Int(num), let expected = SecurityCouncilYears.year(ofResolution: n), String(expected) != year {
                return .unresolved("the year does not match the Security Council's numbering (resolution \(num) is of \(expected))")
            }
            return .symbol(Self.assembled("S/RES/\(num)(\(year))"))
        case let .withSession(num, session):
            // The Assembly numbered by roman session until its thirtieth (1975); the Economic and
            // Social Council did so until its sixty-third: a higher session is the Council's, and so
            // is a number the Council's own text cites without naming a body ("its resolution
            // 715 A (XXVII)", "its decision 281 (LXIII)").
            let councils = organ == .economicAndSocialCouncil || (organ == nil && documentBody == .economicAndSocialCouncil)
                || (RomanNumerals.value(session) ?? 0) > lastRomanAssemblySession
            if councils { return .symbol(Self.assembled("E/\(series)/\(num)(\(session))")) }
            guard noun == .resolution else { return .unresolved(unsettled) }
            return .symbol(Self.assembled("A/RES/\(num)(\(session))"))
        case let .bare(num):
            guard noun == .resolution, organ == nil || organ == .securityCouncil,
                  let n = Int(num), let year = SecurityCouncilYears.year(ofResolution: n)
            else { return .unresolved(unsettled) }
            return .symbol(Self.assembled("S/RES/\(num)(\(year))"))
        }
    }

    /// Where each body's decision numbers start (General Assembly 401, Human Rights Council
    /// 101, ECOSOC 201); its resolutions stay below.
    private static let firstDecisionNumber: [IssuingBody: Int] = [
        .generalAssembly: 401, .humanRightsCouncil: 101, .economicAndSocialCouncil: 201,
    ]

    /// Above any session the Human Rights Council will reach for years (its 60th was in 2025).
    private static let lastHumanRightsCouncilSession = 65

    private static let unsettled = "the text does not say which body's resolution this is"
    private static let lastRomanAssemblySession = 31

    /// The symbol for text assembled from a phrase's parts, its numbers written without leading
    /// zeros as canonical symbols are ("resolution 77/036" is A/RES/77/36, found by
    /// FuzzExtractor): a zero that leads a run of digits after a slash, a dash or a bracket goes.
    private static func assembled(_ text: String) -> Symbol {
        var out = ""
        var previous: Character = "/"
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "0", "/-(".contains(previous), i + 1 < chars.count, chars[i + 1].isASCII, chars[i + 1].isNumber {
                i += 1
                continue
            }
            out.append(c)
            previous = c
            i += 1
        }
        return Symbol(assembled: out)
    }
}

/// Turns a resolution or decision number and the body that issued it into a canonical symbol.
enum NumberResolution {
    /// The symbol `number` names, or `nil` when the text does not settle it (a bare number in
    /// a General Assembly sentence, a Security Council "decision"): such mentions are listed
    /// as unresolved, never guessed.
    static func symbol(for number: ResolutionNumber, noun: CitedNoun, namedBody: IssuingBody?, documentBody: IssuingBody) -> Symbol? {
        switch number.form {
        case let .sessional(session, num):
            let body = sessionalBody(namedBody ?? documentBody)
            let series = noun == .resolution ? "RES" : "DEC"
            switch body {
            case .humanRightsCouncil: return Symbol(assembled: "A/HRC/\(series)/\(session)/\(num)")
            case .economicAndSocialCouncil: return Symbol(assembled: "E/\(series)/\(session)/\(num)")
            default: return Symbol(assembled: "A/\(series)/\(session)/\(num)")
            }
        case let .emergency(session, num):
            return Symbol(assembled: "A/\(noun == .resolution ? "RES" : "DEC")/ES-\(session)/\(num)")
        case let .withYear(num, year):
            guard noun == .resolution else { return nil }
            return Symbol(assembled: "S/RES/\(num)(\(year))")
        case let .withSession(num, session):
            guard noun == .resolution else { return nil }
            return Symbol(assembled: "A/RES/\(num)(\(session))")
        case let .bare(num):
            guard noun == .resolution, namedBody == nil || namedBody == .securityCouncil,
                  let n = Int(num), let year = SecurityCouncilYears.year(ofResolution: n)
            else { return nil }
            return Symbol(assembled: "S/RES/\(num)(\(year))")
        }
    }

    /// Session-numbered resolutions come from the Assembly and the Councils that number by
    /// session; a Security Council name nearby belongs to another part of the sentence.
    private static func sessionalBody(_ body: IssuingBody) -> IssuingBody {
        switch body {
        case .humanRightsCouncil, .economicAndSocialCouncil: body
        default: .generalAssembly
        }
    }
}

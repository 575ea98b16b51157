/// Headings naming the body, and drafts.
extension HeaderText {

    /// The body a heading line names (大  会, "Security Council", "Conseil de sécurité").
    static func heading(_ s: [UInt8], in range: Range<Int>) -> IssuingBody? {
        // Spaces removed (大  会) and a closing comma (大会，) allowed.
        var text = s[range].filter { !Bytes.isSpace($0) }
        for comma in [Bytes.of("，"), Bytes.of(",")] where text.count >= comma.count && Array(text.suffix(comma.count)) == comma {
            text.removeLast(comma.count)
        }
        return headings.first { $0.0 == text }?.1
    }

    private static let headings: [([UInt8], IssuingBody)] = [
        ("大会", IssuingBody.generalAssembly), ("GeneralAssembly", .generalAssembly), ("Assembléegénérale", .generalAssembly),
        ("AsambleaGeneral", .generalAssembly), ("ГенеральнаяАссамблея", .generalAssembly),
        ("安全理事会", .securityCouncil), ("SecurityCouncil", .securityCouncil), ("Conseildesécurité", .securityCouncil),
        ("ConsejodeSeguridad", .securityCouncil), ("СоветБезопасности", .securityCouncil),
        ("人权理事会", .humanRightsCouncil), ("HumanRightsCouncil", .humanRightsCouncil),
        ("Conseildesdroitsdel’homme", .humanRightsCouncil), ("ConsejodeDerechosHumanos", .humanRightsCouncil),
        ("经济及社会理事会", .economicAndSocialCouncil), ("EconomicandSocialCouncil", .economicAndSocialCouncil),
        ("Conseiléconomiqueetsocial", .economicAndSocialCouncil), ("ConsejoEconómicoySocial", .economicAndSocialCouncil),
    ].map { (Array($0.0.utf8), $0.1) }

    static func namesDraft(_ s: [UInt8], in range: Range<Int>) -> Bool {
        draftNames.lastMatch(in: s, range) != nil
    }

    private static let draftNames = PatternSet<Void>([
        ("决议草案", ()), ("draft resolution", ()), ("projet de résolution", ()), ("proyecto de resolución", ()),
        ("проект резолюции", ()),
    ])
}

/// Which body a citation phrase names: the organ mentioned nearest before the phrase in
/// the same clause. "2011 年 3 月 24 日人权理事会通过的第 16/18 号决议" is a Human Rights
/// Council resolution; a bare "第 77/10 号决议" takes the document's own body; "International
/// Telecommunication Union resolution 186" is not a UN resolution at all.
enum BodyContext {
    /// The body named closest before `index` within its clause, if any.
    static func namedBody(in s: [UInt8], before index: Int) -> NamedBody? {
        let clause = Clause.start(in: s, before: index, lookback: maximumLookback)..<index
        guard let match = names.lastMatch(in: s, clause) else { return nil }
        // Another organisation governs only a resolution it stands right before ("ITU resolution
        // 186", "国际原子能机构大会第…号决议"), not one cited in a sentence about it ("the report of
        // the IAEA (resolutions 1145 (XII) and 58/8)").
        // Unless the noun is "its": "the adoption by the Economic Commission for Latin America and
        // the Caribbean of its resolution 574 (XXVII)".
        if match.value == .otherOrganisation, index - match.range.upperBound > foreignGap,
           !(index - match.range.upperBound <= possessiveGap && s[max(match.range.upperBound, index - possessiveReach)..<index].firstRange(of: possessive) != nil) {
            return organs.lastMatch(in: s, clause)?.value
        }
        // "人权理事会……关于理事会体制建设的第5/1号决议": "the Council" is the one named before it.
        if match.value == .ownCouncil, let named = councils.lastMatch(in: s, clause.lowerBound..<match.range.lowerBound) {
            return named.value
        }
        return match.value
    }

    private static let maximumLookback = 240
    /// " of its " within this many bytes before the number, and the organisation's name within
    /// `possessiveGap`: "… and the Caribbean of its resolution 574 (XXVII)".
    private static let possessiveReach = 24
    private static let possessiveGap = 56
    private static let possessive = Bytes.of(" of its ")
    /// How far before the number another organisation's name may stand: "General Conference
    /// resolution GC(68)/RES/1", "大会第".
    private static let foreignGap = 24

    private static let organs = PatternSet<NamedBody>(entries.filter { $0.1 != .otherOrganisation }, notAfter: notAfter)
    private static let councils = PatternSet<NamedBody>(entries.filter {
        $0.1 == .organ(.humanRightsCouncil) || $0.1 == .organ(.economicAndSocialCouncil) || $0.1 == .organ(.securityCouncil)
    })
    private static let names = PatternSet<NamedBody>(entries, notAfter: notAfter)

    /// "Council resolutions 5/1 and 5/2" is the document's own council's, unless the words
    /// before name another ("Security Council resolution" is matched whole, longer, anyway).
    private static let notAfter: [String: [String]] = [
        "Council resolution": councilNames, "Council resolutions": councilNames,
        "Council decision": councilNames, "Council decisions": councilNames,
        "Assembly resolution": assemblyNames, "Assembly resolutions": assemblyNames,
        "Assembly decision": assemblyNames, "Assembly decisions": assemblyNames,
    ]
    private static let assemblyNames = ["World Health ", "Environment ", "Parliamentary ", "OAS General ", "Health "]
    private static let councilNames = ["Security ", "Rights ", "Social ", "Trusteeship ", "Governing ", "Peace and Security "]

    /// The bodies' names; where two end at the same place the longer one wins, so
    /// "OAS General Assembly" and "世界卫生大会" are not the General Assembly.
    private static let entries: [(String, NamedBody)] = [
        ("人权理事会", .organ(.humanRightsCouncil)), ("Human Rights Council", .organ(.humanRightsCouncil)),
        ("Conseil des droits de l'homme", .organ(.humanRightsCouncil)), ("Conseil des droits de l’homme", .organ(.humanRightsCouncil)),
        ("Consejo de Derechos Humanos", .organ(.humanRightsCouncil)), ("Совет по правам человека", .organ(.humanRightsCouncil)),
        ("经济及社会理事会", .organ(.economicAndSocialCouncil)), ("经社理事会", .organ(.economicAndSocialCouncil)),
        ("Economic and Social Council", .organ(.economicAndSocialCouncil)), ("Conseil économique et social", .organ(.economicAndSocialCouncil)),
        ("Consejo Económico y Social", .organ(.economicAndSocialCouncil)),
        ("安全理事会", .organ(.securityCouncil)), ("安理会", .organ(.securityCouncil)), ("Security Council", .organ(.securityCouncil)),
        ("Conseil de sécurité", .organ(.securityCouncil)), ("Consejo de Seguridad", .organ(.securityCouncil)),
        ("Совет Безопасности", .organ(.securityCouncil)),
        ("大会", .organ(.generalAssembly)), ("General Assembly", .organ(.generalAssembly)),
        ("Assembly resolution", .organ(.generalAssembly)), ("Assembly resolutions", .organ(.generalAssembly)),
        ("Assembly decision", .organ(.generalAssembly)), ("Assembly decisions", .organ(.generalAssembly)),
        ("Assemblée générale", .organ(.generalAssembly)), ("Asamblea General", .organ(.generalAssembly)),
        ("Генеральная Ассамблея", .organ(.generalAssembly)), ("Генеральной Ассамблеи", .organ(.generalAssembly)),
        ("理事会", .ownCouncil), ("Council resolution", .ownCouncil), ("Council resolutions", .ownCouncil),
        ("Council decision", .ownCouncil), ("Council decisions", .ownCouncil),
        ("Commission on Human Rights", .commissionOnHumanRights), ("人权委员会", .commissionOnHumanRights),
        // Not UN organs numbering resolutions the GA's way.
        ("International Telecommunication Union", .otherOrganisation),
        ("Plenipotentiary Conference", .otherOrganisation),
        ("Organization of American States", .otherOrganisation),
        ("OAS General Assembly", .otherOrganisation), ("General Assembly of the OAS", .otherOrganisation),
        ("International Atomic Energy Agency", .otherOrganisation), ("IAEA", .otherOrganisation),
        ("General Conference", .otherOrganisation), ("World Health Assembly", .otherOrganisation),
        ("UNESCO", .otherOrganisation), ("Executive Board", .otherOrganisation),
        ("Governing Council", .otherOrganisation), ("Environment Assembly", .otherOrganisation),
        ("Conference of the Parties", .otherOrganisation), ("Meeting of the Parties", .otherOrganisation),
        ("Commission on Narcotic Drugs", .otherOrganisation), ("Commission on the Status of Women", .otherOrganisation),
        ("Commission on Crime Prevention", .otherOrganisation),
        ("Sub-Commission", .subCommission), ("小组委员会", .subCommission),
        ("Economic and Social Commission for Western Asia", .otherOrganisation), ("ESCWA", .otherOrganisation),
        ("Economic Commission for Latin America", .otherOrganisation), ("ECLAC", .otherOrganisation),
        ("Economic Commission for Africa", .otherOrganisation), ("Economic Commission for Europe", .otherOrganisation),
        ("Economic and Social Commission for Asia", .otherOrganisation), ("ESCAP", .otherOrganisation),
        ("Group of Experts on Geographical Names", .otherOrganisation),
        ("African Union", .otherOrganisation), ("Peace and Security Council", .otherOrganisation),
        ("League of Arab States", .otherOrganisation), ("Council of the League", .otherOrganisation),
        ("国际电信联盟", .otherOrganisation), ("国际电联", .otherOrganisation), ("美洲国家组织", .otherOrganisation),
        ("国际原子能机构", .otherOrganisation), ("原子能机构大会", .otherOrganisation), ("世界卫生大会", .otherOrganisation),
        ("缔约方大会", .otherOrganisation), ("环境大会", .otherOrganisation), ("执行局", .otherOrganisation),
        ("非洲联盟", .otherOrganisation), ("阿拉伯国家联盟", .otherOrganisation),
        ("教科文组织", .otherOrganisation), ("麻醉药品委员会", .otherOrganisation), ("妇女地位委员会", .otherOrganisation),
    ]
}

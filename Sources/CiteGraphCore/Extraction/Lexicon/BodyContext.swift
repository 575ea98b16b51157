/// Which body a citation phrase names: the organ mentioned nearest before the phrase in
/// the same clause. "2011 年 3 月 24 日人权理事会通过的第 16/18 号决议" is a Human Rights
/// Council resolution; a bare "第 77/10 号决议" takes the document's own body; "International
/// Telecommunication Union resolution 186" is not a UN resolution at all.
enum BodyContext {
    /// The body named closest before `index` within its clause, if any.
    static func namedBody(in s: [UInt8], before index: Int) -> NamedBody? {
        names.lastMatch(in: s, Clause.start(in: s, before: index, lookback: maximumLookback)..<index)?.value
    }

    private static let maximumLookback = 240

    /// The bodies' names; where two end at the same place the longer one wins, so
    /// "OAS General Assembly" and "世界卫生大会" are not the General Assembly.
    private static let names = PatternSet<NamedBody>([
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
        ("Assemblée générale", .organ(.generalAssembly)), ("Asamblea General", .organ(.generalAssembly)),
        ("Генеральная Ассамблея", .organ(.generalAssembly)), ("Генеральной Ассамблеи", .organ(.generalAssembly)),
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
        ("Commission on Crime Prevention", .otherOrganisation), ("Sub-Commission", .otherOrganisation),
        ("African Union", .otherOrganisation), ("Peace and Security Council", .otherOrganisation),
        ("League of Arab States", .otherOrganisation), ("Council of the League", .otherOrganisation),
        ("国际电信联盟", .otherOrganisation), ("国际电联", .otherOrganisation), ("美洲国家组织", .otherOrganisation),
        ("国际原子能机构", .otherOrganisation), ("原子能机构大会", .otherOrganisation), ("世界卫生大会", .otherOrganisation),
        ("缔约方大会", .otherOrganisation), ("环境大会", .otherOrganisation), ("执行局", .otherOrganisation),
        ("非洲联盟", .otherOrganisation), ("阿拉伯国家联盟", .otherOrganisation),
        ("教科文组织", .otherOrganisation), ("麻醉药品委员会", .otherOrganisation), ("妇女地位委员会", .otherOrganisation),
    ])
}

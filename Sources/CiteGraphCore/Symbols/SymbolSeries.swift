/// The document series a UN symbol can belong to, one row each: the symbol's leading
/// part(s), the body that issues it, and what it is. The symbol scanner, `IssuingBody` and
/// the legends all read this table, so a new series is one row here and one test line.
public struct SymbolSeries: Sendable {
    /// The leading parts, slash-separated: "A", "A/HRC", "NPT".
    public let root: String
    /// The organ whose documents these are.
    public let body: IssuingBody
    /// Who issues them, for people.
    public let name: String

    /// Longer roots before shorter ones with the same start, so "A/HRC" wins over "A".
    public static let all: [SymbolSeries] = [
        .init(root: "A/HRC", body: .humanRightsCouncil, name: "Human Rights Council"),
        .init(root: "A", body: .generalAssembly, name: "General Assembly"),
        .init(root: "S", body: .securityCouncil, name: "Security Council"),
        .init(root: "E", body: .economicAndSocialCouncil, name: "Economic and Social Council and its commissions"),
        .init(root: "ST", body: .secretariat, name: "Secretariat"),
        .init(root: "T", body: .other, name: "Trusteeship Council"),
        .init(root: "DP", body: .other, name: "UNDP, UNFPA and UNOPS Executive Board"),
        .init(root: "TD", body: .other, name: "UNCTAD"),
        .init(root: "UNEP", body: .other, name: "United Nations Environment Programme"),
        .init(root: "CCPR", body: .other, name: "Human Rights Committee"),
        .init(root: "CERD", body: .other, name: "Committee on the Elimination of Racial Discrimination"),
        .init(root: "CEDAW", body: .other, name: "Committee on the Elimination of Discrimination against Women"),
        .init(root: "CRC", body: .other, name: "Committee on the Rights of the Child"),
        .init(root: "CAT", body: .other, name: "Committee against Torture"),
        .init(root: "CRPD", body: .other, name: "Committee on the Rights of Persons with Disabilities"),
        .init(root: "CMW", body: .other, name: "Committee on Migrant Workers"),
        .init(root: "CED", body: .other, name: "Committee on Enforced Disappearances"),
        .init(root: "HRI", body: .other, name: "Human rights treaty bodies"),
        .init(root: "ICEF", body: .other, name: "UNICEF Executive Board"),
        .init(root: "UNW", body: .other, name: "UN-Women Executive Board"),
        .init(root: "SPLOS", body: .other, name: "Meeting of States Parties to the Law of the Sea Convention"),
        .init(root: "ISBA", body: .other, name: "International Seabed Authority"),
        .init(root: "ITLOS", body: .other, name: "International Tribunal for the Law of the Sea"),
        .init(root: "UNCITRAL", body: .other, name: "UNCITRAL"),
        .init(root: "CD", body: .other, name: "Conference on Disarmament"),
        .init(root: "NPT", body: .other, name: "NPT Review Conferences"),
        .init(root: "TPNW", body: .other, name: "Meetings of States Parties to the TPNW"),
        .init(root: "APLC", body: .other, name: "Anti-Personnel Mine Ban Convention"),
        .init(root: "CCW", body: .other, name: "Convention on Certain Conventional Weapons"),
        .init(root: "BWC", body: .other, name: "Biological Weapons Convention"),
        .init(root: "CCM", body: .other, name: "Convention on Cluster Munitions"),
        .init(root: "ATT", body: .other, name: "Arms Trade Treaty"),
        .init(root: "FCCC", body: .other, name: "UN Framework Convention on Climate Change"),
        .init(root: "ICCD", body: .other, name: "UN Convention to Combat Desertification"),
        .init(root: "CTOC", body: .other, name: "Conference of the Parties to the Organized Crime Convention"),
        .init(root: "CAC", body: .other, name: "Conference of the States Parties to the Convention against Corruption"),
        .init(root: "HSP", body: .other, name: "UN-Habitat"),
        .init(root: "JIU", body: .other, name: "Joint Inspection Unit"),
        .init(root: "IDB", body: .other, name: "UNIDO Industrial Development Board"),
        .init(root: "SC", body: .securityCouncil, name: "Security Council press releases"),
        .init(root: "GA", body: .generalAssembly, name: "General Assembly press releases"),
        .init(root: "SG/SM", body: .secretariat, name: "Secretary-General's statements and messages"),
    ]

    /// The first parts a symbol may start with.
    static let firstParts: Set<String> = Set(all.map { String($0.root.split(separator: "/")[0]) })

    /// The series `symbol` belongs to: the longest root that is a whole leading part of it.
    static func of(_ symbol: String) -> SymbolSeries? {
        guard let slash = symbol.utf8.firstIndex(of: UInt8(ascii: "/")),
              let candidates = byFirstPart[String(decoding: symbol.utf8[..<slash], as: UTF8.self)]
        else { return nil }
        return candidates.first { symbol.hasPrefix($0.root) && symbol.utf8.dropFirst($0.root.utf8.count).first == UInt8(ascii: "/") }
    }

    /// The series by their first part, longer roots first.
    private static let byFirstPart: [String: [SymbolSeries]] = Dictionary(grouping: all) { String($0.root.split(separator: "/")[0]) }
}

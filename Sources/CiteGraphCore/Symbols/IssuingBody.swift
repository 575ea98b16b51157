/// The principal organ (or Council) a document comes from.
public enum IssuingBody: String, CaseIterable, Sendable {
    case generalAssembly = "GA"
    case securityCouncil = "SC"
    case humanRightsCouncil = "HRC"
    case economicAndSocialCouncil = "ECOSOC"
    case secretariat = "ST"
    case other = "other"

    init(symbol: String) {
        if symbol.hasPrefix("A/HRC/") {
            self = .humanRightsCouncil
        } else if symbol.hasPrefix("A/") {
            self = .generalAssembly
        } else if symbol.hasPrefix("S/") {
            self = .securityCouncil
        } else if symbol.hasPrefix("E/") {
            self = .economicAndSocialCouncil
        } else if symbol.hasPrefix("ST/") {
            self = .secretariat
        } else {
            self = .other
        }
    }
}

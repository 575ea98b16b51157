/// The principal organ (or Council) a document comes from.
public enum IssuingBody: String, CaseIterable, Sendable {
    case generalAssembly = "GA"
    case securityCouncil = "SC"
    case humanRightsCouncil = "HRC"
    case economicAndSocialCouncil = "ECOSOC"
    case secretariat = "ST"
    case other = "other"

    /// The body of a symbol's series (see `SymbolSeries`).
    init(symbol: String) {
        self = SymbolSeries.of(symbol)?.body ?? .other
    }
}

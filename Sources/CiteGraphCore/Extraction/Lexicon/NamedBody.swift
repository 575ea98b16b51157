/// Who a citing sentence says issued a numbered resolution or decision.
enum NamedBody: Equatable, Sendable {
    /// A UN organ whose numbers citegraph turns into symbols.
    case organ(IssuingBody)
    /// The Commission on Human Rights (1946–2006): resolution 2005/55 is E/CN.4/RES/2005/55.
    case commissionOnHumanRights
    /// Its Sub-Commission on the Promotion and Protection of Human Rights: E/CN.4/Sub.2/RES/1999/25.
    case subCommission
    /// "理事会", "the Council": the council whose document this is (the Human Rights Council in
    /// its resolutions, ECOSOC in its own).
    case ownCouncil
    /// Another organisation or a treaty body's own meeting (ITU, OAS, IAEA, WHA, a Conference of
    /// the Parties, a UN programme's governing body): its resolutions are not UN documents
    /// with these symbols, so they are no citation.
    case otherOrganisation
}

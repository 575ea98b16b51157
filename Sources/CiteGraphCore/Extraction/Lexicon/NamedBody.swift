/// Who a citing sentence says issued a numbered resolution or decision.
enum NamedBody: Equatable, Sendable {
    /// A UN organ whose numbers citegraph turns into symbols.
    case organ(IssuingBody)
    /// The Commission on Human Rights (1946–2006): resolution 2005/55 is E/CN.4/RES/2005/55.
    case commissionOnHumanRights
    /// Another organisation or a treaty body's own meeting (ITU, OAS, IAEA, WHA, a Conference of
    /// the Parties, a UN programme's governing body): its resolutions are not UN documents
    /// with these symbols, so they are no citation.
    case otherOrganisation
}

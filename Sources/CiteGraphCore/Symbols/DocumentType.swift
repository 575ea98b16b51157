/// What kind of document a node is, read from its symbol's series.
public enum DocumentType: String, CaseIterable, Sendable {
    case resolution
    case decision
    case presidentialStatement = "presidential_statement"
    case meetingRecord = "meeting_record"
    case draft
    /// Reports, letters, notes and every other document series.
    case document

    init(symbol: String) {
        let parts = symbol.split(separator: "/")
        if parts.contains("RES") {
            self = .resolution
        } else if parts.contains("DEC") {
            self = .decision
        } else if parts.contains("PRST") {
            self = .presidentialStatement
        } else if parts.contains(where: { $0.hasPrefix("PV.") }) {
            self = .meetingRecord
        } else if parts.contains(where: { $0.hasPrefix("L.") }) {
            self = .draft
        } else {
            self = .document
        }
    }

    /// The label used in tables and legends.
    public var label: String {
        switch self {
        case .resolution: "resolution"
        case .decision: "decision"
        case .presidentialStatement: "presidential statement"
        case .meetingRecord: "meeting record"
        case .draft: "draft"
        case .document: "report/letter"
        }
    }
}

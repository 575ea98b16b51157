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
        // One pass over the parts' bytes, no allocation: this runs for every citation written.
        var found = DocumentType.document
        var rank = 0  // resolution > decision > statement > meeting record > draft
        var symbol = symbol
        symbol.withUTF8 { bytes in
            var start = 0
            for end in 0...bytes.count where end == bytes.count || bytes[end] == 0x2F {
                let part = UnsafeBufferPointer(rebasing: bytes[start..<end])
                start = end + 1
                let (type, typeRank): (DocumentType, Int)
                if part.elementsEqual("RES".utf8) { (type, typeRank) = (.resolution, 5) }
                else if part.elementsEqual("DEC".utf8) { (type, typeRank) = (.decision, 4) }
                else if part.elementsEqual("PRST".utf8) { (type, typeRank) = (.presidentialStatement, 3) }
                else if part.starts(with: "PV.".utf8) { (type, typeRank) = (.meetingRecord, 2) }
                else if part.starts(with: "L.".utf8) { (type, typeRank) = (.draft, 1) }
                else { continue }
                if typeRank > rank { (found, rank) = (type, typeRank) }
            }
        }
        self = found
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

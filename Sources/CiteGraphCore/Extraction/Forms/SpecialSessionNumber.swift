/// A General Assembly number with its emergency special session in brackets, "2253 (ES-V)",
/// cites a resolution with no noun before it: only the Assembly holds emergency special
/// sessions (a plain special session, "337 (S-VII)", may be a regional commission's). A page
/// that starts in the middle of a sentence ("…rale 2253 (ES-V) et 2254 (ES-V), en date des 4")
/// loses nothing.
enum SpecialSessionNumber {
    /// The number written at `start` (a digit starting a token), if its bracket holds such a session.
    static func scan(_ s: [UInt8], at start: Int) -> CitationPhrase? {
        // A cheap test first: two to four digits, one space at most, then "(ES-".
        let digitsEnd = s.digitRunEnd(from: start)
        guard digitsEnd - start >= 2, digitsEnd - start <= 4 else { return nil }
        var i = digitsEnd
        if i < s.count, s[i] == 0x20 { i += 1 }
        guard s.has(emergency, at: i),
              let number = ResolutionNumber.scan(s, at: start), case .withSession = number.form
        else { return nil }
        return CitationPhrase(numbers: [number], noun: .resolution, spans: [number.range], end: number.range.upperBound)
    }

    private static let emergency = Bytes.of("(ES-")
}

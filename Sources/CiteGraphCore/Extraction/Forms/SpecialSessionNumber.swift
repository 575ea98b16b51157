/// A General Assembly number with its emergency special session in brackets, "2253 (ES-V)",
/// cites a resolution with no noun before it: only the Assembly holds emergency special
/// sessions (a plain special session, "337 (S-VII)", may be a regional commission's). A page
/// that starts in the middle of a sentence ("…rale 2253 (ES-V) et 2254 (ES-V), en date des 4")
/// loses nothing.
///
/// Read from the rare "(ES-", looking back to the number, so the digits of a text cost nothing.
enum SpecialSessionNumber {
    /// The number before the bracket at `bracket` (which holds "(ES-"), if it is a whole number
    /// of two to four digits, one space at most before the bracket.
    static func scan(_ s: [UInt8], bracketAt bracket: Int) -> CitationPhrase? {
        guard s.has(emergency, at: bracket) else { return nil }
        var digitsEnd = bracket
        if digitsEnd > 0, s[digitsEnd - 1] == 0x20 { digitsEnd -= 1 }
        var start = digitsEnd
        while start > 0, Bytes.isDigit(s[start - 1]) { start -= 1 }
        guard digitsEnd - start >= 2, digitsEnd - start <= 4, start == 0 || !(Bytes.isAlphanumeric(s[start - 1]) || s[start - 1] == 0x2F),
              let number = ResolutionNumber.scan(s, at: start), case .withSession = number.form
        else { return nil }
        return CitationPhrase(numbers: [number], noun: .resolution, spans: [number.range], end: number.range.upperBound)
    }

    private static let emergency = Bytes.of("(ES-")
}

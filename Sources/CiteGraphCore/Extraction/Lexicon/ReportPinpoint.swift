/// A pinpoint into a document just cited: "(E/2015/27), chap. I, sect. C, resolution 59/1",
/// "A/56/1026-S/2002/932, annex II, resolution 14/221". The resolution after it is one printed
/// inside that report (a conference's or a commission's own), not a UN resolution of its own
/// symbol.
enum ReportPinpoint {
    /// Whether a pinpoint and its comma stand right before the noun at `nounStart`.
    static func precedes(_ s: [UInt8], _ nounStart: Int) -> Bool {
        var i = nounStart
        while i > 0, Bytes.isSpace(s[i - 1]) { i -= 1 }
        guard i > 0, s[i - 1] == 0x2C /* , */ else { return false }
        i -= 1
        // Back over the pinpoint's number or letter ("I", "C", "II", "3"): letters, digits, spaces, full stops.
        let limit = max(0, i - maximumNumber)
        var k = i
        while k > limit, Bytes.isAlphanumeric(s[k - 1]) || s[k - 1] == 0x20 {
            if words.contains(where: { s.has($0, at: k - $0.count) && (k - $0.count == 0 || !Bytes.isLetter(s[k - $0.count - 1])) }) {
                return true
            }
            k -= 1
        }
        return words.contains { s.has($0, at: k - $0.count) }
    }

    /// The longest pinpoint word with its number ("annex XIII ").
    private static let maximumNumber = 16
    private static let words = ["chap.", "sect.", "annex", "annexe", "anexo", "cap."].map { Array($0.utf8) }
}

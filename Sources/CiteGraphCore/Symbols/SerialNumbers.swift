/// The series whose documents were once numbered serially, with no year or session part, and
/// the last number each reached before it changed to numbering by year: the Security Council's
/// S/1 … S/26999 until the end of 1993 (S/1994/1 came next). A longer number in such a series
/// is a number with a footnote marker run into it, as OCR of the printed volumes gives it
/// ("(S/194432)" for S/19443 and footnote 2).
enum SerialNumbers {
    static let last: [String: Int] = ["S": 26_999]

    /// How many digits a footnote marker glued to a serial number may have.
    static let markerDigits = 2

    /// The serial number `digits` of series `root` without the marker glued to it, or `nil`
    /// when the number is within the series as written (or no shorter reading is).
    static func withoutMarker(_ digits: String, root: String) -> String? {
        guard let last = last[root], let value = Int(digits), value > last else { return nil }
        var kept = digits
        for _ in 0..<markerDigits {
            kept.removeLast()
            if let shorter = Int(kept), shorter <= last, shorter > 0 { return kept }
        }
        return nil
    }
}

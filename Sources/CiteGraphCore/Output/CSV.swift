import Foundation

/// RFC 4180 fields: quoted when they hold a comma, quote or line break.
///
/// Every field may come from input (a file name becomes a node id when a document states no
/// symbol), and a spreadsheet opening the CSV runs a field that starts like a formula
/// (`=HYPERLINK(…)`, `@SUM(…)`, `-2+3+cmd|…`). Such a field gets a leading apostrophe, which
/// spreadsheets read as "text follows" (OWASP's advice on CSV injection); numbers are left as
/// they are, so `-0.5` stays a number.
enum CSV {
    static func row(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\n"
    }

    static func field(_ s: String) -> String {
        let s = startsFormula(s) ? "'" + s : s
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The characters a spreadsheet takes as the start of a formula or of a cell's command.
    private static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    private static func startsFormula(_ s: String) -> Bool {
        guard let first = s.first, formulaStarts.contains(first) else { return false }
        return Double(s) == nil
    }
}

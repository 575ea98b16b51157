/// Escaping for text taken from input (file names, node ids, quoted mentions) in Markdown,
/// so that it shows as written and can never become markup: no HTML element, link, image,
/// emphasis, code span, heading, list or table cell boundary.
enum Markdown {
    /// `startsBlock`: the text begins a paragraph or list item, where `-`, `+`, `=` and `1.`
    /// would start a list or underline a heading (in table cells and headings they cannot).
    static func escape(_ text: String, startsBlock: Bool = false) -> String {
        let s = Array(VisibleText.escape(text).unicodeScalars)
        var out = ""
        out.reserveCapacity(s.count)
        for (i, scalar) in s.enumerated() {
            switch scalar {
            // As entities, since some renderers pass raw HTML through even after a backslash.
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\\", "`", "*", "[", "]", "|", "~", "#":
                out += "\\" + String(scalar)
            case "_":
                // Inside a word `_` is never emphasis (CommonMark), so ids such as
                // 000_be461b3669ee6420 stay readable.
                let inWord = i > 0 && i + 1 < s.count && isWordCharacter(s[i - 1]) && isWordCharacter(s[i + 1])
                out += inWord ? "_" : "\\_"
            case "-" where startsBlock && i == 0, "+" where startsBlock && i == 0, "=" where startsBlock && i == 0:
                // A list item or a heading underline, at the start of a block.
                out += "\\" + String(scalar)
            case "." where startsBlock && startsWithNumber(s, before: i), ")" where startsBlock && startsWithNumber(s, before: i):
                // "1. item" at the start of a list item would open a nested list.
                out += "\\" + String(scalar)
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Whether everything before `i` is digits: `1.` and `1)` open ordered lists.
    private static func startsWithNumber(_ s: [Unicode.Scalar], before i: Int) -> Bool {
        i > 0 && s[..<i].allSatisfy(isASCIIDigit)
    }

    private static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || isASCIIDigit(scalar)
    }

    private static func isASCIIDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar)
    }
}

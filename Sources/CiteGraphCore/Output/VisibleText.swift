/// Text taken from input (file names above all) made safe to show a person: characters that
/// would break a line or drive a terminal — C0 and C1 controls, DEL, the bidirectional
/// overrides and isolates that make a name display reversed, and the noncharacters U+FFFE and
/// U+FFFF, which no XML can carry — are written as escapes
/// (`\n`, `\r`, `\t`, else `\u{1B}`), so one message stays one line and shows what is there.
public enum VisibleText {
    public static func escape(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: needsEscape) else { return s }
        var out = ""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where needsEscape(scalar): out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0xFFFE, 0xFFFF: true
        default: false
        }
    }
}

/// Escaping for XML text and attribute values.
enum XML {
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            // As character references, tab and line breaks survive in attribute values, which
            // XML otherwise normalises to spaces (and `a<TAB>b` would read back as `a b`).
            case "\t": out += "&#9;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            default:
                if canCarry(scalar) {
                    out.unicodeScalars.append(scalar)
                } else {
                    // Never dropped: shown as an escape. Node ids are escaped reversibly
                    // before they get here (`NodeName`).
                    out += VisibleText.escape(String(scalar))
                }
            }
        }
        return out
    }

    /// Whether XML 1.0 can carry the character at all (even as a character reference).
    static func canCarry(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: true
        case 0x00...0x1F, 0xFFFE, 0xFFFF: false
        default: true
        }
    }
}

/// Node ids as written where not every character may appear: XML (GraphML, GEXF) and
/// Graphviz's DOT, and so the SVG that Graphviz makes from it.
///
/// The escape is percent-encoding: `%` is written `%25`, and each character that may not
/// appear is written as `%` and two hex digits per UTF-8 byte (U+0001 → `%01`, U+FFFE →
/// `%EF%BF%BE`). Ids stay distinct (no character is dropped), ids without such characters are
/// written as they are, and any URL decoder gives the id back.
public enum NodeName {
    /// The id in GraphML and GEXF: escapes what XML 1.0 cannot carry (controls other than tab
    /// and line breaks, U+FFFE, U+FFFF).
    public static func xml(_ id: String) -> String {
        escape(id) { !XML.canCarry($0) }
    }

    /// The node's name in DOT, which Graphviz writes into the SVG's titles: besides what XML
    /// cannot carry, line breaks and tabs, `\` (DOT cannot end a string in one backslash)
    /// and `&` (Graphviz copies an entity such as `&#x3c;` into the SVG unescaped).
    public static func dot(_ id: String) -> String {
        escape(id) { !XML.canCarry($0) || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\\" || $0 == "&" }
    }

    /// The prefix of names that citegraph's drawing uses for nodes of its own (the timeline's
    /// years): no escaped id can start with it, since an escaped `%` is followed by two hex digits.
    static let internalPrefix = "%year:"

    private static func escape(_ id: String, _ mustEscape: (Unicode.Scalar) -> Bool) -> String {
        guard id.unicodeScalars.contains(where: { $0 == "%" || mustEscape($0) }) else { return id }
        var out = ""
        for scalar in id.unicodeScalars {
            if scalar == "%" || mustEscape(scalar) {
                for byte in String(scalar).utf8 { out += "%" + hex(byte) }
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }
}

/// Reads a UN document symbol written in text, such as `S/2023/856`, `A/HRC/56/25`,
/// `S/RES/2593 (2021)`, `A/79/L.5/Rev.1` or the joint `A/79/302-S/2024/600`, and gives its
/// canonical form.
enum SymbolScanner {
    struct Match {
        let symbol: Symbol
        /// The second symbol of a jointly issued document (`S/2024/600` in `A/79/302-S/2024/600`).
        let alias: Symbol?
        /// Where the written symbol ends.
        let end: Int
    }

    /// The series a symbol may start with: the principal organs, the Secretariat and the
    /// treaty bodies and programmes whose documents resolutions commonly cite.
    static let roots: Set<String> = [
        "A", "S", "E", "ST", "T", "DP", "TD", "UNEP", "CCPR", "CERD", "CEDAW", "CRC", "CAT",
        "CRPD", "CMW", "CED", "HRI", "ICEF", "UNW", "SPLOS", "ISBA", "ITLOS", "UNCITRAL",
    ]

    /// Suffixes that keep their written case: revision, addendum, corrigendum, amendment.
    private static let suffixes = ["REV": "Rev", "ADD": "Add", "CORR": "Corr", "AMEND": "Amend"]

    /// The symbol starting at `start`, which must be an upper-case letter the caller has
    /// checked is not inside a longer word.
    static func scan(_ s: [UInt8], at start: Int) -> Match? {
        guard let first = scanSingle(s, at: start) else { return nil }
        // A joint symbol: two symbols joined by a hyphen or dash, with optional spaces.
        var j = first.end
        while j < s.count, s[j] == 0x20 { j += 1 }
        var dashEnd = -1
        if j < s.count, s[j] == 0x2D { dashEnd = j + 1 }
        else if s.has(Token.enDash, at: j) || s.has(Token.emDash, at: j) { dashEnd = j + 3 }
        if dashEnd > 0 {
            var k = dashEnd
            while k < s.count, s[k] == 0x20 { k += 1 }
            if k < s.count, Bytes.isUpper(s[k]), let second = scanSingle(s, at: k) {
                return Match(symbol: first.symbol, alias: second.symbol, end: second.end)
            }
        }
        return Match(symbol: first.symbol, alias: nil, end: first.end)
    }

    private struct Single {
        let symbol: Symbol
        let end: Int
    }

    private static func scanSingle(_ s: [UInt8], at start: Int) -> Single? {
        var i = start
        while i < s.count, Bytes.isUpper(s[i]) { i += 1 }
        guard i > start, i - start <= 8, i < s.count, s[i] == 0x2F /* / */ else { return nil }
        let root = s.ascii(start..<i)
        guard roots.contains(root) else { return nil }
        var parts = [root]
        var sawDigit = false
        while i < s.count, s[i] == 0x2F, i + 1 < s.count, Bytes.isUpper(s[i + 1]) || Bytes.isDigit(s[i + 1]) {
            guard let (part, end) = scanPart(s, at: i + 1) else { break }
            parts.append(part)
            if part.utf8.contains(where: Bytes.isDigit) { sawDigit = true }
            i = end
        }
        guard parts.count >= 2, sawDigit else { return nil }
        // The numbered resolutions carry their year (SC) or session (early GA) in brackets,
        // often after a space: S/RES/2593 (2021), A/RES/3369 (XXX).
        if parts.count == 3, parts[1] == "RES", parts[2].utf8.allSatisfy(Bytes.isDigit) {
            if let (bracket, end) = ResolutionNumber.bracketedYearOrSession(s, from: i) {
                parts[2] += bracket
                i = end
            } else if root == "S", let number = Int(parts[2]), let year = SecurityCouncilYears.year(ofResolution: number) {
                parts[2] += "(\(year))"
            }
        }
        return Single(symbol: Symbol(assembled: parts.joined(separator: "/")), end: i)
    }

    /// One slash-separated part: `2023`, `PV.7813`, `C.3`, `ES-10`, `Rev.1`.
    private static func scanPart(_ s: [UInt8], at start: Int) -> (String, Int)? {
        var i = start
        var allLetters = true
        while i < s.count {
            let b = s[i]
            if Bytes.isAlphanumeric(b) {
                if !Bytes.isLetter(b) { allLetters = false }
                i += 1
            } else if b == 0x2E /* . */, i + 1 < s.count, Bytes.isAlphanumeric(s[i + 1]), i > start {
                allLetters = false
                i += 1
            } else if b == 0x2D /* - */, allLetters, i > start, i + 1 < s.count, Bytes.isDigit(s[i + 1]) {
                // ES-10, S-27: special sessions. A hyphen after digits starts a joint symbol.
                allLetters = false
                i += 1
            } else {
                break
            }
        }
        guard i > start else { return nil }
        return (canonicalPart(s.ascii(start..<i)), i)
    }

    private static func canonicalPart(_ part: String) -> String {
        if let dot = part.firstIndex(of: "."), let suffix = suffixes[part[..<dot].uppercased()] {
            return suffix + part[dot...]
        }
        return part.uppercased()
    }
}

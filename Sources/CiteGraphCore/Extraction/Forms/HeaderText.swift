/// The line patterns of a UN document's header, for `DocumentHeader`: each function looks at
/// one line (markdown decoration already stripped by `core`) and says what it is.
enum HeaderText {
    /// The line without surrounding spaces and Markdown decoration (`#`, `>`, `|`, `*`, `_`),
    /// so `| **S/RES/2446 (2018)** |` reads `S/RES/2446 (2018)`.
    static func core(_ range: Range<Int>, in s: [UInt8]) -> Range<Int> {
        var low = range.lowerBound
        var high = range.upperBound
        while low < high, Bytes.isSpace(s[low]) || decoration.contains(s[low]) { low += 1 }
        while high > low, Bytes.isSpace(s[high - 1]) || decoration.contains(s[high - 1]) || s[high - 1] == 0x5C { high -= 1 }
        return low..<high
    }

    private static let decoration: Set<UInt8> = Set("#>|*_".utf8)

    // MARK: Masthead

    /// A symbol standing at the start of the line (after "United Nations" or "联合国"), with
    /// nothing after it but masthead words ("Distr.: General", a date), or at the line's end.
    static func mastheadSymbol(_ s: [UInt8], in range: Range<Int>) -> SymbolScanner.Match? {
        var i = range.lowerBound
        if let name = organisationNames.match(in: s, at: i) { i = s.skippingSpaces(from: i + name.length) }
        if i < range.upperBound, Bytes.isUpper(s[i]), let match = SymbolScanner.scan(s, at: i), match.end <= range.upperBound,
           endsMasthead(s, from: match.end, to: range.upperBound) {
            return match
        }
        // A symbol ending the line after the organisation's or organ's name: "General Assembly
        // A/RES/80/4", "United Nations | S/2020/185" (not "Action on draft resolution A/C.3/79/L.12").
        // A symbol is short: look for its start in the line's last bytes only.
        var k = range.upperBound - 1
        let from = max(i + 1, range.upperBound - longestMastheadSymbol)
        while k >= from {
            if Bytes.isUpper(s[k]), Bytes.isSpace(s[k - 1]) || s[k - 1] == 0x7C,
               let match = SymbolScanner.scan(s, at: k), endsMasthead(s, from: match.end, to: range.upperBound), isMastheadLead(s, i..<k) {
                return match
            }
            k -= 1
        }
        return nil
    }

    /// The longest symbol with what may follow it on a masthead line ("A/79/302-S/2024/600 *").
    private static let longestMastheadSymbol = 48

    /// Whether `range` holds nothing but the names of the organisation and its organs.
    private static func isMastheadLead(_ s: [UInt8], _ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        while i < range.upperBound {
            if Bytes.isSpace(s[i]) || s[i] == 0x7C { i += 1; continue }
            guard let name = mastheadNames.match(in: s, at: i) else { return false }
            i += name.length
        }
        return true
    }

    static let mastheadNames = PatternSet<Void>([
        ("United Nations", ()), ("联合国", ()), ("Nations Unies", ()), ("Naciones Unidas", ()),
        ("Организация Объединенных Наций", ()), ("General Assembly", ()), ("Security Council", ()),
        ("Economic and Social Council", ()), ("Human Rights Council", ()), ("Trusteeship Council", ()),
        ("Assemblée générale", ()), ("Conseil de sécurité", ()), ("Asamblea General", ()), ("Consejo de Seguridad", ()),
        ("Генеральная Ассамблея", ()), ("Совет Безопасности", ()), ("大会", ()), ("安全理事会", ()),
        ("经济及社会理事会", ()), ("人权理事会", ()), ("Conference on Disarmament", ()), ("Secretariat", ()),
        // Old mastheads set the names in capitals over several lines: UNITED / GENERAL / ASSEMBLY.
        ("United", ()), ("Nations", ()), ("General", ()), ("Assembly", ()), ("Security", ()), ("Council", ()),
        ("Economic", ()), ("and", ()), ("Social", ()),
    ])

    /// Whether what follows a masthead symbol up to `end` is masthead matter: nothing, `*`,
    /// a table cell, "Distr.", a status word or a date.
    private static func endsMasthead(_ s: [UInt8], from index: Int, to end: Int) -> Bool {
        var i = index
        while i < end, s[i] == 0x2A /* * */ || s[i] == 0x7C || Bytes.isSpace(s[i]) { i += 1 }
        if i >= end { return true }
        if Bytes.isDigit(s[i]) { return true }
        // A name that stands alone ("S/2020/185  安全理事会"), not the start of a title ("安全理事会主席的说明").
        guard let word = mastheadWords.match(in: s, at: i) ?? mastheadNames.match(in: s, at: i) else { return false }
        let after = i + word.length
        return s[i] < 0x80 || after >= end || Bytes.isSpace(s[after]) || s[after] == 0x7C
    }

    static let organisationNames = PatternSet<Void>([
        ("联合国新闻稿", ()), ("United Nations Press Release", ()), ("Press Release", ()),
        ("United Nations", ()), ("联合国", ()), ("Nations Unies", ()), ("Naciones Unidas", ()),
        ("Организация Объединенных Наций", ()),
    ])
    static let mastheadWords = PatternSet<Void>([
        ("Distr", ()), ("General", ()), ("Limited", ()), ("Restricted", ()), ("Original", ()), ("Générale", ()),
        ("Limitée", ()), ("Generales", ()), ("Limitada", ()), ("Общая", ()), ("Ограниченный", ()), ("Chinese", ()),
        ("English", ()), ("中文", ()), ("原文", ()), ("大会", ()), ("安全理事会", ()), ("Official Records", ()),
    ])
}

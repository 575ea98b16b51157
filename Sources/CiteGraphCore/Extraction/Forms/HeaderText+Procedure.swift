/// How an adopted resolution came to be: its adoption notes, never citations.
extension HeaderText {

    /// "[on the report of the First Committee (A/80/534)]", "[根据第一委员会的报告(A/80/534)通过]"
    /// or the draft's "(A/80/L.9)" in the header: how the resolution was adopted, not a citation.
    static func opensProcedure(_ s: [UInt8], in range: Range<Int>, inHeader: Bool) -> Bool {
        guard inHeader, !range.isEmpty else { return false }
        let first = s[range.lowerBound]
        // "[on the report of …]", "[without⏎reference to a Main Committee (A/72/L.3 …)]": any note in
        // brackets below the heading (not a JSON list, `["…`).
        if first == 0x5B /* [ */ { return range.count > 1 && (Bytes.isLetter(s[range.lowerBound + 1]) || s[range.lowerBound + 1] >= 0xC0) }
        // "(A/80/L.9)" alone on its line, or "(A/80/L.9 and Add.1)".
        guard first == 0x28 /* ( */, s[range.upperBound - 1] == 0x29 || s[range.upperBound - 1] == 0x5D else { return false }
        let i = s.skippingSpaces(from: range.lowerBound + 1)
        guard i < range.upperBound, Bytes.isUpper(s[i]), let match = SymbolScanner.scan(s, at: i) else { return false }
        return range.upperBound - match.end <= maximumProcedureTail
    }

    /// What may follow the symbol of a "(A/80/L.9 and A/80/L.9/Add.1)" line, in bytes.
    private static let maximumProcedureTail = 24

    static func closesBracket(_ s: [UInt8], in range: Range<Int>) -> Bool {
        s[range].contains(0x5D)
    }

    /// Whether `offset` stands inside an adoption note written anywhere, as web pages run a
    /// header into one line: "[on the report of the Sixth Committee (A/75/427, para. 7)]",
    /// "[根据第一委员会的报告(A/50/592)通过]".
    static func isInAdoptionNote(_ s: [UInt8], at offset: Int) -> Bool {
        var i = offset - 1
        let limit = max(0, offset - maximumNoteLead)
        while i >= limit {
            if s[i] == 0x5D || s[i] == 0x0A { return false }
            if s[i] == 0x5B { return adoptionNotes.match(in: s, at: s.skippingSpaces(from: i + 1)) != nil }
            i -= 1
        }
        return false
    }

    private static let maximumNoteLead = 200
    private static let adoptionNotes = PatternSet<Void>([
        ("on the report of", ()), ("without reference to a Main Committee", ()), ("根据", ()), ("未经发交主要委员会", ()),
        ("on a proposal", ()), ("on the proposal", ()), ("on the recommendation", ()), ("without", ()),
        ("未交主要委员会", ()), ("sur la base du rapport", ()), ("sans renvoi", ()), ("sobre la base del informe", ()),
        ("sin remisión", ()), ("по докладу", ()), ("без передачи", ()),
    ])
}

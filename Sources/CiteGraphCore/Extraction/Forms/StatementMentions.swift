import Foundation

/// Presidential statements named without their symbol ("安理会主席关于阿富汗局势的声明",
/// "the statements by the President of the Security Council on Afghanistan"). Which
/// statement is meant cannot be told from the text, so they are reported as unresolved,
/// never guessed. One followed by its symbol or a footnote marker is resolved elsewhere.
enum StatementMentions {
    /// Whether a byte can start a statement mention: 主's lead byte, s/S or p/P.
    @inline(__always)
    static func mayStart(_ b: UInt8) -> Bool {
        b == 0xE4 || b | 0x20 == 0x73 || b | 0x20 == 0x70
    }

    /// The unresolved statement mention starting at `i`, if there is one.
    static func unresolved(in s: [UInt8], at i: Int) -> Range<Int>? {
        guard let range = chinese(s, at: i) ?? english(s, at: i),
              !isResolved(s, after: range.upperBound), !isTitleOrFormula(s, range)
        else { return nil }
        return range
    }

    /// 主席…声明 with at most `chineseGap` bytes between, the Council's name included when it
    /// stands just before.
    private static func chinese(_ s: [UInt8], at i: Int) -> Range<Int>? {
        // 主席 is E4 B8 BB E5 B8 AD: compare the literal bytes before anything else.
        guard i + 5 < s.count, s[i] == 0xE4, s[i + 1] == 0xB8, s[i + 2] == 0xBB, s[i + 3] == 0xE5, s[i + 4] == 0xB8, s[i + 5] == 0xAD
        else { return nil }
        var j = i + president.count
        let limit = min(s.count, j + chineseGap)
        while j < limit, !s.has(statement, at: j) {
            if s.has(fullStop, at: j) || s.has(fullComma, at: j) || s.has(fullSemicolon, at: j) || s[j] == 0x0A { return nil }
            j += 1
        }
        guard j < limit else { return nil }
        var start = i
        for council in councils where s.has(council, at: i - council.count) { start = i - council.count }
        return start..<(j + statement.count)
    }

    private static func english(_ s: [UInt8], at i: Int) -> Range<Int>? {
        englishPhrases.match(in: s, at: i).map { i..<(i + $0.length) }
    }

    /// A statement's own title line ("安全理事会主席的声明", "Statement by the President of the
    /// Security Council") or its opening formula ("主席代表安理会发表如下声明") names the document
    /// itself, not another one.
    private static func isTitleOrFormula(_ s: [UInt8], _ range: Range<Int>) -> Bool {
        if formula.lastMatch(in: s, range) != nil { return true }
        var start = range.lowerBound
        while start > 0, s[start - 1] != 0x0A {
            guard Bytes.isSpace(s[start - 1]) else { return false }
            start -= 1
        }
        // The rest of the line may only name the Council.
        var end = range.upperBound
        while end < s.count, s[end] != 0x0A { end += 1 }
        let rest = String(decoding: s[range.upperBound..<end], as: UTF8.self).trimmingCharacters(in: .whitespaces)
        return rest.isEmpty || rest == "of the Security Council"
    }

    private static let formula = PatternSet<Void>([("如下声明", ())])

    /// Followed, before the sentence ends, by an `S/PRST/` symbol or a footnote marker.
    private static func isResolved(_ s: [UInt8], after end: Int) -> Bool {
        let limit = min(s.count, end + 160)
        var j = end
        while j < limit {
            if s.has(prst, at: j) { return true }
            if Footnotes.superscriptDigit(s, at: j) != nil {
                return j - end <= 6  // a footnote marker right after the phrase: its footnote has the symbol
            }
            if s[j] == 0x3B || s[j] == 0x0A || s.has(fullStop, at: j) || s.has(fullSemicolon, at: j)
                || (s[j] == 0x2E && j + 1 < s.count && s[j + 1] == 0x20) { return false }
            j += 1
        }
        return false
    }

    private static let chineseGap = 90
    private static let president = Bytes.of("主席")
    private static let statement = Bytes.of("声明")
    private static let councils = [Bytes.of("安全理事会"), Bytes.of("安理会")]
    private static let prst = Bytes.of("S/PRST/")
    private static let fullStop = Bytes.of("。")
    private static let fullComma = Bytes.of("，")
    private static let fullSemicolon = Bytes.of("；")
    private static let englishPhrases = PatternSet<Void>([
        ("statements by the president", ()), ("statement by the president", ()), ("statements by its president", ()),
        ("statement by its president", ()), ("presidential statements", ()), ("presidential statement", ()),
    ])
}

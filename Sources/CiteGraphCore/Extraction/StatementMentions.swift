/// Presidential statements named without their symbol ("安理会主席关于阿富汗局势的声明",
/// "the statements by the President of the Security Council on Afghanistan"). Which
/// statement is meant cannot be told from the text, so they are reported as unresolved,
/// never guessed. One followed by its symbol or a footnote marker is resolved elsewhere.
enum StatementMentions {
    /// Byte ranges of unresolved statement mentions in `s`.
    static func unresolved(in s: [UInt8]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var i = 0
        while i < s.count {
            if let range = chinese(s, at: i) ?? english(s, at: i) {
                if !isResolved(s, after: range.upperBound) { found.append(range) }
                i = range.upperBound
            } else {
                i += 1
            }
        }
        return found
    }

    /// 主席…声明 with at most `chineseGap` bytes between, the Council's name included when it
    /// stands just before.
    private static func chinese(_ s: [UInt8], at i: Int) -> Range<Int>? {
        guard s.has(president, at: i) else { return nil }
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
        guard i == 0 || !Bytes.isLetter(s[i - 1]) else { return nil }
        for phrase in englishPhrases where matchesIgnoringCase(s, phrase, at: i) {
            return i..<(i + phrase.count)
        }
        return nil
    }

    /// Followed, before the sentence ends, by an `S/PRST/` symbol or a footnote marker.
    private static func isResolved(_ s: [UInt8], after end: Int) -> Bool {
        let limit = min(s.count, end + 160)
        var j = end
        while j < limit {
            if s.has(prst, at: j) { return true }
            if s[j] == 0xC2 || (s[j] == 0xE2 && j + 1 < s.count && s[j + 1] == 0x81) {
                return j - end <= 6  // a superscript right after the phrase: its footnote has the symbol
            }
            if s[j] == 0x3B || s[j] == 0x0A || s.has(fullStop, at: j) || s.has(fullSemicolon, at: j)
                || (s[j] == 0x2E && j + 1 < s.count && s[j + 1] == 0x20) { return false }
            j += 1
        }
        return false
    }

    private static func matchesIgnoringCase(_ s: [UInt8], _ phrase: [UInt8], at i: Int) -> Bool {
        guard i + phrase.count <= s.count else { return false }
        for k in 0..<phrase.count where s[i + k] | 0x20 != phrase[k] && s[i + k] != phrase[k] { return false }
        return true
    }

    private static let chineseGap = 90
    private static let president = Bytes.of("主席")
    private static let statement = Bytes.of("声明")
    private static let councils = [Bytes.of("安全理事会"), Bytes.of("安理会")]
    private static let prst = Bytes.of("S/PRST/")
    private static let fullStop = Bytes.of("。")
    private static let fullComma = Bytes.of("，")
    private static let fullSemicolon = Bytes.of("；")
    private static let englishPhrases = [
        "statements by the president", "statement by the president", "statements by its president",
        "statement by its president", "presidential statements", "presidential statement",
    ].map { Array($0.utf8) }
}

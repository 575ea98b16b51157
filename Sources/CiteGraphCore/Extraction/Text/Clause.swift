/// Where the clause holding a byte begins: after the nearest ; , or sentence-ending full stop
/// (ASCII or full-width 。；，) before it. Used wherever a word before a citation governs
/// it only within its clause (the body that issued it).
enum Clause {
    static func start(in s: [UInt8], before index: Int, lookback: Int) -> Int {
        let limit = max(0, index - lookback)
        var i = index - 1
        while i >= limit {
            let b = s[i]
            if b == 0x3B /* ; */ || b == 0x2C /* , */ || (b == 0x2E && i + 1 < s.count && s[i + 1] == 0x20) { return i + 1 }
            if b >= 0x80, i >= 2, ends.contains(where: { s.has($0, at: i - 2) }) { return i + 1 }
            i -= 1
        }
        // Do not start in the middle of a UTF-8 sequence.
        var start = limit
        while start < index, s[start] & 0xC0 == 0x80 { start += 1 }
        return start
    }

    private static let ends = [ChineseWords.fullStop, ChineseWords.fullSemicolon, ChineseWords.fullComma]
}

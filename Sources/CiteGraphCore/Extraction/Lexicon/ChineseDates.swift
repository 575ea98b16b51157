/// Dates as Chinese texts write them before a cited number: "2023 年 4 月 27 日",
/// "一九七三年十月二十二日", or a month and day alone in a list ("十月二十五日").
enum ChineseDates {
    /// Past the date at `index` (spaces allowed), or `index` if none is there.
    static func skipping(_ s: [UInt8], from index: Int) -> Int {
        var i = index
        var sawUnit = false
        for unit in [ChineseWords.year, ChineseWords.month, ChineseWords.day] {
            // Year, month and day in that order, each optional: 十月二十五日 has no year.
            let numberEnd = numeralRunEnd(s, from: i)
            guard numberEnd > i else { break }
            let unitStart = s.skippingSpaces(from: numberEnd)
            guard s.has(unit, at: unitStart) else { continue }
            i = s.skippingSpaces(from: unitStart + unit.count)
            sawUnit = true
        }
        return sawUnit ? i : index
    }

    /// The end of a run of ASCII digits or Chinese numerals (一 … 十, 〇, ○, 零) from `index`.
    private static func numeralRunEnd(_ s: [UInt8], from index: Int) -> Int {
        var i = index
        while i < s.count {
            if Bytes.isDigit(s[i]) {
                i += 1
            } else if ChineseNumerals.numeral(s, at: i) != nil {
                i += 3
            } else {
                break
            }
        }
        return i
    }
}

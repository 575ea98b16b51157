/// Finds dates written out in running text: "7 December 2020", "December 7, 2020",
/// "10 de diciembre de 1996", "1er décembre 1999", "December 1996", "1996年12月10日",
/// "1996年12月". Works on Characters (a header or a few words around a mention, never a
/// whole corpus).
enum DateText {
    struct Match {
        /// Character offsets of the date in the text searched.
        let range: Range<Int>
        let date: PartialDate
    }

    /// Every date in `text`, in order, none overlapping.
    static func dates(in text: [Character]) -> [Match] {
        var found: [Match] = []
        var i = 0
        while i < text.count {
            if mayStart(text[i]), startsWord(text, i), let match = date(at: i, in: text) {
                found.append(match)
                i = match.range.upperBound
            } else {
                i += 1
            }
        }
        return found
    }

    /// The first date in `text`.
    static func first(in text: [Character]) -> Match? {
        var i = 0
        while i < text.count {
            if mayStart(text[i]), startsWord(text, i), let match = date(at: i, in: text) { return match }
            i += 1
        }
        return nil
    }

    /// A date can start with this character: a digit, a Chinese numeral, a month's first
    /// letter (Latin or Cyrillic). Most characters are passed over by their scalar's value alone.
    static func mayStart(_ c: Character) -> Bool {
        guard let scalar = c.unicodeScalars.first?.value else { return false }
        switch scalar {
        case 0x30...0x39: return true
        case 0x41...0x5A, 0x61...0x7A: return MonthNames.firstLetters.contains(c)
        case 0x400...0x4FF: return true
        case 0x3007, 0x96F6, 0x25CB, 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D: return true
        default: return false
        }
    }

    /// A date starting exactly at `i`.
    static func date(at i: Int, in text: [Character]) -> Match? {
        if let match = chinese(at: i, in: text) { return match }
        if let match = dayFirst(at: i, in: text) { return match }
        return monthFirst(at: i, in: text)
    }

    /// 1996年12月10日, 1996年12月, spaces allowed between the parts; or in Chinese numerals,
    /// 二零零六年十月十四日.
    private static func chinese(at i: Int, in text: [Character]) -> Match? {
        if let match = chineseNumerals(at: i, in: text) { return match }
        if let match = runTogether(at: i, in: text) { return match }
        guard let (year, afterYear) = number(text, i, digits: 4...4) else { return nil }
        var j = skipSpaces(text, afterYear)
        guard j < text.count, text[j] == "年" else { return nil }
        j = skipSpaces(text, j + 1)
        guard let (month, afterMonth) = number(text, j, digits: 1...2) else {
            return PartialDate(year: year).map { Match(range: i..<(j), date: $0) }
        }
        var k = skipSpaces(text, afterMonth)
        guard k < text.count, text[k] == "月" else { return PartialDate(year: year).map { Match(range: i..<afterYear + 1, date: $0) } }
        k += 1
        let monthEnd = k
        k = skipSpaces(text, k)
        if let (day, afterDay) = number(text, k, digits: 1...2) {
            let d = skipSpaces(text, afterDay)
            if d < text.count, text[d] == "日" || text[d] == "号", let date = PartialDate(year: year, month: month, day: day) {
                return Match(range: i..<d + 1, date: date)
            }
        }
        return PartialDate(year: year, month: month).map { Match(range: i..<monthEnd, date: $0) }
    }

    /// 二零零六年十月十四日, 一九九八年六月十二日: a year digit by digit, month and day counted.
    private static func chineseNumerals(at i: Int, in text: [Character]) -> Match? {
        var j = i, year = 0
        while j < text.count, j - i < 4, let digit = chineseDigits[text[j]] {
            year = year * 10 + digit
            j += 1
        }
        guard j - i == 4, j < text.count, text[j] == "年" else { return nil }
        j += 1
        guard let (month, afterMonth) = counted(text, j), afterMonth < text.count, text[afterMonth] == "月" else {
            return PartialDate(year: year).map { Match(range: i..<j, date: $0) }
        }
        j = afterMonth + 1
        if let (day, afterDay) = counted(text, j), afterDay < text.count, text[afterDay] == "日",
           let date = PartialDate(year: year, month: month, day: day) {
            return Match(range: i..<afterDay + 1, date: date)
        }
        return PartialDate(year: year, month: month).map { Match(range: i..<j, date: $0) }
    }

    /// "2004428日": a date whose 年 and 月 a copy lost, read when only one month and day fit.
    private static func runTogether(at i: Int, in text: [Character]) -> Match? {
        guard let (value, end) = number(text, i, digits: 5...8), end < text.count, text[end] == "日" else { return nil }
        let digits = String(value)
        guard digits.count == end - i else { return nil }
        let year = Int(digits.prefix(4)) ?? 0
        let rest = Array(digits.dropFirst(4))
        var found: [PartialDate] = []
        for split in 1..<rest.count {
            let month = Int(String(rest[..<split])) ?? 0, day = Int(String(rest[split...])) ?? 0
            if rest[split] != "0" || rest.count - split == 2, let date = PartialDate(year: year, month: month, day: day) { found.append(date) }
        }
        guard found.count == 1 else { return nil }
        return Match(range: i..<end + 1, date: found[0])
    }

    private static let chineseDigits: [Character: Int] = [
        "〇": 0, "零": 0, "○": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]

    /// 一 to 三十一: 十 alone is 10, 十二 is 12, 二十 is 20, 三十一 is 31.
    private static func counted(_ text: [Character], _ i: Int) -> (Int, Int)? {
        var j = i, value = 0, tens = false
        while j < text.count, j - i < 3 {
            if text[j] == "十" {
                guard !tens else { return nil }
                value = (value == 0 ? 1 : value) * 10
                tens = true
            } else if let digit = chineseDigits[text[j]], digit > 0 {
                value = tens ? value + digit : value * 10 + digit
            } else {
                break
            }
            j += 1
        }
        return j > i && value > 0 ? (value, j) : nil
    }

    /// 7 December 2020, 1er décembre 1999, 10 de diciembre de 1996, 25 сентября 2015 (года).
    private static func dayFirst(at i: Int, in text: [Character]) -> Match? {
        guard let (day, afterDay) = number(text, i, digits: 1...2) else { return nil }
        var j = afterDay
        if text.hasWord("er", at: j) { j += 2 }
        j = skipSpaces(text, j)
        if text.hasWord("de", at: j) { j = skipSpaces(text, j + 2) }
        guard let (month, afterMonth) = monthName(text, j) else { return nil }
        var k = skipSpaces(text, afterMonth)
        if text.hasWord("de", at: k) { k = skipSpaces(text, k + 2) }
        guard let (year, afterYear) = number(text, k, digits: 4...4),
              let date = PartialDate(year: year, month: month, day: day) else { return nil }
        return Match(range: i..<afterYear, date: date)
    }

    /// December 7, 2020; December 1996; diciembre de 1996.
    private static func monthFirst(at i: Int, in text: [Character]) -> Match? {
        // "31 February 2020": a day that cannot be, not a month.
        if i >= 2, text[i - 1] == " ", text[i - 2].asciiDigit != nil { return nil }
        guard let (month, afterMonth) = monthName(text, i) else { return nil }
        var j = skipSpaces(text, afterMonth)
        if let (day, afterDay) = number(text, j, digits: 1...2) {
            var k = afterDay
            guard k < text.count, text[k] == "," else { return nil }
            k = skipSpaces(text, k + 1)
            guard let (year, afterYear) = number(text, k, digits: 4...4),
                  let date = PartialDate(year: year, month: month, day: day) else { return nil }
            return Match(range: i..<afterYear, date: date)
        }
        if text.hasWord("de", at: j) { j = skipSpaces(text, j + 2) }
        guard let (year, afterYear) = number(text, j, digits: 4...4), let date = PartialDate(year: year, month: month) else { return nil }
        return Match(range: i..<afterYear, date: date)
    }

    /// A month's name starting at `i`, as a whole word, any case.
    private static func monthName(_ text: [Character], _ i: Int) -> (Int, Int)? {
        guard i < text.count, MonthNames.firstLetters.contains(text[i]) else { return nil }
        var j = i
        while j < text.count, j - i <= MonthNames.longest, text[j].isLetter { j += 1 }
        guard j - i >= 3, j - i <= MonthNames.longest, let month = MonthNames.byName[String(text[i..<j]).lowercased()] else { return nil }
        return (month, j)
    }

    /// A number of `digits` ASCII digits starting at `i`, not followed by another digit.
    private static func number(_ text: [Character], _ i: Int, digits: ClosedRange<Int>) -> (Int, Int)? {
        var j = i
        var value = 0
        while j < text.count, let digit = text[j].asciiDigit, j - i < digits.upperBound {
            value = value * 10 + digit
            j += 1
        }
        guard digits.contains(j - i), j >= text.count || text[j].asciiDigit == nil else { return nil }
        return (value, j)
    }

    private static func skipSpaces(_ text: [Character], _ i: Int) -> Int {
        var j = i
        while j < text.count, text[j].isSpace { j += 1 }
        return j
    }

    /// Not inside a word or number.
    static func startsWord(_ text: [Character], _ i: Int) -> Bool {
        i == 0 || !(text[i - 1].isLetter || text[i - 1].isNumber) || text[i - 1].isCJK
    }
}

extension Character {
    /// The value of an ASCII digit.
    var asciiDigit: Int? {
        guard let ascii = asciiValue, (0x30...0x39).contains(ascii) else { return nil }
        return Int(ascii - 0x30)
    }
}

extension Character {
    /// White space, ASCII looked up without Unicode's tables.
    var isSpace: Bool {
        if let ascii = asciiValue { return ascii == 0x20 || (0x09...0x0D).contains(ascii) }
        return isWhitespace
    }
}

extension Array where Element == Character {
    /// `word` (lower case) stands at `i` as a whole word, in any case.
    func hasWord(_ word: String, at i: Int) -> Bool {
        var j = i
        for c in word {
            guard j < count, self[j].lowercased() == String(c) else { return false }
            j += 1
        }
        return j >= count || !self[j].isLetter
    }
}

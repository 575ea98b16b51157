/// Reads a Chinese resolution or decision citation starting at a number:
///
///     第 77/10 号决议                     第 2615 (2021)号决议         ES-10/23 号决议
///     第 1267(1999)、1989(2011) 和 2253(2015) 号决议
///     2021 年 8 月 30 日第 2593(2021) 号、2023 年 4 月 27 日第 2681(2023) 号……决议
///     第 77/10 号和第 77/18 号决定
///
/// A list is one phrase: its numbers are joined by 、 和 及 以及 与, each may carry its own
/// date and 第…号, and the noun at the end (决议 or 决定) decides what all of them are. A number
/// whose phrase ends in anything else (第 1249 卷, 第 20378 号。, 第 8852 次会议, 第 1(a) 段) is
/// not a citation.
enum ChinesePhraseScanner {
    /// The phrase whose first number starts at `start`, or `nil` if the number there does not
    /// begin a citation phrase.
    static func scan(_ s: [UInt8], at start: Int) -> CitationPhrase? {
        var numbers: [ResolutionNumber] = []
        var spans: [Range<Int>] = []
        var mentionStart = ordinalStart(s, before: start)
        var i = start
        while numbers.count < maximumListLength {
            guard let number = ResolutionNumber.scan(s, at: i) else { return nil }
            numbers.append(number)
            i = s.skippingSpaces(from: number.range.upperBound)
            if s.has(Token.hao, at: i) {
                i = s.skippingSpaces(from: i + Token.hao.count)
                for (word, noun) in nouns where s.has(word, at: i) {
                    let end = i + word.count
                    spans.append(mentionStart..<end)
                    return CitationPhrase(numbers: numbers, noun: noun, spans: spans, end: end)
                }
            }
            spans.append(mentionStart..<number.range.upperBound)
            // The list goes on only after a list separator.
            guard let separatorEnd = separatorEnd(s, at: i) else { return nil }
            i = skippingDate(s, from: s.skippingSpaces(from: separatorEnd))
            mentionStart = i
            if s.has(Token.di, at: i) { i = s.skippingSpaces(from: i + Token.di.count) }
            guard i < s.count, Bytes.isDigit(s[i]) || s[i] == 0x45 /* E of ES- */ else { return nil }
        }
        return nil
    }

    private static let maximumListLength = 400
    private static let nouns: [([UInt8], CitedNoun)] = [(Token.jueyi, .resolution), (Token.jueding, .decision)]
    private static let separators = [Token.dunhao, Token.yiji, Token.he, Token.ji, Token.yu]

    private static func separatorEnd(_ s: [UInt8], at i: Int) -> Int? {
        for separator in separators where s.has(separator, at: i) { return i + separator.count }
        return nil
    }

    /// Where a mention begins: at a 第 just before the number, else at the number.
    private static func ordinalStart(_ s: [UInt8], before start: Int) -> Int {
        var i = start
        while i > 0, s[i - 1] == 0x20 { i -= 1 }
        return s.has(Token.di, at: i - Token.di.count) ? i - Token.di.count : start
    }

    /// Past a date such as "2023 年 4 月 27 日" (spaces optional), or `index` if none is there.
    private static func skippingDate(_ s: [UInt8], from index: Int) -> Int {
        var i = index
        for unit in [Token.nian, Token.yue, Token.ri] {
            let digitsEnd = s.digitRunEnd(from: i)
            guard digitsEnd > i else { return index }
            let unitStart = s.skippingSpaces(from: digitsEnd)
            guard s.has(unit, at: unitStart) else { return index }
            i = s.skippingSpaces(from: unitStart + unit.count)
        }
        return i
    }
}


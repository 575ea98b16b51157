/// Reads a Chinese resolution or decision citation starting at a number:
///
///     第 77/10 号决议                     第 2615 (2021)号决议         ES-10/23 号决议
///     第 1267(1999)、1989(2011) 和 2253(2015) 号决议
///     2021 年 8 月 30 日第 2593(2021) 号、2023 年 4 月 27 日第 2681(2023) 号……决议
///     一九七三年十月二十二日第338(1973)号、十月二十五日第340(1973)号决议
///     第 77/10 号和第 77/18 号决定               第242(1967)号 第338(1973)号决议
///
/// A list is one phrase: its numbers are joined by 、 和 及 以及 与 (or follow each other as
/// 第…号 第…号), each may carry its own date and 第…号, and the noun at the end (决议 or 决定)
/// decides what all of them are. A number whose phrase ends in anything else (第 1249 卷,
/// 第 20378 号。, 第 8852 次会议, 第 1(a) 段) is not a citation. Traditional characters were
/// folded into simplified ones, and spaces between characters dropped, by normalization.
enum ChinesePhraseScanner {
    /// Whether a number can start at byte `b`: a digit, or the E/S of ES-10/23 and S-10/2.
    static func mayStart(_ b: UInt8) -> Bool {
        Bytes.isDigit(b) || b == 0x45 || b == 0x53
    }

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
            var sawMarker = false
            if s.has(ChineseWords.numberMarker, at: i) {
                sawMarker = true
                i = s.skippingSpaces(from: i + ChineseWords.numberMarker.count)
                for (word, noun) in nouns where s.has(word, at: i) {
                    let end = i + word.count
                    spans.append(mentionStart..<end)
                    return CitationPhrase(numbers: numbers, noun: noun, spans: spans, end: end)
                }
            }
            spans.append(mentionStart..<number.range.upperBound)
            // The list goes on after a list separator, or with the next 第 after a 号.
            if let separatorEnd = separatorEnd(s, at: i) {
                i = ChineseDates.skipping(s, from: s.skippingSpaces(from: separatorEnd))
            } else {
                let next = ChineseDates.skipping(s, from: i)
                guard sawMarker, s.has(ChineseWords.ordinal, at: next) else { return nil }
                i = next
            }
            mentionStart = i
            if s.has(ChineseWords.ordinal, at: i) { i = s.skippingSpaces(from: i + ChineseWords.ordinal.count) }
            guard i < s.count, mayStart(s[i]) else { return nil }
        }
        return nil
    }

    /// Longer lists are not citation lists; the longest real one seen is under 60 numbers.
    static let maximumListLength = 100_000
    private static let nouns: [([UInt8], CitedNoun)] = [(ChineseWords.resolution, .resolution), (ChineseWords.decision, .decision)]

    private static func separatorEnd(_ s: [UInt8], at i: Int) -> Int? {
        for separator in ChineseWords.separators where s.has(separator, at: i) { return i + separator.count }
        return nil
    }

    /// Where a mention begins: at a 第 just before the number, else at the number.
    private static func ordinalStart(_ s: [UInt8], before start: Int) -> Int {
        var i = start
        while i > 0, Bytes.isSpace(s[i - 1]) { i -= 1 }
        return s.has(ChineseWords.ordinal, at: i - ChineseWords.ordinal.count) ? i - ChineseWords.ordinal.count : start
    }
}

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
        var reached = start
        return scan(s, at: start, reached: &reached)
    }

    /// The phrase at `start`; when there is none, `reached` says how far the list it began went,
    /// so that the caller goes on from there instead of reading the same list again from each
    /// of its numbers (which, on a list of thousands that ends in nothing, is quadratic).
    static func scan(_ s: [UInt8], at start: Int, reached: inout Int) -> CitationPhrase? {
        var numbers: [ResolutionNumber] = []
        var spans: [Range<Int>] = []
        var mentionStart = ordinalStart(s, before: start)
        if let nounStart = nounBefore(s, start) { return nounFirst(s, at: start, nounStart: nounStart) }
        var i = start
        var unread = 0  // numbers past the longest list kept, counted, not kept
        while true {
            reached = i
            guard let number = ResolutionNumber.scan(s, at: i) else { return nil }
            if numbers.count < maximumListLength { numbers.append(number) } else { unread += 1 }
            i = s.skippingSpaces(from: number.range.upperBound)
            var sawMarker = false
            if s.has(ChineseWords.numberMarker, at: i) {
                sawMarker = true
                i = s.skippingSpaces(from: i + ChineseWords.numberMarker.count)
                for (word, noun) in nouns where s.has(word, at: i) {
                    let end = i + word.count
                    if unread == 0 { spans.append(mentionStart..<end) }
                    return CitationPhrase(numbers: numbers, noun: noun, spans: spans, end: end, unread: unread)
                }
            }
            if unread == 0 { spans.append(mentionStart..<number.range.upperBound) }
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
    }

    /// 决议案1514(XV) / 决议1373(2001), the noun first as early texts and news write it: the
    /// number and those listed after it, each a resolution.
    private static func nounFirst(_ s: [UInt8], at start: Int, nounStart: Int) -> CitationPhrase? {
        var numbers: [ResolutionNumber] = []
        var spans: [Range<Int>] = []
        var i = start
        var mentionStart = nounStart
        while numbers.count < maximumListLength, let number = ResolutionNumber.scan(s, at: i) {
            // A bare number after the noun is a count or a paragraph, not a citation.
            if case .bare = number.form { break }
            numbers.append(number)
            spans.append(mentionStart..<number.range.upperBound)
            i = number.range.upperBound
            let next = s.skippingSpaces(from: i)
            guard let separatorEnd = separatorEnd(s, at: next) else { break }
            var item = ChineseDates.skipping(s, from: s.skippingSpaces(from: separatorEnd))
            if let noun = nounWords.first(where: { s.has($0, at: item) }) { item = s.skippingSpaces(from: item + noun.count) }
            guard item < s.count, mayStart(s[item]) else { break }
            mentionStart = item
            i = item
        }
        guard !numbers.isEmpty else { return nil }
        return CitationPhrase(numbers: numbers, noun: .resolution, spans: spans, end: i)
    }

    /// Where 决议案 or 决议 ends just before `start` (spaces and brackets between), if it does.
    private static func nounBefore(_ s: [UInt8], _ start: Int) -> Int? {
        var i = start
        while i > 0, Bytes.isSpace(s[i - 1]) || s[i - 1] == 0x28 { i -= 1 }
        for noun in nounWords where s.has(noun, at: i - noun.count) { return i - noun.count }
        return nil
    }

    private static let nounWords = [Bytes.of("决议案"), ChineseWords.resolution]

    /// The most numbers of one list kept: far past any real one (the longest seen has under 60);
    /// those after it are counted and reported, not kept.
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

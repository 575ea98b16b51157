/// Header patterns run into the text of a web page, where a page's conversion put the masthead,
/// the heading and the first paragraph on one line: looked for in the first bytes of the text,
/// not line by line.
extension HeaderText {
    /// "第1683(2006)号决议 2006年6月13日安全理事会第5454次会议通过", "Resolution 2722 (2024)
    /// Adopted by the Security Council at its 9527th meeting": a Council resolution's heading and
    /// its adoption line, run together as a web page's text puts them, within `prefix` bytes.
    static func adoptionLineHeading(_ s: [UInt8], prefix: Int) -> Symbol? {
        let limit = min(s.count, prefix)
        var i = 0
        while i < limit {
            guard let (length, english) = adoptionLines.match(in: s, at: i) else { i += 1; continue }
            // The heading stands just before (English) or the meeting's date and number do (Chinese).
            let end = english ? i : meetingLineStart(s, before: i)
            if let heading = headingEnding(s, at: end) { return heading }
            i += length
        }
        return nil
    }

    private static let adoptionLines = PatternSet<Bool>([
        ("Adopted by the Security Council at its", true), ("次会议通过", false),
    ])

    /// Back from "次会议通过" past "2006年6月13日安全理事会第5454", to where that phrase starts.
    private static func meetingLineStart(_ s: [UInt8], before index: Int) -> Int {
        let limit = max(0, index - 80)
        var i = index
        while i > limit, s[i - 1] != 0x0A, !(i >= 3 && s.has(ChineseWords.resolution, at: i - 6)) { i -= 1 }
        return i
    }

    /// The Council heading ending right before `index` (spaces between): "Resolution 2722 (2024)",
    /// "第1683(2006)号决议".
    private static func headingEnding(_ s: [UInt8], at index: Int) -> Symbol? {
        var end = index
        while end > 0, Bytes.isSpace(s[end - 1]) { end -= 1 }
        let from = max(0, end - 40)
        var k = end - 1
        while k >= from {
            if Bytes.isDigit(s[k]), k == 0 || !Bytes.isDigit(s[k - 1]), let number = ResolutionNumber.scan(s, at: k) {
                let after = s.skippingSpaces(from: number.range.upperBound)
                let chinese = s.has(ChineseWords.numberMarker, at: after) && s.has(ChineseWords.resolution, at: s.skippingSpaces(from: after + 3))
                if chinese || after >= end, case .withYear = number.form {
                    return symbol(number, noun: .resolution, body: .securityCouncil)
                }
            }
            k -= 1
        }
        return nil
    }

    /// "United Nations S/PV.5947 Security Council …": a masthead run into a line of a page's
    /// text, within its first `prefix` bytes.
    static func embeddedMasthead(_ s: [UInt8], prefix: Int) -> SymbolScanner.Match? {
        let limit = min(s.count, prefix)
        var i = 0
        while i < limit {
            if s[i] == 0x55 /* U */ || s[i] == 0xE8 /* 联 */, let name = organisationNames.match(in: s, at: i) {
                let k = s.skippingSpaces(from: i + name.length)
                if k < s.count, Bytes.isUpper(s[k]), let match = SymbolScanner.scan(s, at: k) {
                    let next = s.skippingSpaces(from: match.end)
                    if next >= s.count || mastheadNames.match(in: s, at: next) != nil || mastheadWords.match(in: s, at: next) != nil {
                        return match
                    }
                }
                i += name.length
                continue
            }
            i += 1
        }
        return nil
    }

    /// "大会决议 [根据第一委员会的报告(A/50/592)通过] 50/72. 审查…", "2011年12月2日大会决议", "[…]",
    /// "66/54. …": an adopted resolution's number line after its adoption words, on one line with them.
    static func embeddedNumberLine(_ s: [UInt8], prefix: Int) -> Symbol? {
        let limit = min(s.count, prefix)
        var i = 0
        while i < limit {
            guard let marker = adoptionWords.match(in: s, at: i) else { i += 1; continue }
            var k = s.skippingSpaces(from: i + marker.length)
            // Past the note in brackets, and the quotes and commas of a list the page came from.
            while k < s.count, "\",".utf8.contains(s[k]) || Bytes.isSpace(s[k]) { k += 1 }
            if k < s.count, s[k] == 0x5B, let close = s[k..<min(s.count, k + 240)].firstIndex(of: 0x5D) { k = close + 1 }
            while k < s.count, "\",".utf8.contains(s[k]) || Bytes.isSpace(s[k]) { k += 1 }
            if let symbol = numberLine(s, at: k, end: min(s.count, k + 40), adoptedBy: (marker.value, .resolution), defaultBody: nil) {
                return symbol
            }
            i += marker.length
        }
        return nil
    }

    private static let adoptionWords = PatternSet<IssuingBody>([
        ("大会决议", .generalAssembly), ("人权理事会决议", .humanRightsCouncil), ("经济及社会理事会决议", .economicAndSocialCouncil),
        ("大会通过的决议", .generalAssembly), ("人权理事会通过的决议", .humanRightsCouncil),
    ])

    /// "命令公布……通过的第1874(2009)号决议的中文正式文本": a government gazette's notice, above the
    /// resolution it reproduces.
    static func reproducedResolution(_ s: [UInt8], prefix: Int) -> Symbol? {
        let limit = min(s.count, prefix)
        var i = 0
        while i < limit {
            guard let words = officialText.match(in: s, at: i) else { i += 1; continue }
            // The resolution named just before: "第1874(2009)号决议的", "决议】,该决议的".
            var k = i - 1
            let from = max(0, i - 160)
            while k >= from {
                if Bytes.isDigit(s[k]), k == 0 || !Bytes.isDigit(s[k - 1]), let phrase = ChinesePhraseScanner.scan(s, at: k),
                   phrase.numbers.count == 1, phrase.end <= i,
                   case let .symbol(symbol) = NumberResolution.outcome(for: phrase.numbers[0], noun: phrase.noun,
                                                                     namedBody: .organ(.securityCouncil), documentBody: .securityCouncil) {
                    return symbol
                }
                k -= 1
            }
            i += words.length
        }
        return nil
    }

    private static let officialText = PatternSet<Void>([("中文正式文本", ()), ("正式中文文本", ())])
}

/// The part of a cited document a mention points at: "resolution 60/1, paragraph 138",
/// "resolution 1325 (2000), annex", "resolution 36/87 A", "paragraph 5 of resolution 2231
/// (2015)", "第1325(2000)号决议第5段", "……附件".
enum Pinpoint {
    /// A pinpoint right after the mention.
    static func after(_ window: TextWindow) -> String? {
        let t = window.normalized
        var i = 0
        while i < t.count, t[i] == " " { i += 1 }
        // A part letter standing alone: "resolution 36/87 A,".
        if i == 1, i < t.count, ("A"..."H").contains(t[i]), i + 1 == t.count || !t[i + 1].isLetter && t[i + 1] != "." && t[i + 1] != "/" {
            return String(t[i])
        }
        if i < t.count, t[i] == "," { i += 1 }
        while i < t.count, t[i] == " " { i += 1 }
        if i < t.count, t[i] == "第", let end = chineseParagraph(t, i) { return window.originalText(i..<end) }
        if t[i...].starts(with: "附件") {
            var end = i + 2
            while end < t.count, "一二三四五六七八IVX".contains(t[end]) { end += 1 }
            return window.originalText(i..<end)
        }
        for word in ParagraphWords.pinpointsAfter where t.hasWordIgnoringCase(word, at: i) {
            var end = numbering(t, from: i + word.count)
            // A closing parenthesis of the sentence, not of the numbering: "(A/75/395, para. 7)".
            while end > i, t[end - 1] == ")", t[i..<end].filter({ $0 == "(" }).count < t[i..<end].filter({ $0 == ")" }).count { end -= 1 }
            return window.originalText(i..<end)
        }
        return nil
    }

    /// A pinpoint right before the mention: "paragraph 5 of", "annex to".
    static func before(_ window: TextWindow) -> String? {
        let t = window.normalized
        var end = t.count
        while end > 0, t[end - 1] == " " { end -= 1 }
        for link in linksLongestFirst {
            let start = end - link.count
            guard start > 0, String(t[start..<end]).lowercased() == link, t[start - 1] == " " else { continue }
            var stop = start - 1
            while stop > 0, t[stop - 1] == " " { stop -= 1 }
            for word in ParagraphWords.pinpointsBefore {
                // The pinpoint word, then its numbering, then the link.
                var at = stop - 1
                while at > 0, at > stop - 40 {
                    if t.hasWordIgnoringCase(word, at: at), at == 0 || !t[at - 1].isLetter, numbering(t, from: at + word.count) >= stop {
                        return window.originalText(at..<stop)
                    }
                    at -= 1
                }
            }
            return nil
        }
        return nil
    }

    private static let linksLongestFirst = ParagraphWords.pinpointLinks.sorted { $0.count > $1.count }

    /// 第5段, 第5(a)段, 第4和第5段: where it ends.
    private static func chineseParagraph(_ t: [Character], _ i: Int) -> Int? {
        var j = i
        while j < t.count, j - i < 20 {
            if t[j] == "段" || t[j] == "条" || t[j] == "节" || t[j] == "章" { return j + 1 }
            guard t[j] == "第" || t[j].isNumber || "()和、至-abcdefghij ".contains(t[j]) else { return nil }
            j += 1
        }
        return nil
    }

    /// After a pinpoint word: its numbers, letters and numerals ("138", "4 and 5", "I", "(a)").
    private static func numbering(_ t: [Character], from i: Int) -> Int {
        var j = i, end = i
        while j < t.count, j - i < 40 {
            let c = t[j]
            if c.isNumber || "()IVXLivx".contains(c) || (c.isUppercase && j > 0 && t[j - 1] == " ") {
                j += 1
                end = j
            } else if c == " " || c == "," || c == "-" || c == "–" {
                j += 1
            } else if t.hasWordIgnoringCase("and", at: j) || t.hasWordIgnoringCase("to", at: j) {
                j += j + 3 <= t.count && t.hasWordIgnoringCase("and", at: j) ? 3 : 2
            } else {
                break
            }
        }
        // A trailing uppercase word is the next sentence, not a numeral.
        return end
    }
}

extension Array where Element == Character {
    /// `word` stands at `i`, any case, not running on into a letter.
    func hasWordIgnoringCase(_ word: String, at i: Int) -> Bool {
        var j = i
        for c in word {
            guard j < count else { return false }
            let d = self[j]
            // ASCII against ASCII without building lower-case Strings (this runs for every
            // word of a pinpoint table at every place looked at).
            if let a = d.asciiValue, let b = c.asciiValue {
                guard Bytes.asciiLowercased(a) == Bytes.asciiLowercased(b) else { return false }
            } else if d.lowercased() != c.lowercased() {
                return false
            }
            j += 1
        }
        return j >= count || !self[j].isLetter || word.last == "."
    }
}

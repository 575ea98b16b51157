#if canImport(Glibc)
import Glibc
#endif

/// Resolution numbers written in Chinese numerals, as the Organization's early Chinese texts
/// and their copies write them: 决议案一五一四(十五) is resolution 1514 (XV), 四(一九四六) is
/// Security Council resolution 4 (1946), 决议案二十六(一) is 26 (I). Normalization rewrites
/// them in the digits and roman numerals the scanners read; nothing else with Chinese numerals
/// is touched (第十五届会议 stays as it is, having no bracket after it).
enum ChineseNumerals {
    /// The rewrites for `s`: each range of a number and its bracketed year or session, and the
    /// ASCII text that replaces it, in order.
    static func rewrites(in s: [UInt8]) -> [(range: Range<Int>, text: [UInt8])] {
        var rewrites: [(range: Range<Int>, text: [UInt8])] = []
        var i = 0
        while i < s.count {
            // Jump to the next bracket.
            i = s.withUnsafeBufferPointer { buffer in
                guard let base = buffer.baseAddress, let found = memchr(base + i, 0x28, buffer.count - i) else { return buffer.count }
                return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            }
            guard i < s.count else { break }
            // A bracket is where such a number shows itself: look back from each one that follows
            // a character of three bytes (most follow a digit, a letter or a space).
            guard s[i] == 0x28 /* ( */, i >= 3, s[i - 1] >= 0x80 else { i += 1; continue }
            let open = i
            var start = open
            while start >= 3, numeral(s, at: start - 3) != nil { start -= 3 }
            guard start < open, let number = value(s, start..<open), number > 0, number < 100_000 else { i += 1; continue }
            var j = open + 1
            while j < s.count, numeral(s, at: j) != nil { j += 3 }
            guard j > open + 1, j < s.count, s[j] == 0x29 /* ) */, let inner = value(s, (open + 1)..<j) else { i += 1; continue }
            let bracket: String
            if (j - open - 1) / 3 == 4, (1946...2100).contains(inner) {
                bracket = String(inner)
            } else if inner > 0, inner <= 200 {
                bracket = roman(inner)
            } else {
                i += 1
                continue
            }
            rewrites.append((start..<(j + 1), Array("\(number)(\(bracket))".utf8)))
            i = j + 1
        }
        return rewrites
    }

    /// The value of the numerals in `range`: positional (一五一四 = 1514, 一九四六) or counting
    /// (二十六 = 26, 一百一十二 = 112).
    private static func value(_ s: [UInt8], _ range: Range<Int>) -> Int? {
        var digits: [Int] = []
        var i = range.lowerBound
        while i < range.upperBound {
            guard let d = numeral(s, at: i) else { return nil }
            digits.append(d)
            i += 3
        }
        guard !digits.isEmpty else { return nil }
        if !digits.contains(where: { $0 >= 10 }) {
            return digits.reduce(0) { $0 * 10 + $1 }
        }
        // Counting numerals: 十 = 10, 百 = 100, a digit before multiplies, one after adds.
        var total = 0
        var pending = 0
        for d in digits {
            if d >= 10 {
                total += (pending == 0 ? 1 : pending) * d
                pending = 0
            } else {
                pending = pending * 10 + d
            }
        }
        return total + pending
    }

    /// The digit a three-byte numeral stands for (十 = 10, 百 = 100), or `nil`.
    static func numeral(_ s: [UInt8], at i: Int) -> Int? {
        guard i >= 0, i + 2 < s.count else { return nil }
        switch (s[i], s[i + 1], s[i + 2]) {
        case (0xE3, 0x80, 0x87), (0xE2, 0x97, 0x8B), (0xE9, 0x9B, 0xB6): return 0  // 〇 ○ 零
        case (0xE4, 0xB8, 0x80): return 1   // 一
        case (0xE4, 0xBA, 0x8C): return 2   // 二
        case (0xE4, 0xB8, 0x89): return 3   // 三
        case (0xE5, 0x9B, 0x9B): return 4   // 四
        case (0xE4, 0xBA, 0x94): return 5   // 五
        case (0xE5, 0x85, 0xAD): return 6   // 六
        case (0xE4, 0xB8, 0x83): return 7   // 七
        case (0xE5, 0x85, 0xAB): return 8   // 八
        case (0xE4, 0xB9, 0x9D): return 9   // 九
        case (0xE5, 0x8D, 0x81): return 10  // 十
        case (0xE7, 0x99, 0xBE): return 100 // 百
        default: return nil
        }
    }

    private static func roman(_ value: Int) -> String {
        var n = value
        var out = ""
        for (v, r) in [(100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")] {
            while n >= v { out += r; n -= v }
        }
        return out
    }
}

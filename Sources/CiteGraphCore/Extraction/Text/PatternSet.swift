/// A set of byte patterns found together in one pass: each position is tried only against
/// the patterns that can start with its byte. ASCII patterns match without regard to case.
struct PatternSet<Value: Sendable>: Sendable {
    struct Pattern: Sendable {
        let bytes: [UInt8]
        let value: Value
        /// Byte sequences that, just before the pattern, make it part of another word.
        let notAfter: [[UInt8]]
        /// ASCII patterns start only at a word boundary and ignore case.
        let isASCII: Bool
    }

    private(set) var patterns: [Pattern] = []
    /// Pattern indices by first byte.
    private var byFirstByte = [[Int]](repeating: [], count: 256)

    init(_ entries: [(String, Value)], notAfter: [String: [String]] = [:]) {
        for (text, value) in entries {
            let bytes = Array(text.utf8)
            let pattern = Pattern(bytes: bytes, value: value, notAfter: (notAfter[text] ?? []).map { Array($0.utf8) },
                                  isASCII: bytes.allSatisfy { $0 < 0x80 })
            let index = patterns.count
            patterns.append(pattern)
            guard let first = bytes.first else { continue }
            byFirstByte[Int(first)].append(index)
            if pattern.isASCII, Bytes.isLetter(first) {
                byFirstByte[Int(first ^ 0x20)].append(index)
            }
        }
    }

    /// The match in `range` that ends last (the longer one if two end together), if any.
    func lastMatch(in s: [UInt8], _ range: Range<Int>) -> (range: Range<Int>, value: Value)? {
        var best: (range: Range<Int>, value: Value)?
        var i = range.lowerBound
        while i < range.upperBound {
            for index in byFirstByte[Int(s[i])] {
                let pattern = patterns[index]
                let end = i + pattern.bytes.count
                guard end <= range.upperBound, matches(pattern, s, at: i) else { continue }
                if best.map({ end > $0.range.upperBound || (end == $0.range.upperBound && i < $0.range.lowerBound) }) ?? true {
                    best = (i..<end, pattern.value)
                }
            }
            i += 1
        }
        return best
    }

    /// The pattern that matches at `i`, if any (the first listed).
    func match(in s: [UInt8], at i: Int) -> (length: Int, value: Value)? {
        guard i < s.count else { return nil }
        for index in byFirstByte[Int(s[i])] where matches(patterns[index], s, at: i) {
            return (patterns[index].bytes.count, patterns[index].value)
        }
        return nil
    }

    private func matches(_ pattern: Pattern, _ s: [UInt8], at i: Int) -> Bool {
        let bytes = pattern.bytes
        guard i + bytes.count <= s.count else { return false }
        if pattern.isASCII {
            if i > 0, Bytes.isLetter(s[i - 1]) { return false }
            var k = 0
            while k < bytes.count {
                let a = s[i + k], b = bytes[k]
                if a != b, !(Bytes.isLetter(a) && a | 0x20 == b | 0x20) { return false }
                k += 1
            }
        } else if !s.has(bytes, at: i) {
            return false
        }
        return !pattern.notAfter.contains { s.has($0, at: i - $0.count) }
    }
}

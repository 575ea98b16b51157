/// A set of byte patterns found together in one pass: each position is tried only against
/// the patterns that can start with its byte, and only where the two bytes there can start
/// one (a bit table of byte pairs passes most bytes of a text with one look-up). ASCII
/// patterns match without regard to case.
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
    /// Pattern indices by first byte, in the order listed: those of byte b are
    /// `indices[firstByteStart[b]..<firstByteStart[b + 1]]` (one flat array: no inner array
    /// to retain at every byte).
    private let indices: [Int]
    private let firstByteStart: [Int]
    /// Bit `a << 8 | b` is set when a pattern can start with bytes a, b (with either case of
    /// an ASCII letter; any b after a one-byte pattern's a).
    private let pairBits: [UInt64]

    init(_ entries: [(String, Value)], notAfter: [String: [String]] = [:]) {
        var byFirstByte = [[Int]](repeating: [], count: 256)
        var pairs = [UInt64](repeating: 0, count: 65536 / 64)
        func mark(_ a: UInt8, _ b: UInt8) { pairs[Int(a) << 2 | Int(b) >> 6] |= 1 << UInt64(b & 63) }
        func cases(_ b: UInt8, ascii: Bool) -> [UInt8] { ascii && Bytes.isLetter(b) ? [b, b ^ 0x20] : [b] }
        for (text, value) in entries {
            let bytes = Array(text.utf8)
            let pattern = Pattern(bytes: bytes, value: value, notAfter: (notAfter[text] ?? []).map { Array($0.utf8) },
                                  isASCII: bytes.allSatisfy { $0 < 0x80 })
            let index = patterns.count
            patterns.append(pattern)
            guard let first = bytes.first else { continue }
            for a in cases(first, ascii: pattern.isASCII) {
                byFirstByte[Int(a)].append(index)
                if bytes.count == 1 {
                    for b in 0...255 { mark(a, UInt8(b)) }
                } else {
                    for b in cases(bytes[1], ascii: pattern.isASCII) { mark(a, b) }
                }
            }
        }
        indices = byFirstByte.flatMap { $0 }
        firstByteStart = byFirstByte.reduce(into: [0]) { $0.append($0.last! + $1.count) }
        pairBits = pairs
    }

    /// Whether a pattern can start at `i` of `s`, by the bytes at `i` and `i + 1` (0 past the
    /// end, which only a one-byte pattern's pairs hold).
    @inline(__always)
    private static func mayStart(_ bits: UnsafeBufferPointer<UInt64>, _ s: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let b = i + 1 < s.count ? s[i + 1] : 0
        return bits[Int(s[i]) << 2 | Int(b) >> 6] & (1 << UInt64(b & 63)) != 0
    }

    /// The match in `range` that ends last (the longer one if two end together), if any.
    func lastMatch(in s: [UInt8], _ range: Range<Int>) -> (range: Range<Int>, value: Value)? {
        var best: (range: Range<Int>, value: Value)?
        s.withUnsafeBufferPointer { buffer in
            pairBits.withUnsafeBufferPointer { bits in
                var i = range.lowerBound
                while i < range.upperBound {
                    defer { i += 1 }
                    guard Self.mayStart(bits, buffer, at: i) else { continue }
                    let first = Int(buffer[i])
                    for k in firstByteStart[first]..<firstByteStart[first + 1] {
                        let pattern = patterns[indices[k]]
                        let end = i + pattern.bytes.count
                        guard end <= range.upperBound, matches(pattern, s, at: i) else { continue }
                        if best.map({ end > $0.range.upperBound || (end == $0.range.upperBound && i < $0.range.lowerBound) }) ?? true {
                            best = (i..<end, pattern.value)
                        }
                    }
                }
            }
        }
        return best
    }

    /// The pattern that matches at `i`, if any (the first listed).
    func match(in s: [UInt8], at i: Int) -> (length: Int, value: Value)? {
        guard i < s.count else { return nil }
        let possible = s.withUnsafeBufferPointer { buffer in
            pairBits.withUnsafeBufferPointer { Self.mayStart($0, buffer, at: i) }
        }
        guard possible else { return nil }
        let first = Int(s[i])
        for k in firstByteStart[first]..<firstByteStart[first + 1] where matches(patterns[indices[k]], s, at: i) {
            return (patterns[indices[k]].bytes.count, patterns[indices[k]].value)
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

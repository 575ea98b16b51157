import CLibC

/// Byte-level helpers for the scanners. The hot path works on UTF-8 bytes, never on
/// `String` indices: a Chinese character is three bytes, and every pattern the scanners
/// look for is a short, fixed byte sequence.
enum Bytes {
    static func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }
    static func isUpper(_ b: UInt8) -> Bool { b &- 0x41 < 26 }
    static func isLower(_ b: UInt8) -> Bool { b &- 0x61 < 26 }
    static func isLetter(_ b: UInt8) -> Bool { isUpper(b) || isLower(b) }
    static func isAlphanumeric(_ b: UInt8) -> Bool { isDigit(b) || isLetter(b) }
    static func asciiLowercased(_ b: UInt8) -> UInt8 { isUpper(b) ? b | 0x20 : b }
    /// Spaces that may separate the tokens of one citation phrase; line breaks and the form
    /// feed between pages included, because text taken from PDFs wraps in the middle of phrases.
    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b &- 0x09 < 5 }  // space, \t \n \v \f \r

    /// Where `needle` first occurs in `s` at or after `from`, ending at or before `before`
    /// (glibc's memmem: the scan over a whole document is the C library's).
    static func find(_ needle: [UInt8], in s: [UInt8], from: Int, before: Int) -> Int? {
        guard !needle.isEmpty, from >= 0, before <= s.count, before - from >= needle.count else { return nil }
        return s.withUnsafeBufferPointer { haystack in
            needle.withUnsafeBufferPointer { word in
                guard let base = haystack.baseAddress, let found = memmem(base + from, before - from, word.baseAddress, word.count) else { return nil }
                return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            }
        }
    }

    /// The literal's bytes, for matching.
    static func of(_ literal: StaticString) -> [UInt8] {
        Array(UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }
}

extension Array where Element == UInt8 {
    /// Whether `literal` occurs at `index`.
    @inline(__always)
    func has(_ literal: [UInt8], at index: Int) -> Bool {
        guard index >= 0, index + literal.count <= count else { return false }
        var k = 0
        while k < literal.count {
            if self[index + k] != literal[k] { return false }
            k += 1
        }
        return true
    }

    /// Whether the array ends with `suffix`.
    func hasSuffix(_ suffix: [UInt8]) -> Bool {
        count >= suffix.count && self[(count - suffix.count)...].elementsEqual(suffix)
    }

    /// The first index at or after `index` that is not a space (see `Bytes.isSpace`).
    @inline(__always)
    func skippingSpaces(from index: Int) -> Int {
        var i = index
        while i < count, Bytes.isSpace(self[i]) { i += 1 }
        return i
    }

    /// The end of the run of ASCII digits starting at `index` (== `index` if there is none).
    @inline(__always)
    func digitRunEnd(from index: Int) -> Int {
        var i = index
        while i < count, Bytes.isDigit(self[i]) { i += 1 }
        return i
    }

    /// The ASCII text of `range`, for the short tokens (numbers, symbol parts) scanners keep.
    func ascii(_ range: Range<Int>) -> String {
        String(decoding: self[range], as: UTF8.self)
    }
}

/// Strict UTF-8 validation that reports where the first bad byte is, and NUL bytes (valid
/// UTF-8, but the mark of a binary file), in one pass.
enum UTF8Validation {
    enum Problem: Equatable {
        /// The text holds a NUL byte: binary data.
        case nul
        /// The first byte that does not belong to well-formed UTF-8.
        case invalid(offset: Int)
    }

    /// What is wrong with `bytes` as text, if anything. A NUL anywhere outranks bad UTF-8:
    /// a binary file is called binary even when its first bad byte comes first.
    static func problem(_ bytes: [UInt8]) -> Problem? {
        bytes.withUnsafeBufferPointer { buffer in
            switch scan(buffer) {
            case .none: return nil
            case .nul: return .nul
            case let .invalid(offset):
                return buffer[offset...].contains(0) ? .nul : .invalid(offset: offset)
            }
        }
    }

    /// The first NUL or malformed sequence.
    private static func scan(_ s: UnsafeBufferPointer<UInt8>) -> Problem? {
        guard let base = s.baseAddress else { return nil }
        var i = 0
        let n = s.count
        while i < n {
            // Eight ASCII bytes at a time, none of them NUL.
            while i + 8 <= n {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                let hasNul = (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080 != 0
                guard word & 0x8080_8080_8080_8080 == 0, !hasNul else { break }
                i += 8
            }
            guard i < n else { break }
            let b = s[i]
            if b == 0 { return .nul }
            if b < 0x80 { i += 1; continue }
            guard let length = sequenceLength(s, at: i) else { return .invalid(offset: i) }
            i += length
        }
        return nil
    }

    /// The length of the well-formed sequence (ASCII or multi-byte) at `i` of `bytes`, or `nil`.
    static func sequenceLength(_ bytes: [UInt8], at i: Int) -> Int? {
        guard bytes[i] >= 0x80 else { return 1 }
        return bytes.withUnsafeBufferPointer { sequenceLength($0, at: i) }
    }

    /// The length of the well-formed multi-byte sequence at `i`, or `nil`.
    private static func sequenceLength(_ s: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        let n = s.count
        let b = s[i]
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch b {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F  // no surrogates
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: return nil
        }
        guard i + length <= n, (low...high).contains(s[i + 1]) else { return nil }
        var k = 2
        while k < length {
            guard s[i + k] & 0xC0 == 0x80 else { return nil }
            k += 1
        }
        return length
    }
}

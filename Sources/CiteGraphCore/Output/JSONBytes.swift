/// Appends JSON to a byte buffer directly: the fast path for `extract`, which writes one
/// record per citation and can write millions of them. Same output as `JSON.compact`.
struct JSONBytes {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func key(_ name: StaticString, first: Bool = false) {
        if !first { raw(", ") }
        bytes.append(0x22)
        raw(name)
        raw("\": ")
    }

    mutating func string(_ s: String) {
        bytes.append(0x22)
        var s = s
        s.withUTF8 { utf8 in
            // Runs that need no escape are copied whole; the escapes are `JSON.writeString`'s.
            var copied = 0, i = 0
            func escape(_ replacement: StaticString, width: Int) {
                bytes.append(contentsOf: utf8[copied..<i])
                raw(replacement)
                i += width
                copied = i
            }
            while i < utf8.count {
                let b = utf8[i]
                if b >= 0x20, b != 0x22, b != 0x5C, b != 0xE2 {
                    i += 1
                    continue
                }
                switch b {
                case 0x22: escape("\\\"", width: 1)
                case 0x5C: escape("\\\\", width: 1)
                case 0x0A: escape("\\n", width: 1)
                case 0x0D: escape("\\r", width: 1)
                case 0x09: escape("\\t", width: 1)
                case 0xE2:
                    // U+2028 and U+2029 (E2 80 A8, E2 80 A9) end lines in JavaScript; "…" and “” are E2 too.
                    if i + 2 < utf8.count, utf8[i + 1] == 0x80, utf8[i + 2] == 0xA8 { escape("\\u2028", width: 3) }
                    else if i + 2 < utf8.count, utf8[i + 1] == 0x80, utf8[i + 2] == 0xA9 { escape("\\u2029", width: 3) }
                    else { i += 1 }
                default:
                    bytes.append(contentsOf: utf8[copied..<i])
                    raw("\\u00")
                    bytes.append(Self.hexDigits[Int(b >> 4)])
                    bytes.append(Self.hexDigits[Int(b & 0x0F)])
                    i += 1
                    copied = i
                }
            }
            bytes.append(contentsOf: utf8[copied...])
        }
        bytes.append(0x22)
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    mutating func int(_ value: Int) {
        guard value >= 0 else {
            bytes.append(contentsOf: String(value).utf8)
            return
        }
        // Digits written straight into the buffer: no string per number.
        var divisor = 1
        while divisor <= value / 10 { divisor *= 10 }
        var rest = value
        while divisor > 0 {
            bytes.append(0x30 + UInt8(rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }

    mutating func null() { raw("null") }

    mutating func optional(_ s: String?) {
        if let s { string(s) } else { null() }
    }
}

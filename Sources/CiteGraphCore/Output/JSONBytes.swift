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
            // Most strings need no escape: copy those whole.
            if !utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2 }) {
                bytes.append(contentsOf: utf8)
            } else {
                var escaped = ""
                JSON.writeString(String(decoding: utf8, as: UTF8.self), to: &escaped)
                bytes.append(contentsOf: escaped.utf8.dropFirst().dropLast())
            }
        }
        bytes.append(0x22)
    }

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
}

/// The byte work of a mention's context: white space collapsed, lengths in Unicode scalars,
/// cuts at a word's edge. UTF-8 in, UTF-8 out, so that the context of every mention costs no
/// String decoding until the finished text.
enum ContextBytes {
    static let ellipsis = Array("…".utf8)

    /// Runs of white space as one space, kept at the ends (ASCII white space, U+3000 and
    /// no-break spaces, found in the bytes: no Unicode tables per character).
    static func collapsed(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var space = false
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let b = bytes[i]
            var width = 0
            if b == 0x20 || (0x09...0x0D).contains(b) { width = 1 }
            else if b == 0xC2, i + 1 < bytes.endIndex, bytes[i + 1] == 0xA0 { width = 2 }
            else if b == 0xE3, i + 2 < bytes.endIndex, bytes[i + 1] == 0x80, bytes[i + 2] == 0x80 { width = 3 }
            if width > 0 {
                space = true
                i += width
                continue
            }
            if space { out.append(0x20) }
            space = false
            out.append(b)
            i += 1
        }
        if space { out.append(0x20) }
        return out
    }

    /// How many Unicode scalars the bytes hold: every byte that does not continue one.
    static func scalars<C: Collection<UInt8>>(_ bytes: C) -> Int {
        var n = 0
        for b in bytes where b & 0xC0 != 0x80 { n += 1 }
        return n
    }

    /// Where scalar `k` (0-based) starts; the end when there are no more.
    private static func offset(ofScalar k: Int, in bytes: [UInt8]) -> Int {
        var seen = 0
        for i in bytes.indices where bytes[i] & 0xC0 != 0x80 {
            if seen == k { return i }
            seen += 1
        }
        return bytes.count
    }

    /// How far a cut looks for a space to fall on, in scalars.
    private static let wordReach = 24

    /// The last `n` scalars, from a word's start where a space is near, "…" before.
    static func keepEnd(_ bytes: [UInt8], _ n: Int) -> [UInt8] {
        let total = scalars(bytes)
        guard total > n else { return bytes }
        var from = offset(ofScalar: total - max(0, n - 1), in: bytes)
        // A space among the first 24 scalars kept: start after it.
        var i = from, looked = 0
        while i < bytes.count, looked < wordReach {
            if bytes[i] & 0xC0 != 0x80 {
                if bytes[i] == 0x20 {
                    from = i + 1
                    break
                }
                looked += 1
            }
            i += 1
        }
        return ellipsis + bytes[from...]
    }

    /// The first `n` scalars, to a word's end where a space is near, "…" after.
    static func keepStart(_ bytes: [UInt8], _ n: Int) -> [UInt8] {
        guard scalars(bytes) > n else { return bytes }
        var to = offset(ofScalar: max(0, n - 1), in: bytes)
        // A space among the last 24 scalars kept: end before it.
        var i = to - 1, looked = 0
        while i >= 0, looked < wordReach {
            if bytes[i] & 0xC0 != 0x80 {
                if bytes[i] == 0x20 {
                    to = i
                    break
                }
                looked += 1
            }
            i -= 1
        }
        return bytes[..<to] + ellipsis
    }

    /// ASCII spaces off both ends.
    static func trimmedSpaces(_ bytes: [UInt8]) -> ArraySlice<UInt8> {
        var lower = 0, upper = bytes.count
        while lower < upper, bytes[lower] == 0x20 { lower += 1 }
        while upper > lower, bytes[upper - 1] == 0x20 { upper -= 1 }
        return bytes[lower..<upper]
    }
}

extension Array where Element == UInt8 {
    func ends(with suffix: [UInt8]) -> Bool {
        count >= suffix.count && self[(count - suffix.count)...].elementsEqual(suffix)
    }
}

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

    /// Where each scalar starts.
    private static func scalarStarts(_ bytes: [UInt8]) -> [Int] {
        bytes.indices.filter { bytes[$0] & 0xC0 != 0x80 }
    }

    /// The last `n` scalars, from a word's start where a space is near, "…" before.
    static func keepEnd(_ bytes: [UInt8], _ n: Int) -> [UInt8] {
        let starts = scalarStarts(bytes)
        guard starts.count > n else { return bytes }
        let first = starts.count - max(0, n - 1)
        var from = first < starts.count ? starts[first] : bytes.count
        // A space among the first 24 scalars kept: start after it.
        let near = starts[first...].prefix(24)
        if let space = near.first(where: { bytes[$0] == 0x20 }) { from = space + 1 }
        return ellipsis + bytes[from...]
    }

    /// The first `n` scalars, to a word's end where a space is near, "…" after.
    static func keepStart(_ bytes: [UInt8], _ n: Int) -> [UInt8] {
        let starts = scalarStarts(bytes)
        guard starts.count > n else { return bytes }
        let kept = max(0, n - 1)
        var to = kept < starts.count ? starts[kept] : bytes.count
        // A space among the last 24 scalars kept: end before it.
        if let space = starts[..<kept].suffix(24).last(where: { bytes[$0] == 0x20 }) { to = space }
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

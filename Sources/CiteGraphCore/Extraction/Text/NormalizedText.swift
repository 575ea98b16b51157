#if canImport(Glibc)
import Glibc
#endif

/// A document's bytes with the typography that hides citations taken out, and a map back to
/// the original bytes so every mention still reports its real line, column and text.
///
/// What changes: full-width digits, Latin letters, parentheses, slash, hyphen and full stop
/// become ASCII (第２５９３（２０２１）号 reads like 第2593(2021)号); ideographic and
/// no-break spaces become spaces; Markdown links `[text](url)` keep only their text, and
/// backslash escapes (`\(`) lose the backslash; spaces between two Chinese characters go
/// ("第 1514(XV) 号 决 议", as PDFs justify lines, reads 第 1514(XV) 号决议); traditional
/// characters become simplified (see `ScriptFolding`). Full-width commas and semicolons stay:
/// they end clauses, and the scanners tell them from ASCII ones.
struct NormalizedText {
    /// The normalized bytes.
    let bytes: [UInt8]
    /// The text as read.
    let original: [UInt8]
    /// Where the map from normalized to original offsets changes: from normalized byte `at`
    /// on, bytes come one for one from original byte `originalAt` on. Few documents need more
    /// than a handful, so the map costs almost nothing where nothing changed.
    private let shifts: [Shift]

    private struct Shift {
        let at: Int
        let originalAt: Int
    }

    init(_ original: [UInt8]) {
        let n = original.count
        var out = [UInt8]()
        out.reserveCapacity(n)
        var shifts: [Shift] = []
        var i = 0
        // A UTF-8 byte-order mark says nothing about the text.
        if original.has(Self.bom, at: 0) {
            i = 3
            shifts.append(Shift(at: 0, originalAt: 3))
        }
        var linkTextEnd = -1  // index of the `]` closing the Markdown link being read
        var linkEnd = -1      // index after the link's `)`
        original.withUnsafeBufferPointer { src in
            while i < n {
                // Copy the run of bytes that need nothing, in one go.
                let stop = linkTextEnd >= 0 ? linkTextEnd : n
                var j = i
                while j < stop {
                    let b = src[j]
                    if b == 0x5B || b == 0x5C || b == 0xEF || b == 0xE3 || b == 0xC2 || b == 0xE2 { break }
                    // A space after a Chinese character: perhaps one between two of them.
                    if b == 0x20, j >= 3, Self.isHan(src[j - 3], src[j - 2], src[j - 1]) { break }
                    j += 1
                }
                if j > i {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: src[i..<j]))
                    i = j
                    if i >= n { break }
                }
                if i == linkTextEnd {
                    i = linkEnd
                    linkTextEnd = -1
                    shifts.append(Shift(at: out.count, originalAt: i))
                    continue
                }
                let b = src[i]
                if b == 0x20 {
                    var k = i
                    while k < n, src[k] == 0x20 { k += 1 }
                    if k + 2 < n, k < stop, Self.isHan(src[k], src[k + 1], src[k + 2]) {
                        shifts.append(Shift(at: out.count, originalAt: k))
                    } else {
                        out.append(contentsOf: UnsafeBufferPointer(rebasing: src[i..<k]))
                    }
                    i = k
                } else if b == 0x5B /* [ */, linkTextEnd < 0, let (close, end) = Self.markdownLink(original, openingAt: i) {
                    linkTextEnd = close
                    linkEnd = end
                    i += 1
                    shifts.append(Shift(at: out.count, originalAt: i))
                } else if b == 0x5C /* \ */, i + 1 < n, Self.isEscapable(src[i + 1]) {
                    i += 1
                    shifts.append(Shift(at: out.count, originalAt: i))
                } else if b == 0xEF, i + 2 < n, let ascii = Self.fullWidthASCII(src[i + 1], src[i + 2]) {
                    out.append(ascii)
                    i += 3
                    shifts.append(Shift(at: out.count, originalAt: i))
                } else if b == 0xE2, i + 2 < n, Self.isHyphen(src[i + 1], src[i + 2]) {  // U+2010, U+2011, U+2212
                    out.append(0x2D)
                    i += 3
                    shifts.append(Shift(at: out.count, originalAt: i))
                } else if b == 0xE3, i + 2 < n, src[i + 1] == 0x80, src[i + 2] == 0x80 {  // U+3000
                    out.append(0x20)
                    i += 3
                    shifts.append(Shift(at: out.count, originalAt: i))
                } else if b == 0xC2, i + 1 < n, src[i + 1] == 0xA0 {  // U+00A0
                    out.append(0x20)
                    i += 2
                    shifts.append(Shift(at: out.count, originalAt: i))
                } else {
                    out.append(b)
                    i += 1
                }
            }
        }
        // Traditional characters and Chinese numerals only where Chinese is written.
        if Self.hasHan(out) {
            ScriptFolding.fold(&out)
            let rewrites = ChineseNumerals.rewrites(in: out)
            if !rewrites.isEmpty { (out, shifts) = Self.applying(rewrites, to: out, shifts: shifts) }
        }
        self.bytes = out
        self.original = original
        self.shifts = shifts
    }

    /// `bytes` with each range replaced by its text, and the shifts that map the result to the
    /// original: each kept run keeps its own shifts, moved by what was replaced before it.
    private static func applying(_ rewrites: [(range: Range<Int>, text: [UInt8])], to bytes: [UInt8],
                                 shifts: [Shift]) -> ([UInt8], [Shift]) {
        let before = NormalizedText(mapping: bytes, shifts: shifts)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var newShifts: [Shift] = []
        var k = 0        // next old shift
        var kept = 0     // start of the kept run being copied
        for (range, text) in rewrites + [(bytes.count..<bytes.count, [])] {
            // The kept run kept..<range.lowerBound: its old shifts, moved.
            let delta = out.count - kept
            newShifts.append(Shift(at: out.count, originalAt: before.origin(kept)))
            while k < shifts.count, shifts[k].at < range.lowerBound {
                if shifts[k].at > kept { newShifts.append(Shift(at: shifts[k].at + delta, originalAt: shifts[k].originalAt)) }
                k += 1
            }
            out.append(contentsOf: bytes[kept..<range.lowerBound])
            guard !range.isEmpty else { break }
            newShifts.append(Shift(at: out.count, originalAt: before.origin(range.lowerBound)))
            out.append(contentsOf: text)
            // The closing bracket ends mentions: map it to the original one.
            newShifts.append(Shift(at: out.count - 1, originalAt: before.origin(range.upperBound - 1)))
            while k < shifts.count, shifts[k].at < range.upperBound { k += 1 }
            kept = range.upperBound
        }
        return (out, newShifts)
    }

    /// A map alone, for composing rewrites.
    private init(mapping bytes: [UInt8], shifts: [Shift]) {
        self.bytes = bytes
        self.original = []
        self.shifts = shifts
    }

    /// The original offset of normalized byte `index` (the original length for the end).
    func origin(_ index: Int) -> Int {
        if index >= bytes.count, !original.isEmpty { return original.count }
        var low = 0
        var high = shifts.count
        while low < high {
            let mid = (low + high) / 2
            if shifts[mid].at <= index { low = mid + 1 } else { high = mid }
        }
        guard low > 0 else { return index }
        let shift = shifts[low - 1]
        return shift.originalAt + (index - shift.at)
    }

    /// The original byte range that normalized `range` came from.
    func originalRange(_ range: Range<Int>) -> Range<Int> {
        let start = origin(range.lowerBound)
        guard !range.isEmpty else { return start..<start }
        let last = origin(range.upperBound - 1)
        var end = last + originalLength(of: range.upperBound - 1, at: last)
        // A mention that ends inside a Markdown link's text takes the rest of the link,
        // `[2593\(2021\)](#)`, not a dangling `[2593\(2021\)`.
        let hasBracket = original.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, end > start else { return false }
            return memchr(base + start, 0x5B, end - start) != nil
        }
        if hasBracket, original[start..<end].reduce(0, { $0 + ($1 == 0x5B ? 1 : $1 == 0x5D ? -1 : 0) }) > 0 {
            end = origin(range.upperBound)
            while end > start, original[end - 1] == 0x20 { end -= 1 }
        }
        return start..<end
    }

    private static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Whether the text's first part holds a Chinese character, told by the lead bytes E4–E9.
    private static func hasHan(_ s: [UInt8]) -> Bool {
        s.withUnsafeBufferPointer { buffer in buffer.prefix(hanSample).contains { $0 &- 0xE4 < 6 } }
    }

    private static let hanSample = 16_384

    /// The hyphens Word and PDFs put in symbols (S‑4/101): U+2010, the non-breaking U+2011, the
    /// minus sign U+2212. Dashes (U+2013, U+2014) stay: they join the symbols of joint documents.
    private static func isHyphen(_ b1: UInt8, _ b2: UInt8) -> Bool {
        (b1 == 0x80 && (b2 == 0x90 || b2 == 0x91)) || (b1 == 0x88 && b2 == 0x92)
    }

    /// Whether three bytes are one CJK unified ideograph (U+4E00–U+9FFF).
    @inline(__always)
    private static func isHan(_ b0: UInt8, _ b1: UInt8, _ b2: UInt8) -> Bool {
        b0 &- 0xE4 < 6 && b1 & 0xC0 == 0x80 && b2 & 0xC0 == 0x80
    }

    /// How many original bytes normalized byte `index` (from original offset `offset`) stands
    /// for: one if it was copied, else the length of the full-width or space character it replaced.
    private func originalLength(of index: Int, at offset: Int) -> Int {
        let lead = original[offset]
        guard bytes[index] < 0x80, lead >= 0x80 else { return 1 }
        return lead == 0xC2 ? 2 : 3
    }

    /// `[text](url)` on one line: the index of `]` and the index after `)`.
    private static func markdownLink(_ s: [UInt8], openingAt open: Int) -> (Int, Int)? {
        var j = open + 1
        let limit = min(s.count, open + 512)
        while j < limit {
            let c = s[j]
            if c == 0x0A || c == 0x5B { return nil }
            if c == 0x5D /* ] */ {
                guard j + 1 < s.count, s[j + 1] == 0x28 /* ( */ else { return nil }
                var k = j + 2
                while k < limit {
                    let d = s[k]
                    if d == 0x0A || d == 0x20 { return nil }
                    if d == 0x29 /* ) */ { return (j, k + 1) }
                    k += 1
                }
                return nil
            }
            j += 1
        }
        return nil
    }

    private static func isEscapable(_ b: UInt8) -> Bool {
        // Markdown's backslash escapes: ASCII punctuation.
        (0x21...0x2F).contains(b) || (0x3A...0x40).contains(b) || (0x5B...0x60).contains(b) || (0x7B...0x7E).contains(b)
    }

    /// U+FF08 （ U+FF09 ） U+FF0D － U+FF0E ． U+FF0F ／, U+FF10–FF19 digits,
    /// U+FF21–FF3A and U+FF41–FF5A letters: their ASCII counterparts.
    private static func fullWidthASCII(_ b1: UInt8, _ b2: UInt8) -> UInt8? {
        // Only a continuation byte can follow (the input may not be valid UTF-8).
        guard b2 >= 0x80, b2 <= 0xBF else { return nil }
        let scalar: UInt32
        switch b1 {
        case 0xBC: scalar = 0xFF00 + UInt32(b2 - 0x80)
        case 0xBD: scalar = 0xFF40 + UInt32(b2 - 0x80)
        default: return nil
        }
        switch scalar {
        case 0xFF08, 0xFF09, 0xFF0D, 0xFF0E, 0xFF0F, 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A:
            return UInt8(scalar - 0xFEE0)
        default:
            return nil
        }
    }
}

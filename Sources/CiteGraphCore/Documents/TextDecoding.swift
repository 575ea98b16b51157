/// Finds which encoding a text file is in and gives its text as UTF-8.
///
/// Detected, not guessed: a byte order mark says UTF-8 or UTF-16; without one, text that is
/// well-formed UTF-8 is UTF-8. Otherwise the bytes must decode as GB18030 or as Big5 *and*
/// look like Chinese in that encoding: nearly all of its two-byte characters must come from
/// the encoding's common plane (GB2312's rows A1–FE and the four-byte forms of the rest of
/// Unicode's first plane for GB18030, the symbols and frequent characters A1–C6 for Big5). Any byte string of Latin-1 or another single-byte encoding
/// decodes as GBK, but into rare characters; and Big5 and GB18030 text decode as each other,
/// but with most characters falling outside the other's common plane.
enum TextDecoding {
    enum Problem: Error, Equatable {
        /// NUL bytes in the text: binary data.
        case nul
        /// None of the encodings fits; the offset is that of the first byte that is not UTF-8.
        case unknownEncoding(utf8Offset: Int)
        /// The text decodes in both Chinese encodings equally well.
        case ambiguous
    }

    /// The share of two-byte characters that must lie in an encoding's common plane.
    static let commonShare = 0.9

    /// The text of `bytes` in UTF-8, without a byte order mark, and the encoding it was in.
    static func decode(_ bytes: [UInt8]) -> Result<(text: [UInt8], encoding: TextEncoding), Problem> {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let rest = Array(bytes.dropFirst(3))
            switch UTF8Validation.problem(rest) {
            case .none: return .success((rest, .utf8))
            case .nul: return .failure(.nul)
            case let .invalid(offset): return .failure(.unknownEncoding(utf8Offset: offset + 3))
            }
        }
        if bytes.starts(with: [0xFF, 0xFE]) { return utf16(bytes, .utf16LittleEndian) }
        if bytes.starts(with: [0xFE, 0xFF]) { return utf16(bytes, .utf16BigEndian) }
        let utf8Offset: Int
        switch UTF8Validation.problem(bytes) {
        case .none: return .success((bytes, .utf8))
        case .nul: return .failure(.nul)
        case let .invalid(offset): utf8Offset = offset
        }
        var fits: [(encoding: TextEncoding, text: [UInt8], share: Double)] = []
        for encoding in [TextEncoding.gb18030, .big5] {
            guard let converter = Iconv(from: encoding.iconvName),
                  case let .success(text) = converter.convert(bytes) else { continue }
            let share = commonPlaneShare(bytes, encoding)
            if share >= commonShare { fits.append((encoding, text, share)) }
        }
        fits.sort { $0.share > $1.share }
        guard let best = fits.first else { return .failure(.unknownEncoding(utf8Offset: utf8Offset)) }
        if fits.count > 1, fits[1].share == best.share { return .failure(.ambiguous) }
        return .success((best.text, best.encoding))
    }

    private static func utf16(_ bytes: [UInt8], _ encoding: TextEncoding) -> Result<(text: [UInt8], encoding: TextEncoding), Problem> {
        guard let converter = Iconv(from: encoding.iconvName) else { return .failure(.unknownEncoding(utf8Offset: 0)) }
        switch converter.convert(Array(bytes.dropFirst(2))) {
        case let .success(text):
            // A NUL character in UTF-16 is as binary as a NUL byte in UTF-8.
            return text.contains(0) ? .failure(.nul) : .success((text, encoding))
        case .failure:
            // The first byte that is not UTF-8 is the byte order mark's first.
            return .failure(.unknownEncoding(utf8Offset: 0))
        }
    }

    /// The share of `bytes`' two-byte characters, read in `encoding`, that lie in its common
    /// plane (1 when there are none).
    static func commonPlaneShare(_ bytes: [UInt8], _ encoding: TextEncoding) -> Double {
        var doubleByte = 0
        var common = 0
        var i = 0
        while i < bytes.count {
            let lead = bytes[i]
            guard lead >= 0x81, i + 1 < bytes.count else {
                i += 1
                continue
            }
            let trail = bytes[i + 1]
            if encoding == .gb18030, (0x30...0x39).contains(trail) {
                // A four-byte GB18030 sequence: the rest of Unicode's first plane (81–84: ¹, ²,
                // letters with diacritics), common enough; beyond it, rare characters.
                doubleByte += 1
                if lead <= 0x84 { common += 1 }
                i += 4
                continue
            }
            doubleByte += 1
            switch encoding {
            case .gb18030: if (0xA1...0xFE).contains(lead), (0xA1...0xFE).contains(trail) { common += 1 }
            default: if (0xA1...0xC6).contains(lead) { common += 1 }
            }
            i += 2
        }
        return doubleByte == 0 ? 1 : Double(common) / Double(doubleByte)
    }
}

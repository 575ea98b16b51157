/// The language a document is written in, told from its script and its commonest words.
public enum Language: String, Sendable, CaseIterable, Comparable {
    case zh, en, fr, es, ru, ar
    /// Too little text to tell.
    case unknown = "und"

    /// The language of normalized text, from its first `sampleLength` bytes.
    static func detect(_ s: [UInt8]) -> Language {
        var han = 0, latin = 0, cyrillic = 0, arabic = 0
        s.withUnsafeBufferPointer { buffer in
            let n = min(buffer.count, sampleLength)
            var i = 0
            while i < n {
                let b = buffer[i]
                if b < 0x80 {
                    if Bytes.isLetter(b) { latin += 1 }
                } else if b &- 0xE4 < 6 {
                    han += 3              // a CJK ideograph: three bytes, one letter of weight
                } else if b &- 0xD0 < 2 {
                    cyrillic += 1
                } else if b &- 0xD8 < 4 {
                    arabic += 1
                }
                i += 1
            }
        }
        let best = max(han, latin, cyrillic, arabic)
        guard best >= minimumLetters else { return .unknown }
        switch best {
        case han: return .zh
        case cyrillic: return .ru
        case arabic: return .ar
        default: break
        }
        // Latin script: the language whose function words are commonest in the first part,
        // looked for at each space.
        var scores = [Int](repeating: 0, count: latinWords.count)
        let limit = min(s.count, wordSampleLength)
        var i = 0
        while i < limit {
            if s[i] == 0x20 {
                for (k, entry) in latinWords.enumerated() where entry.1.contains(where: { s.has($0, at: i) }) { scores[k] += 1 }
            }
            i += 1
        }
        let winner = scores.indices.max { scores[$0] < scores[$1] } ?? 0
        return latinWords[winner].0
    }

    public static func < (lhs: Language, rhs: Language) -> Bool { lhs.rawValue < rhs.rawValue }

    /// How much of the text the script is told from, and how much its words are counted in:
    /// enough for a language, little enough to cost nothing beside the extraction.
    private static let sampleLength = 2_048
    private static let wordSampleLength = 1_024
    private static let minimumLetters = 20

    /// Words frequent in one language and rare in the others, with spaces around them.
    private static let latinWords: [(Language, [[UInt8]])] = [
        (Language.en, [" the ", " and ", " of the "]),
        (Language.fr, [" les ", " des ", " et ", " du "]),
        (Language.es, [" los ", " las ", " del ", " y "]),
    ].map { (language: Language, words: [String]) in (language, words.map { Array($0.utf8) }) }
}

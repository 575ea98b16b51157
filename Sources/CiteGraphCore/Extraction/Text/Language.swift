/// The language a document is written in, told from its script and its commonest words.
public enum Language: String, Sendable, CaseIterable, Comparable {
    case zh, en, fr, es, ru, ar
    /// Too little text to tell.
    case unknown = "und"

    /// The language of normalized text, from its first `sampleLength` bytes.
    static func detect(_ s: [UInt8]) -> Language {
        let sample = s.prefix(sampleLength)
        var han = 0, latin = 0, cyrillic = 0, arabic = 0
        var i = sample.startIndex
        while i < sample.endIndex {
            let b = sample[i]
            if Bytes.isLetter(b) { latin += 1 }
            else if b &- 0xE4 < 6 { han += 3 }              // a CJK ideograph: three bytes, one letter of weight
            else if b == 0xD0 || b == 0xD1 { cyrillic += 1 }
            else if b &- 0xD8 < 4 { arabic += 1 }
            i += 1
        }
        let best = max(han, latin, cyrillic, arabic)
        guard best >= minimumLetters else { return .unknown }
        switch best {
        case han: return .zh
        case cyrillic: return .ru
        case arabic: return .ar
        default: break
        }
        // Latin script: the language whose function words are commonest.
        let text = Array(sample)
        let scores = latinWords.map { language, words in
            (language, words.reduce(0) { $0 + occurrences(of: $1, in: text) })
        }
        return scores.max { $0.1 < $1.1 }?.0 ?? .en
    }

    public static func < (lhs: Language, rhs: Language) -> Bool { lhs.rawValue < rhs.rawValue }

    private static let sampleLength = 65_536
    private static let minimumLetters = 20

    /// Words frequent in one language and rare in the others, with spaces around them.
    private static let latinWords: [(Language, [[UInt8]])] = [
        (Language.en, [" the ", " and ", " of the "]),
        (Language.fr, [" les ", " des ", " et ", " du "]),
        (Language.es, [" los ", " las ", " del ", " y "]),
    ].map { (language: Language, words: [String]) in (language, words.map { Array($0.utf8) }) }

    private static func occurrences(of word: [UInt8], in s: [UInt8]) -> Int {
        guard word.count <= s.count else { return 0 }
        var count = 0
        var i = 0
        while i + word.count <= s.count {
            if s[i] == word[0], s.has(word, at: i) { count += 1 }
            i += 1
        }
        return count
    }
}

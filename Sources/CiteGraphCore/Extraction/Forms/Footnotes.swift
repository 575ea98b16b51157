/// Footnote definitions: lines that begin with a superscript marker (¹ ² ³ …), whose text
/// holds the symbol a marker in the body points at. "同上" / "Ibid." repeats the previous
/// footnote's source.
struct Footnotes {
    /// 0-based lines that define a footnote, in order.
    private(set) var definitionLines: [Int] = []
    /// The definitions whose text begins with 同上 / Ibid.: line -> where that word is written
    /// (with Ibid.'s full stop).
    private(set) var ibidWords: [Int: Range<Int>] = [:]
    /// Footnote number of each definition line.
    private var numberOfLine: [Int: Int] = [:]
    /// Offsets of the markers in the running text, by footnote number, in order.
    private var markers: [Int: [Int]] = [:]
    /// Position of each definition line in `definitionLines`.
    private var indexOfLine: [Int: Int] = [:]

    init(_ s: [UInt8], lines: LineIndex) {
        // Superscript digits start with 0xC2 or 0xE2: find those bytes, and only then ask
        // which line they are on.
        var i = 0
        while i < s.count {
            i = s.withUnsafeBufferPointer { buffer in
                var j = i
                while j < buffer.count, buffer[j] != 0xC2, buffer[j] != 0xE2 { j += 1 }
                return j
            }
            guard i < s.count else { break }
            let line = lines.line(of: i)
            let range = lines.range(ofLine: line, in: s)
            let first = s.skippingSpaces(from: range.lowerBound)
            while i < range.upperBound {
                let lead = s[i]
                if lead != 0xC2, lead != 0xE2 {
                    i += 1
                    continue
                }
                let markerStart = i
                var number = 0
                while i < range.upperBound, let (length, digit) = Self.superscriptDigit(s, at: i) {
                    // Footnote numbers are short; a long run of superscripts is not one (and must not overflow).
                    number = number < 100_000 ? number * 10 + digit : number
                    i += length
                }
                if i == markerStart {
                    i += 1
                    continue
                }
                if markerStart == first {
                    indexOfLine[line] = definitionLines.count
                    definitionLines.append(line)
                    numberOfLine[line] = number
                    let text = s.skippingSpaces(from: i)
                    if s.has(ChineseWords.ibid, at: text) {
                        ibidWords[line] = text..<(text + ChineseWords.ibid.count)
                    } else if Self.startsWithIbid(s, at: text) {
                        let end = text + 4 < s.count && s[text + 4] == 0x2E ? text + 5 : text + 4
                        ibidWords[line] = text..<end
                    }
                } else {
                    markers[number, default: []].append(markerStart)
                }
            }
        }
        addPlainIbids(s, lines: lines)
    }

    /// Footnotes numbered in plain digits, as PDF text gives them: a line "8 Ibid., para. 88."
    /// repeats the source of the note numbered 7 a few lines above ("7 See A/ES-10/273."). Only
    /// such pairs are taken, a plain number at a line's start being a paragraph's as often.
    private mutating func addPlainIbids(_ s: [UInt8], lines: LineIndex) {
        var added: [Int] = []
        var numbered: [(line: Int, number: Int)] = []  // recent lines starting with a plain number
        for line in 0..<lines.count {
            let start = s.skippingSpaces(from: lines.starts[line])
            let end = s.digitRunEnd(from: start)
            guard end > start, end - start <= 3, end < s.count, s[end] == 0x20 || s[end] == 0x09,
                  let number = Int(s.ascii(start..<end)), numberOfLine[line] == nil
            else { continue }
            let text = s.skippingSpaces(from: end)
            let isIbid = s.has(ChineseWords.ibid, at: text) || Self.startsWithIbid(s, at: text)
            if isIbid, let previous = numbered.last(where: { $0.number == number - 1 && line - $0.line <= Self.plainNoteReach }) {
                if numberOfLine[previous.line] == nil { numberOfLine[previous.line] = previous.number; added.append(previous.line) }
                numberOfLine[line] = number
                added.append(line)
                let wordEnd = s.has(ChineseWords.ibid, at: text) ? text + ChineseWords.ibid.count
                    : (text + 4 < s.count && s[text + 4] == 0x2E ? text + 5 : text + 4)
                ibidWords[line] = text..<wordEnd
            }
            numbered.append((line, number))
            if numbered.count > Self.plainNoteReach { numbered.removeFirst() }
        }
        guard !added.isEmpty else { return }
        definitionLines = Array(Set(definitionLines + added)).sorted()
        indexOfLine = Dictionary(uniqueKeysWithValues: definitionLines.enumerated().map { ($1, $0) })
    }

    /// How many lines above an "Ibid." line the note it repeats may stand.
    private static let plainNoteReach = 30

    /// Where the running text points at the footnote defined on `line`: the last marker with
    /// its number before the definition.
    func markerOffset(forDefinitionAt line: Int, lineStart: Int) -> Int? {
        guard let number = numberOfLine[line], let offsets = markers[number] else { return nil }
        // The last offset before the definition, by binary search.
        var low = 0
        var high = offsets.count
        while low < high {
            let mid = (low + high) / 2
            if offsets[mid] < lineStart { low = mid + 1 } else { high = mid }
        }
        return low > 0 ? offsets[low - 1] : nil
    }

    func isDefinition(_ line: Int) -> Bool {
        // Few footnotes per document: a binary search keeps this cheap for long ones.
        var low = 0
        var high = definitionLines.count
        while low < high {
            let mid = (low + high) / 2
            if definitionLines[mid] < line { low = mid + 1 } else { high = mid }
        }
        return low < definitionLines.count && definitionLines[low] == line
    }

    /// The footnote defined just before `line`, if any.
    func previousDefinition(before line: Int) -> Int? {
        guard let index = indexOfLine[line], index > 0 else { return nil }
        return definitionLines[index - 1]
    }

    /// ¹ ² ³ (U+00B9, U+00B2, U+00B3) and ⁰ ⁴–⁹ (U+2070, U+2074–2079): length and digit.
    static func superscriptDigit(_ s: [UInt8], at i: Int) -> (Int, Int)? {
        guard i + 1 < s.count else { return nil }
        if s[i] == 0xC2 {
            switch s[i + 1] {
            case 0xB9: return (2, 1)
            case 0xB2: return (2, 2)
            case 0xB3: return (2, 3)
            default: return nil
            }
        }
        if s[i] == 0xE2, i + 2 < s.count, s[i + 1] == 0x81, s[i + 2] == 0xB0 || (0xB4...0xB9).contains(s[i + 2]) {
            return (3, Int(s[i + 2]) - 0xB0)
        }
        return nil
    }

    private static func startsWithIbid(_ s: [UInt8], at i: Int) -> Bool {
        guard i + 4 <= s.count else { return false }
        let word = s[i..<(i + 4)].map { $0 | 0x20 }
        return word == Array("ibid".utf8)
    }
}

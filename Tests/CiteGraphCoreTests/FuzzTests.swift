@testable import CiteGraphCore
import Testing

/// Random and mutated UN-like text: extraction never crashes or hangs, and every target it
/// emits is a well-formed canonical symbol at a real line and column.
/// The generator is SeededRandom (SplitMix64), so a failure can be replayed from its seed.
@Suite struct FuzzTests {
    static let fragments = [
        "第", " ", "号", "决议", "决定", "、", "和", "及", "以及", "年", "月", "日", "(", ")", "（", "）", "/", "-", "–", "—",
        "A/", "S/", "E/", "A/HRC/", "S/RES/", "A/RES/", "S/PRST/", "S/PV.", "/Rev.", "/Add.", "L.", "C.3/", "ES-",
        "resolution", "resolutions", " of ", " and ", ", ", "décision", "резолюция", "Ibid.", "同上", "¹", "²", "⁴", "\n", "\n\n",
        "[", "](#)", "\\(", "\\)", "大会", "安全理事会", "人权理事会", "经济及社会理事会", "主席", "声明", "回顾", "根据",
        "２", "０", "Ａ", "／", "XXX", "III", " A ", "。", "；", "，", "\u{FEFF}", "\r\n",
        "0", "1", "2", "5", "7", "9", "10", "77", "2015", "2593", "99999", "1946",
    ]

    static func check(_ bytes: [UInt8], _ label: String) {
        let document = CitationExtractor.extract(SourceDocument(path: "fuzz.txt", bytes: bytes))
        let lineCount = bytes.filter { $0 == 0x0A }.count + 1
        for mention in document.mentions {
            #expect(Symbol(mention.target.rawValue) != nil, "\(label): malformed target \(mention.target)")
            #expect(mention.line >= 1 && mention.line <= lineCount, "\(label): line \(mention.line)")
            #expect(mention.column >= 1, "\(label): column \(mention.column)")
        }
        for own in document.ownSymbols { #expect(Symbol(own.rawValue) != nil, "\(label): malformed own symbol \(own)") }
    }

    /// libFuzzer's findings, kept as they were found: every target is canonical.
    @Test(arguments: ["extractor-leading-zero.txt", "text-reader-leading-zero.txt", "extractor-lower-case-run-on.txt", "text-reader-lower-case-run-on.txt"])
    func fuzzFindingsGiveCanonicalTargets(file: String) throws {
        // FuzzExtractor gives the extractor raw bytes; FuzzTextReader goes through the reader.
        let bytes = file.hasPrefix("extractor-") ? [UInt8](try Fixtures.data("formats/fuzz/" + file))
            : try #require(try CorpusReader.read([Fixtures.url("formats/fuzz/" + file).path]).first).bytes
        Self.check(bytes, file)
    }

    /// FuzzExtractor and FuzzTextReader: a number written with a leading zero gave a target
    /// that was not canonical ("A/RES/77/036").
    @Test func aNumberWithALeadingZeroIsCanonical() {
        let english = CitationExtractor.extract(SourceDocument(path: "a.txt", bytes: Array("Recalling its resolution 77/036 and resolution 77/09.".utf8)))
        #expect(english.mentions.map(\.target.rawValue) == ["A/RES/77/36", "A/RES/77/9"])
        let chinese = CitationExtractor.extract(SourceDocument(path: "b.txt", bytes: Array("回顾第77/09号决议。".utf8)))
        #expect(chinese.mentions.map(\.target.rawValue) == ["A/RES/77/9"])
    }

    @Test func randomFragments() {
        var random = SeededRandom(seed: 2026)
        for round in 0..<3000 {
            let count = Int.random(in: 1...60, using: &random)
            let text = (0..<count).map { _ in Self.fragments.randomElement(using: &random) ?? "" }.joined()
            Self.check(Array(text.utf8), "round \(round): \(text)")
        }
    }

    @Test func mutatedSeeds() {
        var random = SeededRandom(seed: 11)
        let seeds = CorpusReader.seeds().map(\.bytes)
        for round in 0..<300 {
            var bytes = seeds[round % seeds.count]
            for _ in 0..<Int.random(in: 1...40, using: &random) {
                let at = Int.random(in: 0..<bytes.count, using: &random)
                switch Int.random(in: 0..<4, using: &random) {
                case 0: bytes.remove(at: at)
                case 1: bytes.insert(UInt8.random(in: 0...255, using: &random), at: at)
                case 2: bytes.insert(contentsOf: Array((Self.fragments.randomElement(using: &random) ?? "").utf8), at: at)
                default:
                    // Splice: repeat a piece of the document somewhere else.
                    let length = min(Int.random(in: 1...200, using: &random), bytes.count - at)
                    bytes.insert(contentsOf: bytes[at..<(at + length)], at: Int.random(in: 0..<bytes.count, using: &random))
                }
            }
            Self.check(bytes, "mutation \(round)")
        }
    }

    @Test func degenerateInputs() {
        for bytes: [UInt8] in [[], [0x0A], [0xEF, 0xBB, 0xBF], [0xE7, 0xAC], Array(repeating: 0x5B, count: 10_000),
                               Array("第".utf8) + Array(repeating: 0x35, count: 100_000), Array(repeating: 0xC2, count: 1000)] {
            Self.check(bytes, "degenerate \(bytes.prefix(8))")
        }
    }
}

import Foundation
import Testing

/// A drawing far wider than cairo's bitmap limit is scaled to fit 2400 px (Graphviz's `size`),
/// so its "graph is too large for cairo-renderer bitmaps" never arises; QuietRenderTests checks that
/// --quiet would keep it off standard error all the same.
struct WidePictureTests {
    @Test func aLongChainIsScaledToFitWithoutCairosWarning() throws {
        let folder = try TemporaryFolder("chain")
        defer { folder.remove() }
        // 400 resolutions each citing the next: laid out left to right, 57,600 px wide unscaled.
        for i in 1...400 {
            try folder.write("United Nations A/RES/70/\(i)\n\nRecalling its resolution 70/\(i + 1),\n", to: String(format: "d%03d.txt", i))
        }
        let picture = folder.file("chain.png")
        let result = try Run.citegraph(["render", "--layout", "dot", "-o", picture, folder.path])
        #expect(result.status == 0)
        #expect(!result.stderr.contains("too large"), "\(result.stderr)")
        let size = try PicturesFitAPageTests.pngSize(picture)
        #expect(size.width <= 2400 && size.height <= 2400, "\(size)")
    }
}

/// The pictures fit a page: PNGs of the seed corpus and of real Chinese and English corpora of
/// about 100 documents each fit in 2400 × 2400 px, with no text smaller than 8 pt at that size
/// (Graphviz scales a larger drawing down: the SVG's scale times its smallest font size).
struct PicturesFitAPageTests {
    static let real = ReportBrowserTests.root.appendingPathComponent("Tests/CiteGraphCoreTests/Fixtures/real/docs")

    /// A folder of links to the real documents whose names start with `prefix` (zh-, en-).
    static func corpus(_ prefix: String, count: Int) throws -> TemporaryFolder {
        let folder = try TemporaryFolder("real-" + prefix)
        let names = try FileManager.default.contentsOfDirectory(atPath: real.path).filter { $0.hasPrefix(prefix) }.sorted().prefix(count)
        for name in names {
            try FileManager.default.createSymbolicLink(atPath: folder.file(name), withDestinationPath: real.appendingPathComponent(name).path)
        }
        return folder
    }

    static func pngSize(_ path: String) throws -> (width: Int, height: Int) {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        func word(_ at: Int) -> Int { bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (word(16), word(20))
    }

    static func expectFits(_ arguments: [String], _ label: String) throws {
        let folder = try TemporaryFolder("fit")
        defer { folder.remove() }
        let png = folder.file("g.png"), svg = folder.file("g.svg")
        #expect(try Run.citegraph(["render", "-q", "-o", png] + arguments).status == 0)
        #expect(try Run.citegraph(["render", "-q", "-o", svg] + arguments).status == 0)
        let size = try pngSize(png)
        #expect(size.width <= 2400 && size.height <= 2400, "\(label): \(size.width) × \(size.height) px")
        let text = try String(contentsOfFile: svg, encoding: .utf8)
        let scale = text.firstMatch(of: /scale\(([0-9.]+)/).flatMap { Double($0.1) } ?? 1
        let fonts = text.matches(of: /font-size="([0-9.]+)"/).compactMap { Double($0.1) }
        let smallest = (fonts.min() ?? 0) * scale
        #expect(smallest >= 8, "\(label): smallest text \(smallest) pt at 2400 px")
    }

    @Test func theSeedPictureFits() throws { try Self.expectFits([], "seeds") }

    @Test func aRealChineseCorpusFits() throws {
        let folder = try Self.corpus("zh-", count: 107)
        defer { folder.remove() }
        try Self.expectFits([folder.path], "107 Chinese documents")
    }

    @Test func aRealEnglishCorpusFits() throws {
        let folder = try Self.corpus("en-", count: 100)
        defer { folder.remove() }
        try Self.expectFits([folder.path], "100 English documents")
    }
}

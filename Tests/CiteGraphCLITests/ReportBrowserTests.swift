import Foundation
import Testing

/// Headless Chromium, found on PATH: the browser the HTML report is tested in.
enum Browser {
    static let path: String? = {
        let names = ["chromium", "chromium-browser", "google-chrome"]
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":").map(String.init)
        for folder in folders {
            for name in names where FileManager.default.isExecutableFile(atPath: folder + "/" + name) { return folder + "/" + name }
        }
        return nil
    }()

    /// Under CI=true a missing browser is a failure, not a skip: CI installs it (scripts/bootstrap.sh).
    static let required = ProcessInfo.processInfo.environment["CI"] == "true"

    /// Chromium's arguments for a headless run; as root it needs --no-sandbox.
    static func arguments(_ extra: [String]) -> [String] {
        ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run", "--mute-audio",
         "--window-size=1280,1800"] + extra
    }
}

/// The HTML report opened in a real browser: Chromium loads the report of the seed corpus and of
/// the corpus of real documents with a check script appended (`Browser/report-check.js`), which
/// clicks, types and follows links as a reader would and writes what it saw into the page;
/// `--dump-dom` prints the page after its scripts ran.
@Suite(.serialized, .enabled(if: Browser.path != nil || Browser.required,
                              "chromium is not installed (apt-get install chromium, or scripts/bootstrap.sh); CI=true makes this a failure"))
struct ReportBrowserTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    struct Check: Decodable {
        let lang: String
        let picture: Bool
        let pictureWidth: Double?, viewportWidth: Double?, pictureHeight: Double?
        let pageOverflows: Bool?
        let nodes: Int?
        let zoomedIn: Bool?, zoomReset: Bool?
        let tables: Int
        let sortChangedOrder: Bool, sortedAscending: Bool, sortedDescending: Bool, sortMark: String?
        let numericDescending: Bool
        let searchTotal: Int, searchQuery: String, searchShown: Int, searchRowsMatch: Bool
        let pagedRows: Int
        let internalLinks: Int, brokenLinks: [String]
        let undocsLinks: Int, undocsLanguages: [String]
        let sectionUndocs: [String]?
        let linkedRowShown: Bool
        let problems: [String]
    }

    /// Makes the report of `arguments`, opens it with the check script and returns what it saw.
    static func check(_ arguments: [String]) throws -> Check {
        let chromium = try #require(Browser.path, "CI=true, and chromium is not on PATH: scripts/bootstrap.sh installs it")
        let folder = try TemporaryFolder("browser")
        defer { folder.remove() }
        let report = folder.file("report.html")
        let made = try Run.citegraph(["report", "-q", "-o", report] + arguments)
        try #require(made.status == 0, "citegraph report failed: \(made.stderr)")
        let script = try String(contentsOf: root.appendingPathComponent("Tests/CiteGraphCLITests/Browser/report-check.js"), encoding: .utf8)
        let html = try String(contentsOfFile: report, encoding: .utf8)
        let page = folder.file("checked.html")
        try Data(html.replacingOccurrences(of: "</body>", with: "<script>\n\(script)</script>\n</body>").utf8)
            .write(to: URL(fileURLWithPath: page))
        let result = try Run.launch(URL(fileURLWithPath: chromium),
                                    Browser.arguments(["--virtual-time-budget=10000", "--dump-dom", URL(fileURLWithPath: page).absoluteString]),
                                    in: nil, environment: ["HOME": folder.path])
        let dom = result.stdout
        guard let start = dom.range(of: "<pre id=\"citegraph-check\">", options: .backwards), let end = dom.range(of: "</pre>", range: start.upperBound..<dom.endIndex) else {
            Issue.record("the check script wrote nothing (status \(result.status)): \(result.stderr.suffix(600))")
            throw CheckMissing()
        }
        let json = String(dom[start.upperBound..<end.lowerBound])
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
        return try JSONDecoder().decode(Check.self, from: Data(json.utf8))
    }

    struct CheckMissing: Error {}

    /// What every report must show in the browser, whatever the corpus.
    static func expectWorking(_ check: Check, language: String, undocs: String) {
        #expect(check.problems.isEmpty, "the check script failed: \(check.problems)")
        #expect(check.lang == language)
        #expect(check.picture)
        // Fitted: the picture fills its box's width (or, if tall, the height it is allowed) and
        // the page does not scroll sideways.
        if let width = check.pictureWidth, let box = check.viewportWidth, let height = check.pictureHeight {
            #expect(width <= box + 1 && width > 100, "picture \(width) px wide in a box of \(box) px")
            #expect(abs(width - (box - 2)) < 2 || height >= 0.85 * 1800 - 2, "picture \(width)×\(height) px does not fill its box (\(box) px)")
        }
        #expect(check.pageOverflows == false)
        #expect((check.nodes ?? 0) > 10)
        #expect(check.zoomedIn == true && check.zoomReset == true)
        #expect(check.tables >= 3)
        #expect(check.sortChangedOrder && check.sortedAscending && check.sortedDescending, "sorting by the document column")
        #expect(check.sortMark == "descending")
        #expect(check.numericDescending, "sorting by the number of citations")
        #expect(check.searchRowsMatch && check.searchShown >= 1 && check.searchShown < check.searchTotal,
                "searching for \(check.searchQuery) shows \(check.searchShown) of \(check.searchTotal) rows")
        #expect(check.pagedRows <= 50, "a page shows at most 50 rows")
        #expect(check.internalLinks > 50)
        #expect(check.brokenLinks.isEmpty, "links without a target: \(check.brokenLinks)")
        #expect(check.undocsLinks > 50)
        #expect(check.undocsLanguages == [undocs])
        #expect(check.linkedRowShown, "a link to a row on a later page turns to it")
    }

    @Test func theSeedReportWorksInChromium() throws {
        let check = try Self.check([])
        Self.expectWorking(check, language: "zh", undocs: "zh")
        // The section of the corpus's one symbol-named document links to it on undocs.org.
        #expect(check.sectionUndocs?.last?.hasPrefix("https://undocs.org/zh/") == true)
    }

    @Test func theRealCorpusReportWorksInChromium() throws {
        let docs = Self.root.appendingPathComponent("Tests/CiteGraphCoreTests/Fixtures/real/docs").path
        let check = try Self.check([docs])
        // 140 English, 107 Chinese and 38 mixed files: English is the corpus's language.
        Self.expectWorking(check, language: "en", undocs: "en")
        #expect(check.searchTotal > 100)
    }
}

/// A drawing far wider than cairo's bitmap limit is scaled to fit 2400 px (Graphviz's `size`),
/// so its "graph is too large for cairo-renderer bitmaps" never arises; RenderTests checks that
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

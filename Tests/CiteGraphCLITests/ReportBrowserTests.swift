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

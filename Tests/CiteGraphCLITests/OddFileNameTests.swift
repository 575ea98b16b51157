import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The file names of issue 14 (items 4 and 5), end to end: every output is well-formed, no
/// name becomes markup, and no two names merge.
@Suite struct OddFileNameTests {
    static let names = ["<img src=x onerror=alert(1)>", "a\u{1}", "a\u{2}", "a", "b\u{FFFE}"]

    static func corpus() throws -> TemporaryFolder {
        let folder = try TemporaryFolder("odd-names")
        for name in names { try folder.write("回顾第 77/10 号决议。\n", to: name + ".txt") }
        return folder
    }

    static func parses(_ text: String) -> Bool {
        XMLParser(data: Data(text.utf8)).parse()
    }

    @Test(arguments: ["graphml", "gexf"])
    func xmlExportsParseWithOneNodePerFile(format: String) throws {
        let folder = try Self.corpus()
        defer { folder.remove() }
        let result = try Run.citegraph(["export", "--format", format, folder.path])
        #expect(result.status == 0)
        #expect(Self.parses(result.stdout))
        let ids = result.stdout.components(separatedBy: "<node id=\"").dropFirst().compactMap { $0.split(separator: "\"").first }
        #expect(ids == ["&lt;img src=x onerror=alert(1)&gt;", "A/RES/77/10", "a", "a%01", "a%02", "b%EF%BF%BE"])
    }

    @Test func theSVGAndTheHTMLReportParse() throws {
        let folder = try Self.corpus()
        defer { folder.remove() }
        let svg = try Run.citegraph(["render", folder.path])
        #expect(svg.status == 0)
        #expect(Self.parses(svg.stdout))
        #expect(svg.stdout.components(separatedBy: "class=\"node\"").count - 1 == Self.names.count + 1)
        let report = folder.file("report.html")
        #expect(try Run.citegraph(["report", "-o", report, folder.path]).status == 0)
        let html = try String(contentsOfFile: report, encoding: .utf8)
        #expect(!html.contains("<img"))
    }

    @Test func theMarkdownReportCarriesNoElementFromAFileName() throws {
        let folder = try Self.corpus()
        defer { folder.remove() }
        let result = try Run.citegraph(["report", "--no-picture", folder.path])
        #expect(result.status == 0)
        #expect(!result.stdout.contains("<img"))
        // The heading goes on with the title read from the text (its first line here).
        #expect(result.stdout.contains("\n### &lt;img src=x onerror=alert(1)&gt; — 回顾第 77/10 号决议。\n"))
        #expect(result.stdout.contains("\n### a\\\\u{1} — 回顾第 77/10 号决议。\n"))
    }

    @Test func aFileNamedLikeATimelineNodeStaysADocument() throws {
        let folder = try TemporaryFolder("year-name")
        defer { folder.remove() }
        try folder.write("回顾第 76/1 号决议。\n", to: "year:2021.txt")
        let result = try Run.citegraph(["render", "--rank-by-year", "--format", "dot", folder.path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("\n  \"year:2021\" [shape=note, "))
        #expect(result.stdout.contains("\n  \"%year:2021\" [label=\"2021\"];\n"))
        #expect(result.stdout.contains("{ rank=same; \"%year:2021\"; \"A/RES/76/1\"; }"))
    }
}

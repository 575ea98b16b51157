@testable import CiteGraphCore
import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Names taken from input — file names above all, which become node ids when a document
/// states no symbol — can neither inject markup into an output nor break or merge its nodes
/// (issue 14, items 4 and 5).
@Suite struct OddNameTests {
    /// A corpus of documents stating no symbol, so each is named by its file name; each cites
    /// one resolution.
    static func corpus(_ names: [String]) -> CorpusExtraction {
        CorpusExtraction(names.map { SourceDocument(path: "corpus/\($0).txt", bytes: Array("回顾第 77/10 号决议。\n".utf8)) })
    }

    static func report(_ names: [String]) -> String {
        let corpus = corpus(names)
        let graph = CitationGraph(corpus)
        return ReportWriter.write(corpus: corpus, graph: graph, stats: GraphStatistics(graph), picture: nil, format: .markdown)
    }

    @Test func anHTMLTagInAFileNameIsEscapedInTheMarkdownReport() {
        let report = Self.report(["<img src=x onerror=alert(1)>", "<script>alert(1)"])
        #expect(!report.contains("<img"))
        #expect(!report.contains("<script"))
        #expect(report.contains("\n### &lt;img src=x onerror=alert(1)&gt;\n"))
        #expect(report.contains("\n### &lt;script&gt;alert(1)\n"))
        #expect(report.contains("file: corpus/&lt;img src=x onerror=alert(1)&gt;.txt. It cites 1 document (1 mention):\n"))
        #expect(report.contains("| 3 | &lt;script&gt;alert(1) | report/letter | other | yes | 0 | 0.212766 |"))
        #expect(report.contains("| A/RES/77/10 | resolution | GA | 2 | &lt;img src=x onerror=alert(1)&gt;, &lt;script&gt;alert(1) |"))
    }

    @Test func markdownSyntaxInAFileNameIsEscaped() {
        let report = Self.report(["[click](evil.example)", "**bold** _it_ `code` #tag ~x~ a|b", "a\nb\u{1B}[31m"])
        #expect(report.contains("\n### \\[click\\](evil.example)\n"))
        #expect(report.contains("\n### \\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\#tag \\~x\\~ a\\|b\n"))
        // A line break cannot end the heading early; the escape sequence cannot reach a terminal.
        #expect(report.contains("\n### a\\\\nb\\\\u{1B}\\[31m\n"))
        #expect(report.contains("- A/RES/77/10 — recalls\n"))
    }

    @Test func aFileNameThatStartsAFormulaIsTextInEveryCSV() {
        let corpus = Self.corpus(["=HYPERLINK(\"http:x\")", "@SUM(A1)", "-2+3+cmd", "+1", "-0.5"])
        let graph = CitationGraph(corpus)
        let export = ExportFormatter.format(graph, as: .csv)
        #expect(export.contains("\n\"'=HYPERLINK(\"\"http:x\"\")\",A/RES/77/10,"))
        #expect(export.contains("\n'@SUM(A1),A/RES/77/10,"))
        #expect(export.contains("\n'-2+3+cmd,A/RES/77/10,"))
        // What a spreadsheet reads as a number stays one.
        #expect(export.contains("\n+1,A/RES/77/10,"))
        #expect(export.contains("\n-0.5,A/RES/77/10,"))
        let stats = StatsFormatter.format(GraphStatistics(graph), as: .csv)
        #expect(stats.contains(",'@SUM(A1),"))
        #expect(!stats.contains(",@SUM"))
        #expect(CSV.field("0.574468") == "0.574468")
    }

    @Test func whatWouldStartAListIsEscapedAtTheStartOfABlockOnly() {
        #expect(Markdown.escape("1. item", startsBlock: true) == "1\\. item")
        #expect(Markdown.escape("- item", startsBlock: true) == "\\- item")
        #expect(Markdown.escape("0.574468") == "0.574468")
        #expect(Markdown.escape("A/79/L.5-S/2024/600") == "A/79/L.5-S/2024/600")
    }

    @Test func identifiersInsideWordsAreLeftReadable() {
        let report = Self.report(["000_be461b3669ee6420"])
        #expect(report.contains("\n### 000_be461b3669ee6420\n"))
    }

    @Test func statsMarkdownAndTableEscapeNames() {
        let graph = CitationGraph(Self.corpus(["<b>x", "e\u{1B}]0;title\u{7}"]))
        let stats = GraphStatistics(graph)
        let markdown = StatsFormatter.format(stats, as: .markdown)
        #expect(markdown.contains("| &lt;b&gt;x | document | other | yes |"))
        #expect(!markdown.contains("<b>"))
        let table = StatsFormatter.format(stats, as: .table)
        #expect(!table.contains("\u{1B}"))
        #expect(table.contains("e\\u{1B}]0;title\\u{7}"))
    }

    /// Ids that XML cannot carry, or that would merge if the offending characters were dropped.
    static let oddIDs = ["a", "a\u{1}", "a\u{2}", "b\u{FFFE}", "c%41", "d\te", "f\u{FFFF}"]
    static let escapedIDs = ["a", "a%01", "a%02", "b%EF%BF%BE", "c%2541", "d\te", "f%EF%BF%BF"]

    static func oddGraph() throws -> CitationGraph {
        try CitationGraph(
            nodes: oddIDs.map { GraphNode(id: $0, type: .document, body: .other, inCorpus: true) }
                + [GraphNode(id: "A/RES/77/10", type: .resolution, body: .generalAssembly, inCorpus: false)],
            edges: oddIDs.map { (source: $0, target: "A/RES/77/10", weight: 1) })
    }

    @Test(arguments: [ExportFormat.graphml, .gexf])
    func xmlExportsParseAndKeepEveryNodeApart(format: ExportFormat) throws {
        let graph = try Self.oddGraph()
        let xml = ExportFormatter.format(graph, as: format, statistics: GraphStatistics(graph))
        let parsed = try XMLAttributes(Array(xml.utf8))
        #expect(parsed.values(of: "id", in: "node") == ["A/RES/77/10"] + Self.escapedIDs)
        #expect(parsed.values(of: "source", in: "edge") == Self.escapedIDs)
        // The escape is percent-encoding, read back with any URL decoder.
        #expect(Self.escapedIDs.map { $0.removingPercentEncoding } == Self.oddIDs)
    }
}

/// The attributes of every element of an XML document, in document order.
struct XMLAttributes {
    private(set) var elements: [(name: String, attributes: [String: String])] = []

    init(_ bytes: [UInt8]) throws {
        let delegate = Delegate()
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = delegate
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.fileReadCorruptFile) }
        elements = delegate.elements
    }

    func values(of attribute: String, in element: String) -> [String] {
        elements.filter { $0.name == element }.compactMap { $0.attributes[attribute] }
    }

    private final class Delegate: NSObject, XMLParserDelegate {
        var elements: [(name: String, attributes: [String: String])] = []
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            elements.append((name, attributes))
        }
    }
}

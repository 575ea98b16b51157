import CiteGraphCore
import CiteGraphRender
import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Node ids that XML cannot carry, that Graphviz would read as its own escapes (`\N`, `\G`,
/// `&#x3c;`), or that look like the timeline's own nodes, drawn as they are (issue 14, items 5, 9).
@Suite struct OddNameRenderTests {
    static let ids = ["a\\N", "b\\G", "c&#x3c;d", "e\u{1}", "f\u{FFFE}", "g\nh", "year:2021", "A/RES/76/1"]

    static func graph() throws -> CitationGraph {
        try CitationGraph(
            nodes: ids.map { id in
                id.hasPrefix("A/") ? GraphNode(id: id, type: .resolution, body: .generalAssembly, inCorpus: false)
                    : GraphNode(id: id, type: .document, body: .other, inCorpus: true)
            },
            edges: ids.dropLast().map { (source: $0, target: "A/RES/76/1", weight: 1) })
    }

    static func svg(rankByYear: Bool = false) throws -> NodeTexts {
        var options = DOTWriter.Options()
        options.rankByYear = rankByYear
        let dot = DOTWriter.write(try graph(), options: options)
        return try NodeTexts(GraphvizRenderer().render(dot: dot, engine: .dot, format: "svg"))
    }

    @Test func theSVGParsesAndShowsEveryNameAsWritten() throws {
        let svg = try Self.svg()
        // Labels show the name, with characters that cannot be shown escaped.
        #expect(Set(svg.labels) == ["A/RES/76/1", "a\\N", "b\\G", "c&#x3c;d", "e\\u{1}", "f\\u{FFFE}", "g\\nh", "year:2021"])
        #expect(svg.tooltips.contains("a\\N — report/letter, other, not cited, in the corpus"))
        #expect(svg.tooltips.contains("b\\G — report/letter, other, not cited, in the corpus"))
        #expect(svg.tooltips.contains("c&#x3c;d — report/letter, other, not cited, in the corpus"))
        #expect(svg.tooltips.contains("g\\nh — report/letter, other, not cited, in the corpus"))
        #expect(svg.titles.count == Self.ids.count)
        #expect(Set(svg.titles).count == Self.ids.count)
    }

    @Test func aDocumentNamedLikeATimelineNodeStaysItsOwnNode() throws {
        var options = DOTWriter.Options()
        options.rankByYear = true
        let dot = DOTWriter.write(try Self.graph(), options: options)
        // The eight documents, one timeline node for 2021 (A/RES/76/1's year) and the
        // "year unknown" row's, for the documents named by their files.
        #expect(try GraphvizRenderer.count(dot: dot).nodes == Self.ids.count + 2)
        let svg = try NodeTexts(GraphvizRenderer().render(dot: dot, engine: .dot, format: "svg"))
        #expect(svg.labels.filter { $0 == "year:2021" }.count == 1)
        #expect(svg.labels.filter { $0 == "2021" }.count == 1, "\(svg.labels)")
    }
}

/// Per node of an SVG from Graphviz: its title, the tooltip of its link and its label text.
struct NodeTexts {
    var titles: [String] = []
    var tooltips: [String] = []
    var labels: [String] = []

    init(_ bytes: [UInt8]) throws {
        let delegate = Delegate()
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = delegate
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.fileReadCorruptFile) }
        self = delegate.result
    }

    private init() {}

    private final class Delegate: NSObject, XMLParserDelegate {
        var result = NodeTexts()
        private var inNode = false
        private var element = ""
        private var text = ""

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            if name == "g", let kind = attributes["class"] { inNode = kind == "node" }
            if inNode, name == "a", let tooltip = attributes["xlink:title"] { result.tooltips.append(tooltip) }
            element = name
            text = ""
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            guard inNode else { return }
            if name == "title" { result.titles.append(text) }
            if name == "text" { result.labels.append(text) }
        }
    }
}

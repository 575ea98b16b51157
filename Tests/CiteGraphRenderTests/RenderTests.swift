import CiteGraphCore
import CiteGraphRender
import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Rendering through Graphviz's C API, checked by structure: SVG embeds Graphviz's version
/// and float coordinates, so it is parsed, not compared byte for byte.
@Suite struct RenderTests {
    static let graph = CitationGraph(CorpusExtraction(CorpusReader.seeds()))
    static let dot = DOTWriter.write(graph)

    @Test func svgHasOneNodeGroupPerGraphNode() throws {
        let svg = try GraphvizRenderer().render(dot: Self.dot, engine: .dot, format: "svg")
        let parsed = try SVGSummary(svg)
        #expect(parsed.nodeGroups == Self.graph.nodeCount)
        #expect(parsed.edgeGroups == Self.graph.edgeCount)
        #expect(Set(parsed.nodeTitles) == Set(Self.graph.nodes.map(\.id)))
        #expect(parsed.links.contains("https://undocs.org/S/RES/2593(2021)"))
    }

    @Test func nodesCarryTitleTooltipAndLink() throws {
        let svg = String(decoding: try GraphvizRenderer().render(dot: Self.dot, engine: .dot, format: "svg"), as: UTF8.self)
        // Graphviz writes a node's URL and tooltip on the <a> around its shape.
        #expect(svg.contains("<title>S/RES/2250(2015)</title>"))
        #expect(svg.contains(#"xlink:href="https://undocs.org/S/RES/2250(2015)""#))
        #expect(svg.contains(#"xlink:title="S/RES/2250(2015) — resolution, Security Council, cited once; year: 2015""#))
        var options = DOTWriter.Options()
        options.links = false
        let plain = String(decoding: try GraphvizRenderer().render(dot: DOTWriter.write(Self.graph, options: options), engine: .dot,
                                                                   format: "svg"), as: UTF8.self)
        #expect(!plain.contains("undocs.org"))
        #expect(plain.contains("xlink:title=\"S/RES/2250(2015)"))
    }

    @Test(arguments: [("png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), ("pdf", Array("%PDF-".utf8))])
    func rasterAndPDFOutputsStartWithTheirMagicBytes(format: String, magic: [UInt8]) throws {
        let bytes = try GraphvizRenderer().render(dot: Self.dot, engine: .dot, format: format)
        #expect(Array(bytes.prefix(magic.count)) == magic)
        #expect(bytes.count > 10_000)
    }

    @Test func theLegendIsPartOfTheGraphLabelNotANode() throws {
        let svg = try SVGSummary(GraphvizRenderer().render(dot: Self.dot, engine: .dot, format: "svg"))
        #expect(svg.nodeGroups == Self.graph.nodeCount)
        let text = String(decoding: try GraphvizRenderer().render(dot: Self.dot, engine: .dot, format: "svg"), as: UTF8.self)
        #expect(text.contains("SC: Security Council"))
        #expect(text.contains("filled: in the corpus; outlined: cited only"))
    }

    @Test(arguments: LayoutEngine.allCases)
    func everyLayoutEngineRenders(engine: LayoutEngine) throws {
        let svg = try GraphvizRenderer().render(dot: Self.dot, engine: engine, format: "svg")
        #expect(try SVGSummary(svg).nodeGroups == Self.graph.nodeCount)
    }

    @Test func theDOTWeWriteReadsBackWithTheSameCounts() throws {
        let counts = try GraphvizRenderer.count(dot: Self.dot)
        #expect(counts.nodes == Self.graph.nodeCount)
        #expect(counts.edges == Self.graph.edgeCount)
    }

    @Test func graphvizErrorsBecomeSwiftErrors() throws {
        let renderer = try GraphvizRenderer()
        #expect(throws: GraphvizError.self) { try renderer.render(dot: "digraph { a -> }", engine: .dot, format: "svg") }
        #expect(throws: GraphvizError.self) { try renderer.render(dot: "digraph { a -> b }", engine: .dot, format: "no-such-format") }
        // The renderer still works after an error.
        #expect(try SVGSummary(renderer.render(dot: "digraph { a -> b }", engine: .dot, format: "svg")).nodeGroups == 2)
    }

    @Test func chineseLabelsAreMeasuredWithACJKFont() throws {
        // With a CJK font, a ten-character Chinese label is laid out wider than ten Latin letters.
        let svg = try GraphvizRenderer().render(
            dot: #"digraph { node [fontname="Noto Sans CJK SC", shape=box]; a [label="联合国阿富汗援助团工作"]; b [label="abcdefghij"] }"#,
            engine: .dot, format: "svg")
        let widths = try SVGSummary(svg).polygonWidths
        try #require(widths.count == 2)
        #expect(widths[0] > widths[1] * 1.5)
    }
}

/// What the tests read from an SVG document.
struct SVGSummary {
    var nodeGroups = 0
    var edgeGroups = 0
    var nodeTitles: [String] = []
    var links: [String] = []
    /// Widths of node outlines (`<polygon>` inside node groups), in document order.
    var polygonWidths: [Double] = []

    init(_ bytes: [UInt8]) throws {
        let delegate = Delegate()
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = delegate
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.fileReadCorruptFile) }
        self = delegate.summary
    }

    private final class Delegate: NSObject, XMLParserDelegate {
        var summary = SVGSummary(empty: ())
        private var stack: [String] = []
        private var text = ""

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            let kind = name == "g" ? (attributes["class"] ?? "") : name
            if kind == "node" { summary.nodeGroups += 1 }
            if kind == "edge" { summary.edgeGroups += 1 }
            if name == "a", let href = attributes["xlink:href"] { summary.links.append(href) }
            if name == "polygon", stack.last == "node" || stack.dropLast().last == "node",
               let points = attributes["points"] {
                let xs = points.split(separator: " ").compactMap { Double($0.split(separator: ",")[0]) }
                if let low = xs.min(), let high = xs.max() { summary.polygonWidths.append(high - low) }
            }
            stack.append(kind)
            text = ""
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            stack.removeLast()
            if name == "title", stack.last == "node" { summary.nodeTitles.append(text) }
        }
    }

    private init(empty: ()) {}
}

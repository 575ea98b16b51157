import ArgumentParser
import CiteGraphCore
import CiteGraphRender

extension CiteGraphCommand {
    struct Render: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Draw the citation graph with Graphviz (in process, through its C API).")

        enum Format: String, CaseIterable, ExpressibleByArgument {
            case svg, dot
        }

        enum Direction: String, CaseIterable, ExpressibleByArgument {
            case TB, LR, BT, RL
        }

        @OptionGroup var corpus: CorpusOptions

        @Option(help: "Output format: a picture (svg) or the graph description Graphviz reads (dot).")
        var format: Format = .svg

        @Option(help: "Graphviz layout engine.")
        var layout: LayoutEngine = .dot

        @Option(help: "Direction citations flow in (dot layout).")
        var rankdir: Direction = .LR

        @Flag(help: "Leave out the links to the documents on undocs.org.")
        var noLinks = false

        func run() throws {
            let graph = CitationGraph(try corpus.extract())
            var options = DOTWriter.Options()
            options.rankdir = rankdir.rawValue
            options.links = !noLinks
            options.layout = layout.rawValue
            let dot = DOTWriter.write(graph, options: options)
            switch format {
            case .dot:
                StandardOutput.write(dot)
            case .svg:
                let renderer = try GraphvizRenderer()
                StandardOutput.write(try renderer.render(dot: dot, engine: layout, format: "svg"))
            }
        }
    }
}

extension LayoutEngine: ExpressibleByArgument {}

import ArgumentParser
import CiteGraphCore
import CiteGraphRender
import Foundation

extension CiteGraphCommand {
    struct Render: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Draw the citation graph with Graphviz (in process, through its C API).")

        enum Format: String, CaseIterable, ExpressibleByArgument {
            case svg, dot, png, pdf
        }

        @OptionGroup var corpus: CorpusOptions
        @OptionGroup var filters: FilterOptions
        @OptionGroup var drawing: DrawingOptions
        @OptionGroup var centrality: CentralityOptions

        @Option(help: "Output format (default: from the --output file's extension, else svg).")
        var format: Format?

        @Option(name: [.short, .long], help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
        var output: String?

        /// The format the --output file's extension names, if any.
        private var formatFromOutput: Format? {
            output.flatMap { Format(rawValue: ($0 as NSString).pathExtension.lowercased()) }
        }

        func validate() throws {
            if let output, let problem = OutputFile.problem(with: output) {
                throw ValidationError("--output \(output): \(problem)")
            }
            if format == nil, let output, formatFromOutput == nil {
                throw ValidationError("--output \(output): cannot tell the format from the extension; give --format")
            }
        }

        func run() throws {
            let analysis = try Analysis(corpus: corpus, filter: filters, centrality: centrality)
            let chosen = format ?? formatFromOutput ?? .svg
            var clock = PhaseClock()
            // DOT is not laid out here, so it always holds the whole (filtered) graph.
            let graph = chosen == .dot ? analysis.view
                : drawing.drawn(analysis, by: filters.by, topGiven: filters.top != nil, quiet: corpus.quiet)
            let engine = drawing.engine(for: graph, quiet: corpus.quiet)
            let dot = drawing.dot(graph, stats: analysis.stats, engine: engine, language: drawing.language(analysis),
                                  titles: GraphNode.titles(of: graph), focus: filters.focus)
            clock.lap("write DOT")
            let bytes: [UInt8]
            switch chosen {
            case .dot: bytes = Array(dot.utf8)
            case .svg, .png, .pdf:
                bytes = try drawing.render(dot, documents: graph.nodeCount, engine: engine, format: chosen.rawValue, quiet: corpus.quiet)
            }
            clock.lap("Graphviz: read, lay out (\(engine.rawValue)) and render \(chosen.rawValue)")
            try OutputFile.write(bytes, to: output)
            clock.lap("write")
            corpus.report(analysis.laps(then: clock))
        }
    }
}

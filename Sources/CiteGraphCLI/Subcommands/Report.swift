import ArgumentParser
import CiteGraphCore
import CiteGraphRender
import Foundation

extension CiteGraphCommand {
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "A self-contained report: summary, picture, rankings, what each document cites, unresolved mentions.")

        @OptionGroup var corpus: CorpusOptions
        @OptionGroup var filters: FilterOptions
        @OptionGroup var drawing: DrawingOptions

        @Option(name: [.short, .long], help: ArgumentHelp(
            "Write to this file; .html gives HTML, anything else Markdown (default: Markdown on standard output).",
            valueName: "file"))
        var output: String?

        @Option(parsing: .unconditional, help: "How many documents the ranking tables list.")
        var rows: Int = 10

        @Flag(help: "Leave the picture out.")
        var noPicture = false

        func validate() throws {
            if let output, let problem = OutputFile.problem(with: output) {
                throw ValidationError("--output \(output): \(problem)")
            }
            if rows < 1 { throw ValidationError("--rows must be at least 1") }
        }

        func run() throws {
            let analysis = try Analysis(corpus: corpus, filter: filters)
            var clock = PhaseClock()
            var picture: String?
            if !noPicture {
                let graph = drawing.drawn(analysis, by: filters.by, topGiven: filters.top != nil, quiet: corpus.quiet)
                let engine = drawing.engine(for: graph, quiet: corpus.quiet)
                let dot = drawing.dot(graph, stats: analysis.stats, engine: engine, focus: filters.focus)
                let svg = try drawing.render(dot, documents: graph.nodeCount, engine: engine, format: "svg", quiet: corpus.quiet)
                picture = String(decoding: svg, as: UTF8.self)
                clock.lap("picture (\(engine.rawValue))")
            }
            let format: ReportWriter.Format = output.map { ($0 as NSString).pathExtension.lowercased().hasPrefix("htm") } == true
                ? .html : .markdown
            let text = ReportWriter.write(corpus: analysis.corpus, graph: analysis.view, stats: analysis.viewStats,
                                          picture: picture, format: format, top: rows, sizeMeasure: drawing.sizeBy)
            clock.lap("write the report")
            try OutputFile.write(Array(text.utf8), to: output)
            clock.lap("write")
            corpus.report(analysis.laps(then: clock))
        }
    }
}

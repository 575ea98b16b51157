import ArgumentParser
import CiteGraphCore
import CiteGraphRender
import Foundation

extension CiteGraphCommand {
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "A self-contained report: summary, picture, rankings, what each document cites, unresolved mentions.")

        /// A report's picture shows at most this many documents unless --all or --top says
        /// otherwise: the SVG of 1,000 documents of a 30,000-document corpus was 4.7 MB of a
        /// 12 MB report.
        static let pictureLimit = 500

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
            let format: ReportWriter.Format = output.map { ($0 as NSString).pathExtension.lowercased().hasPrefix("htm") } == true
                ? .html : .markdown
            var context = ReportContext()
            context.version = CiteGraphCommand.configuration.version
            context.date = ReportHeader.date()
            context.commandLine = ReportHeader.commandLine()
            context.filters = filters.inForce
            context.language = drawing.language(analysis)
            context.folders = corpus.paths.filter { path in
                var isFolder: ObjCBool = false
                return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
            }
            context.titles = GraphNode.titles(of: analysis.view)
            context.addSymbolYears(of: analysis.view)
            var svg: [UInt8]?
            if !noPicture {
                let graph = drawing.drawn(analysis, by: filters.by, topGiven: filters.top != nil, quiet: corpus.quiet, limit: Self.pictureLimit)
                if graph.nodeCount < analysis.view.nodeCount { context.pictureSubset = (graph.nodeCount, filters.by.rawValue) }
                let engine = drawing.engine(for: graph, quiet: corpus.quiet)
                let dot = drawing.dot(graph, stats: analysis.stats, engine: engine, language: drawing.language(analysis),
                                      titles: GraphNode.titles(of: graph), focus: filters.focus)
                svg = try drawing.render(dot, documents: graph.nodeCount, engine: engine, format: "svg", quiet: corpus.quiet)
                clock.lap("picture (\(engine.rawValue))")
            }
            // Markdown cannot hold the picture well (an SVG of thousands of lines): it is written
            // beside the report, with the report's name and .svg, and linked.
            var pictureFile: String?
            if format == .markdown, svg != nil {
                if let output {
                    pictureFile = ((output as NSString).deletingPathExtension as NSString).appendingPathExtension("svg")
                    context.pictureFile = ((pictureFile ?? "") as NSString).lastPathComponent
                } else if !corpus.quiet {
                    StandardError.write("citegraph: a Markdown report on standard output has no picture; -o report.md writes it beside the report as report.svg\n")
                }
            }
            let text = ReportWriter.write(corpus: analysis.corpus, graph: analysis.view, stats: analysis.viewStats,
                                          picture: format == .html ? svg.map { String(decoding: $0, as: UTF8.self) } : nil,
                                          format: format, top: rows, sizeMeasure: drawing.sizeBy, context: context)
            clock.lap("write the report")
            if let pictureFile, let svg { try OutputFile.write(svg, to: pictureFile) }
            try OutputFile.write(Array(text.utf8), to: output)
            clock.lap("write")
            corpus.report(analysis.laps(then: clock))
        }
    }
}


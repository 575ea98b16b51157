import ArgumentParser
import CiteGraphCore
import CiteGraphRender
import Foundation

/// How the picture is drawn, shared by `render` and `report`.
struct DrawingOptions: ParsableArguments {
    enum Direction: String, CaseIterable, ExpressibleByArgument {
        case TB, LR, BT, RL
    }

    @Option(help: "Graphviz layout engine (default: dot, or sfdp above \(DrawingOptions.largeGraph) documents).")
    var layout: LayoutEngine?

    @Option(help: "Direction citations flow in (dot layout).")
    var rankdir: Direction = .LR

    @Option(help: "The measure node size shows.")
    var sizeBy: Measure = .pagerank

    @Flag(help: "Put each year's documents on one rank, oldest at the top (dot layout).")
    var rankByYear = false

    @Option(help: "What node labels show: the symbol, the title (where known) or both.")
    var label: DOTWriter.LabelStyle = .symbol

    @Option(help: "The language of the legend and the report's headings (default: the corpus's language, zh or en).")
    var lang: ReportLanguage?

    @Flag(help: "Leave out the links to the documents on undocs.org.")
    var noLinks = false

    @Flag(help: "Leave out the legend.")
    var noLegend = false

    @Flag(help: "Draw every document, however many (else above \(DrawingOptions.drawingLimit) only the highest-ranked are drawn).")
    var all = false

    /// Above this many documents a layered drawing is unreadable; force-directed is the default.
    static let largeGraph = 300

    /// Above this many documents only the highest-ranked are drawn unless --all or --top says
    /// otherwise. Measured with sfdp on this project's 2-core machine: the 10,895 documents
    /// of a 10,000-document synthetic corpus (scripts/gen-corpus) took 64 s, one document
    /// citing 2,100 others 37 s (overlap removal around a hub grows fast), 1,100 of them 2-7 s.
    static let drawingLimit = 1000

    /// The part of the filtered graph to draw: all of it, or, when it has more than
    /// `drawingLimit` documents and neither --all nor --top was given, the `drawingLimit`
    /// ranked highest by `measure`, saying so on standard error.
    func drawn(_ analysis: Analysis, by measure: Measure, topGiven: Bool, quiet: Bool, limit: Int = drawingLimit) -> CitationGraph {
        let view = analysis.view
        guard !all, !topGiven, view.nodeCount > limit else { return view }
        let index = Dictionary(uniqueKeysWithValues: view.nodes.enumerated().map { ($1.id, $0) })
        let kept = analysis.viewStats.ranked(by: measure).prefix(limit).compactMap { index[$0.node.id] }
        if !quiet {
            StandardError.write("citegraph: \(view.nodeCount) documents: drawing the \(kept.count) with the highest \(measure.rawValue) "
                + "(laying out all would take minutes); --all draws every one, --top N another number\n")
        }
        return view.subgraph(kept.sorted())
    }

    /// Lays out and renders `dot` through Graphviz, saying on a terminal what is running.
    func render(_ dot: String, documents: Int, engine: LayoutEngine, format: String, quiet: Bool) throws -> [UInt8] {
        let activity = ActivityLine("laying out \(documents) documents with \(engine.rawValue)", quiet: quiet)
        defer { activity?.finish() }
        return try GraphvizRenderer().render(dot: dot, engine: engine, format: format, quiet: quiet)
    }

    /// The language of the legend and the report: --lang, else the corpus's.
    func language(_ analysis: Analysis) -> ReportLanguage {
        lang ?? ReportLanguage(ReportWriter.mainLanguage(analysis.corpus))
    }

    /// The layout to use for `graph`, saying on standard error when it was chosen for the user.
    func engine(for graph: CitationGraph, quiet: Bool) -> LayoutEngine {
        // Only dot honours ranks: --rank-by-year chooses it whatever the size, and says when
        // --layout asks for another that will ignore the years.
        if rankByYear {
            if let layout, layout != .dot, !quiet {
                StandardError.write("citegraph: --rank-by-year needs the dot layout; with --layout \(layout.rawValue) the years are not ranks\n")
            }
            return layout ?? .dot
        }
        if let layout { return layout }
        guard graph.nodeCount > Self.largeGraph else { return .dot }
        if !quiet {
            StandardError.write("citegraph: \(graph.nodeCount) documents: laid out with sfdp (force-directed); --layout dot overrides\n")
        }
        return .sfdp
    }

    /// The DOT text of `graph`, sized by the whole graph's statistics.
    func dot(_ graph: CitationGraph, stats: GraphStatistics, engine: LayoutEngine, language: ReportLanguage = .en,
             titles: [String: String] = [:]) -> String {
        var options = DOTWriter.Options()
        options.language = language
        options.label = label
        options.titles = titles
        options.rankdir = rankdir.rawValue
        options.layout = engine.rawValue
        options.links = !noLinks
        options.legend = !noLegend
        options.rankByYear = rankByYear
        options.sizeMeasure = sizeBy.rawValue
        let rows = stats.rowsByID
        for node in graph.nodes {
            if let row = rows[node.id] { options.sizes[node.id] = sizeBy.value(row) }
        }
        return DOTWriter.write(graph, options: options)
    }
}

extension LayoutEngine: ExpressibleByArgument {}
extension DOTWriter.LabelStyle: ExpressibleByArgument {}
extension ReportLanguage: ExpressibleByArgument {}

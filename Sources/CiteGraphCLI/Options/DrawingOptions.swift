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

    enum ColorBy: String, CaseIterable, ExpressibleByArgument {
        case body, community
    }

    @Option(help: "What node colour shows: the issuing body, or the community (Leiden, as stats reports it).")
    var colorBy: ColorBy = .body

    @Flag(help: "Draw the main path (the citations with the highest search path counts, as stats --main-path lists them) bold.")
    var mainPath = false

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
    /// `limit` documents (`drawingLimit` unless given) and --all was not given, the `limit` ranked highest by
    /// `measure`, saying so on standard error. With --top the chosen documents are all drawn
    /// and the documents citing them fill the rest, the highest-ranked first (the filters add
    /// every corpus document citing the chosen, which on a large corpus can be most of it).
    func drawn(_ analysis: Analysis, by measure: Measure, topGiven: Bool, quiet: Bool, limit: Int = drawingLimit) -> CitationGraph {
        let view = analysis.view
        guard !all, view.nodeCount > limit else { return view }
        let index = Dictionary(uniqueKeysWithValues: view.nodes.enumerated().map { ($1.id, $0) })
        let name = measure == .cited ? "times cited" : measure.rawValue
        let kept: [Int]
        if topGiven {
            let chosen = analysis.viewStats.nodes.compactMap { index[$0.node.id] }
            let isChosen = Set(chosen)
            let citing = analysis.stats.ranked(by: measure).compactMap { index[$0.node.id] }.filter { !isChosen.contains($0) }
                .prefix(max(0, limit - chosen.count))
            kept = chosen + citing
            guard kept.count < view.nodeCount else { return view }
            if !quiet {
                StandardError.write("citegraph: \(view.nodeCount) documents: drawing the \(chosen.count) chosen and the \(citing.count) "
                    + "citing them with the highest \(name) (laying out all would take minutes); --all draws every one, --only the chosen alone\n")
            }
        } else {
            kept = Self.rankedWithCiters(view, ranked: analysis.viewStats.ranked(by: measure).compactMap { index[$0.node.id] }, limit: limit)
            if !quiet {
                StandardError.write("citegraph: \(view.nodeCount) documents: drawing the \(kept.count) with the highest \(name) "
                    + "and the corpus documents citing them (laying out all would take minutes); --all draws every one, --top N another number\n")
            }
        }
        return view.subgraph(kept.sorted())
    }

    /// The documents a limited picture keeps: those ranked highest, half the limit at most,
    /// then the corpus documents citing them (in rank order), then the next ranked, up to
    /// `limit`. The most cited documents alone are cited by documents that nobody cites, so a
    /// picture of them alone would show almost no arrows.
    static func rankedWithCiters(_ view: CitationGraph, ranked: [Int], limit: Int) -> [Int] {
        var keep = [Bool](repeating: false, count: view.nodeCount)
        var citer = [Bool](repeating: false, count: view.nodeCount)
        let chosen = ranked.prefix(max(1, limit / 2))
        for v in chosen {
            keep[v] = true
            for c in view.corpusCiters(of: v) { citer[c] = true }
        }
        var count = chosen.count
        for pass in [true, false] {
            for v in ranked where count < limit && !keep[v] && (!pass || citer[v]) {
                keep[v] = true
                count += 1
            }
        }
        return (0..<view.nodeCount).filter { keep[$0] }
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

    /// The DOT text of `graph`, sized and coloured by the whole graph's statistics, with the
    /// `focus` document (an id or alias) highlighted.
    func dot(_ graph: CitationGraph, stats: GraphStatistics, engine: LayoutEngine, language: ReportLanguage = .en,
             titles: [String: String] = [:], focus: String? = nil) -> String {
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
            if let row = rows[node.id] {
                options.sizes[node.id] = sizeBy.value(row)
                if colorBy == .community { options.colors[node.id] = CommunityColors.color(row.community) }
            }
        }
        if colorBy == .community { options.colorMeaning = CommunityColors.meaning(stats.communities) }
        if let focus, let node = graph.nodes.first(where: { $0.id == focus || $0.aliases.contains(focus) }) {
            options.highlighted = [node.id]
        }
        if mainPath {
            let path = MainPath(graph)
            let ids = path.nodes.map { graph.nodes[$0].id }
            options.pathNodes = Set(ids)
            options.pathEdges = Set(zip(ids, ids.dropFirst()).map { $0 + "\t" + $1 })
        }
        return DOTWriter.write(graph, options: options)
    }
}

extension LayoutEngine: ExpressibleByArgument {}
extension DOTWriter.LabelStyle: ExpressibleByArgument {}
extension ReportLanguage: ExpressibleByArgument {}

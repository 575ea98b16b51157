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

    @Flag(help: "Leave out the links to the documents on undocs.org.")
    var noLinks = false

    @Flag(help: "Leave out the legend.")
    var noLegend = false

    /// Above this many documents a layered drawing is unreadable; force-directed is the default.
    static let largeGraph = 300

    /// The layout to use for `graph`, saying on standard error when it was chosen for the user.
    func engine(for graph: CitationGraph, quiet: Bool) -> LayoutEngine {
        if let layout { return layout }
        guard graph.nodeCount > Self.largeGraph else { return .dot }
        if !quiet {
            StandardError.write("citegraph: \(graph.nodeCount) documents: laid out with sfdp (force-directed); --layout dot overrides\n")
        }
        return .sfdp
    }

    /// The DOT text of `graph`, sized by the whole graph's statistics.
    func dot(_ graph: CitationGraph, stats: GraphStatistics, engine: LayoutEngine) -> String {
        var options = DOTWriter.Options()
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

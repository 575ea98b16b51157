import ArgumentParser
import CiteGraphCore

extension CiteGraphCommand {
    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Statistics: times cited, PageRank, HITS, betweenness, closeness, Katz, communities; pairs, main path, citations by year.",
            discussion: "Centralities and communities are computed on the whole graph; the filters choose which rows to show. "
                + "--pairs, --main-path and --by-year analyse the filtered graph.")

        @OptionGroup var corpus: CorpusOptions
        @OptionGroup var filters: FilterOptions
        @OptionGroup var centrality: CentralityOptions
        @OptionGroup var analyses: AnalysisOptions

        @Option(help: "Output format.")
        var format: StatsFormat = .table

        func run() throws {
            let analysis = try Analysis(corpus: corpus, filter: filters, centrality: centrality, topIsNodes: analyses.pairs == nil)
            var clock = PhaseClock()
            let text: String
            if let kind = analyses.pairs {
                let pairs = CitationPairs.top(kind, of: analysis.view, limit: filters.top ?? AnalysisOptions.defaultPairs)
                clock.lap(kind.rawValue)
                text = AnalysisFormatter.pairs(pairs, kind: kind, graph: analysis.view, stats: analysis.stats, as: format)
            } else if analyses.mainPath {
                let path = MainPath(analysis.view)
                clock.lap("main path")
                text = AnalysisFormatter.mainPath(path, graph: analysis.view, stats: analysis.stats, as: format)
            } else if analyses.byYear {
                text = AnalysisFormatter.byYear(CitationsByYear(analysis.view), stats: analysis.stats, as: format)
            } else {
                text = StatsFormatter.format(analysis.viewStats, rows: analysis.viewStats.ranked(by: filters.by), as: format)
            }
            clock.lap("format")
            try StandardOutput.write(text)
            clock.lap("write")
            corpus.report(analysis.laps(then: clock))
        }
    }
}

import ArgumentParser
import CiteGraphCore

extension CiteGraphCommand {
    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Centrality statistics: PageRank, HITS, betweenness, closeness, Katz, degrees.",
            discussion: "Centralities are computed on the whole graph; the filters choose which rows to show.")

        @OptionGroup var corpus: CorpusOptions
        @OptionGroup var filters: FilterOptions
        @OptionGroup var centrality: CentralityOptions

        @Option(help: "Output format.")
        var format: StatsFormat = .table

        func run() throws {
            let analysis = try Analysis(corpus: corpus, filter: filters, centrality: centrality)
            var clock = PhaseClock()
            let rows = analysis.viewStats.ranked(by: filters.by)
            let text = StatsFormatter.format(analysis.viewStats, rows: rows, as: format)
            clock.lap("format")
            try StandardOutput.write(text)
            clock.lap("write")
            corpus.report(analysis.laps(then: clock))
        }
    }
}

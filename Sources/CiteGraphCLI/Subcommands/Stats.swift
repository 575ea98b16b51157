import ArgumentParser
import CiteGraphCore

extension CiteGraphCommand {
    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Centrality statistics: PageRank, HITS, betweenness, closeness, Katz, degrees.")

        @OptionGroup var corpus: CorpusOptions
        @OptionGroup var weights: WeightOptions

        @Option(help: "Output format.")
        var format: StatsFormat = .table

        @Option(help: "Show only the N documents with the highest PageRank.")
        var top: Int?

        func validate() throws {
            if let top, top < 1 { throw ValidationError("--top must be at least 1") }
        }

        func run() throws {
            let graph = CitationGraph(try corpus.extract())
            let stats = GraphStatistics(graph, weighted: weights.weighted)
            StandardOutput.write(StatsFormatter.format(stats, as: format, top: top))
        }
    }
}

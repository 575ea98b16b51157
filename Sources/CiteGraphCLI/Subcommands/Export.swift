import ArgumentParser
import CiteGraphCore

extension CiteGraphCommand {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the citation graph for other tools (networkx, Gephi, Cytoscape, spreadsheets).")

        @OptionGroup var corpus: CorpusOptions
        @OptionGroup var filters: FilterOptions
        @OptionGroup var centrality: CentralityOptions

        @Option(help: "Output format.")
        var format: ExportFormat

        func run() throws {
            let analysis = try Analysis(corpus: corpus, filter: filters, centrality: centrality)
            var clock = PhaseClock()
            let evidence = CitationEvidence(analysis.corpus, procedural: corpus.procedural)
            let text = ExportFormatter.format(analysis.view, as: format, statistics: analysis.stats, evidence: evidence)
            clock.lap("format")
            try StandardOutput.write(text)
            clock.lap("write")
            corpus.report(analysis.laps(then: clock))
        }
    }
}

import ArgumentParser
import CiteGraphCore

extension CiteGraphCommand {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the citation graph for other tools (networkx, Gephi, Cytoscape, spreadsheets).")

        @OptionGroup var corpus: CorpusOptions

        @Option(help: "Output format.")
        var format: ExportFormat

        func run() throws {
            let graph = CitationGraph(try corpus.extract())
            StandardOutput.write(ExportFormatter.format(graph, as: format))
        }
    }
}

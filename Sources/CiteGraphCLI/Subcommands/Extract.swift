import ArgumentParser
import CiteGraphCore

extension CiteGraphCommand {
    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List every citation: one record per mention, in document order.")

        @OptionGroup var corpus: CorpusOptions

        @Option(help: "Output format.")
        var format: ExtractFormat = .jsonl

        @Flag(help: "List the mentions that do not say which document they cite, instead of the citations.")
        var unresolved = false

        func run() throws {
            var clock = PhaseClock()
            // Records carry no node attributes, but a bad catalogue is refused here as everywhere.
            _ = try corpus.catalogue()
            // Records carry no document's own title or date: they are not read.
            let extraction = try corpus.extract(metadata: false)
            clock.lap("read and extract \(extraction.documents.count) documents")
            // Every file has been read and checked: from here on nothing can fail half-way, so
            // the records are written as they are formatted.
            if unresolved {
                try StandardOutput.write(ExtractFormatter.formatUnresolved(extraction, as: format))
            } else {
                try ExtractFormatter.write(extraction, as: format) { try StandardOutput.write($0) }
            }
            clock.lap("format and write")
            corpus.report(clock.laps)
        }
    }
}

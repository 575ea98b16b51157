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
            let extraction = try corpus.extract()
            clock.lap("read and extract \(extraction.documents.count) documents")
            let bytes = unresolved
                ? Array(ExtractFormatter.formatUnresolved(extraction, as: format).utf8)
                : ExtractFormatter.formatBytes(extraction, as: format)
            clock.lap("format")
            StandardOutput.write(bytes)
            clock.lap("write")
            corpus.report(clock.laps)
        }
    }
}

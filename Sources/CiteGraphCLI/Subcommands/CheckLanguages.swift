import ArgumentParser
import CiteGraphCore

extension CiteGraphCommand {
    struct CheckLanguages: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check-languages",
            abstract: "For each document read in more than one language, list the citations found in one version only.",
            discussion: """
                The Chinese and English texts of one document cite the same documents, so a citation \
                found in one and not the other is an extraction error, or a difference between the texts \
                worth a look. Exit status 0 whatever is found.
                """)

        @OptionGroup var corpus: CorpusOptions

        enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

        @Option(help: "Output format.")
        var format: Format = .text

        func run() throws {
            var clock = PhaseClock()
            let check = LanguageCheck(try corpus.extract())
            clock.lap("read, extract and compare")
            try StandardOutput.write(format == .json ? check.json : check.text)
            corpus.report(clock.laps)
        }
    }
}

import ArgumentParser
import CiteGraphCore
import Foundation

/// The documents to read, shared by every subcommand.
struct CorpusOptions: ParsableArguments {
    @Argument(help: ArgumentHelp(
        "Files or folders to read (.txt and .md, UTF-8, folders recursively). Default: the built-in seed corpus.",
        valueName: "path"))
    var paths: [String] = []

    /// Reads and extracts the corpus. Throws `CorpusError` for the first unusable input.
    func extract() throws -> CorpusExtraction {
        let documents = paths.isEmpty ? CorpusReader.seeds() : try CorpusReader.read(paths)
        return CorpusExtraction(documents)
    }
}

/// How edges count in the statistics.
struct WeightOptions: ParsableArguments {
    @Flag(help: "Weight edges by citation counts (PageRank, HITS, betweenness as distance).")
    var weighted = false
}

extension ExtractFormat: ExpressibleByArgument {}
extension StatsFormat: ExpressibleByArgument {}
extension ExportFormat: ExpressibleByArgument {}

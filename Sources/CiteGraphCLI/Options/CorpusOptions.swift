import ArgumentParser
import CiteGraphCore
import Foundation

/// The documents to read, shared by every subcommand.
struct CorpusOptions: ParsableArguments {
    @Argument(help: ArgumentHelp(
        "Files or folders to read (.txt and .md, UTF-8, folders recursively). Default: the built-in seed corpus.",
        valueName: "path"))
    var paths: [String] = []

    @Flag(name: [.short, .long], help: "No progress line or notices on standard error (errors still).")
    var quiet = false

    @Flag(help: "Print how long each phase took to standard error.")
    var timings = false

    /// Prints `laps` to standard error when --timings is given.
    func report(_ laps: [(phase: String, seconds: Double)]) {
        guard timings else { return }
        let total = laps.reduce(0) { $0 + $1.seconds }
        let lines = laps.map { "citegraph: \(String(format: "%8.3f", $0.seconds)) s  \($0.phase)" }
            + ["citegraph: \(String(format: "%8.3f", total)) s  total"]
        StandardError.write(lines.joined(separator: "\n") + "\n")
    }

    /// Reads and extracts the corpus. Throws `CorpusError` for the first unusable input.
    func extract() throws -> CorpusExtraction {
        guard !paths.isEmpty else { return CorpusExtraction(CorpusReader.seeds()) }
        let files = try CorpusReader.documentFiles(paths)
        let progress = ProgressLine(quiet: quiet)
        defer { progress?.finish() }
        var report: (@Sendable (Int) -> Void)?
        if let progress { report = { bytes in progress.add(bytes: bytes) } }
        return try CorpusExtraction(files: files, progress: report)
    }
}

/// How the centralities are computed.
struct CentralityOptions: ParsableArguments {
    @Flag(help: "Weight edges by citation counts (PageRank, HITS, betweenness as distance).")
    var weighted = false

    @Option(parsing: .unconditional, help: ArgumentHelp(
        "Estimate betweenness and closeness from K sampled sources (0: exact). Default: exact up to \(GraphStatistics.exactWorkLimit) node×edge pairs, else \(GraphStatistics.defaultSamples).",
        valueName: "K"))
    var samples: Int?

    func validate() throws {
        if let samples, samples < 0 || samples == 1 {
            throw ValidationError("--samples must be 0 (exact) or at least 2 (an error needs two sources to estimate)")
        }
    }
}

extension ExtractFormat: ExpressibleByArgument {}
extension StatsFormat: ExpressibleByArgument {}
extension ExportFormat: ExpressibleByArgument {}

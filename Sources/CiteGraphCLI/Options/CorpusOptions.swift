import ArgumentParser
import CiteGraphCore
import Foundation

/// The documents to read, shared by every subcommand.
struct CorpusOptions: ParsableArguments {
    @Argument(help: ArgumentHelp(
        "Files or folders to read (.txt .md .html .pdf .docx .doc; text in UTF-8, UTF-16, GB18030 or Big5; folders recursively). Default: the built-in seed corpus.",
        valueName: "path"))
    var paths: [String] = []

    @Flag(help: "Stop at the first file that cannot be read (by default it is reported and skipped).")
    var strict = false

    @Option(help: ArgumentHelp(
        "Refuse files larger than this many megabytes (PDF and Word text is held to it too).",
        valueName: "MB"))
    var maxFileSize: Int = ReadSettings.defaultMaxFileSize >> 20

    @Flag(name: [.short, .long], help: "No progress line or notices on standard error (errors still).")
    var quiet = false

    @Flag(help: "Print how long each phase took to standard error.")
    var timings = false

    @Option(help: ArgumentHelp(
        "A CSV catalogue of documents (an id column, then title, date, year, session, languages, files or any other) that adds to or overrides what is read.",
        valueName: "nodes.csv"))
    var metadata: String?

    @Flag(help: "Put the procedural references of adopted resolutions' headers ('[on the report of the First Committee (A/80/534)]') in the graph.")
    var procedural = false

    /// Prints `laps` to standard error when --timings is given.
    func report(_ laps: [(phase: String, seconds: Double)]) {
        guard timings else { return }
        let total = laps.reduce(0) { $0 + $1.seconds }
        let lines = laps.map { "citegraph: \(String(format: "%8.3f", $0.seconds)) s  \($0.phase)" }
            + ["citegraph: \(String(format: "%8.3f", total)) s  total"]
        StandardError.write(lines.joined(separator: "\n") + "\n")
    }

    func validate() throws {
        guard maxFileSize > 0, maxFileSize <= Int.max >> 21 else {
            throw ValidationError("--max-file-size must be a positive number of megabytes")
        }
    }

    /// Reads and extracts the corpus. A file that cannot be read is reported on standard
    /// error, one line each, with a summary by cause after the last, and left out (`--strict`
    /// throws it instead); `SkippedFiles` remembers that the exit status must say so.
    /// Throws `CorpusError` for a missing path or a single file that cannot be read, and
    /// `NothingRead` when no file of several could be read.
    func extract(metadata: Bool = true) throws -> CorpusExtraction {
        guard !paths.isEmpty else { return CorpusExtraction(CorpusReader.seeds()) }
        let files = try CorpusReader.documentFiles(paths.map(CommandLineBytes.path))
        var settings = ReadSettings(maxFileSize: maxFileSize << 20)
        settings.readsMetadata = metadata
        let extraction = try read(files, settings: settings)
        noteFileNames(extraction)
        guard !extraction.skipped.isEmpty else { return extraction }
        // One file, unreadable: the one-line error of bad input, as with --strict.
        if files.count == 1, let only = extraction.skipped.first { throw only }
        let lines = extraction.skipped.map { "citegraph: skipped: \($0.description)" }
        StandardError.write((lines + [Self.summary(of: extraction.skipped, among: files.count)]).joined(separator: "\n") + "\n")
        guard !extraction.documents.isEmpty else { throw NothingRead() }
        SkippedFiles.record(extraction.skipped.count)
        return extraction
    }

    /// Reads and extracts `files` with the progress line, which is cleared however it ends.
    private func read(_ files: [CorpusFile], settings: ReadSettings) throws -> CorpusExtraction {
        let progress = ProgressLine(quiet: quiet)
        defer { progress?.finish() }
        var report: (@Sendable (Int) -> Void)?
        if let progress { report = { bytes in progress.add(bytes: bytes) } }
        return try CorpusExtraction(files: files, settings: settings, strict: strict, progress: report)
    }

    /// "citegraph: 2 of 40 files skipped (1 binary, 1 needs OCR)": causes by count, then name.
    static func summary(of skipped: [CorpusError], among total: Int) -> String {
        let counts = Dictionary(grouping: skipped, by: \.cause).mapValues(\.count)
        let causes = counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { "\($0.value) \($0.key)" }
        let files = total == 1 ? "file" : "files"
        return "citegraph: \(skipped.count) of \(total) \(files) skipped (\(causes.joined(separator: ", ")))"
    }

    /// Says how many documents state no symbol of their own and so are named by their file: a
    /// node named "report-3" instead of "S/2023/856" cannot be joined to the documents citing it.
    private func noteFileNames(_ corpus: CorpusExtraction) {
        let byName = corpus.documents.filter { $0.nodeSource == .fileName }.count
        guard !quiet, byName > 0 else { return }
        let spelled = corpus.documents.filter { $0.nodeSource == .fileNameSymbol }.count
        var line = "citegraph: \(byName) of \(corpus.documents.count) documents state no symbol of their own and are named by their file"
        if spelled > 0 { line += " (\(spelled) more by the symbol their file name spells)" }
        StandardError.write(line + "\n")
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

    @Option(parsing: .unconditional, help: "The seed of the communities' random node order (the same seed, the same communities).")
    var seed: Int = 1

    func validate() throws {
        if seed < 0 { throw ValidationError("--seed must be 0 or more") }
        if let samples, samples < 0 || samples == 1 {
            throw ValidationError("--samples must be 0 (exact) or at least 2 (an error needs two sources to estimate)")
        }
    }
}

extension ExtractFormat: ExpressibleByArgument {}
extension StatsFormat: ExpressibleByArgument {}
extension ExportFormat: ExpressibleByArgument {}

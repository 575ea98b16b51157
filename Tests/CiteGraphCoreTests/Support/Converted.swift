import CiteGraphCore
import Foundation
import Testing

/// Files made at test time: text converted with the system's `iconv` command (an independent
/// converter, not the one citegraph calls through the C library), written to a temporary folder.
enum Converted {
    /// `text` in `encoding` (an iconv name), with `prefix` bytes (a byte order mark) before it.
    static func bytes(_ text: Data, to encoding: String, from source: String = "UTF-8", prefix: [UInt8] = []) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
        process.arguments = ["-f", source, "-t", encoding]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(text)
        try input.fileHandleForWriting.close()
        let converted = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "iconv -t \(encoding) failed")
        return Data(prefix) + converted
    }

    /// The citations of a document as comparable records: everything but the file's name.
    static func citations(_ document: DocumentExtraction) -> [String] {
        document.mentions.map { "\($0.target) \($0.alias?.rawValue ?? "-") \($0.line):\($0.column) \($0.via) \($0.relation) \($0.text)" }
    }

    /// A fresh temporary folder, removed after `body`.
    static func withFolder<T>(_ body: (URL) throws -> T) throws -> T {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("citegraph-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        return try body(folder)
    }

    /// Reads and extracts one file as the command line would.
    static func extract(_ path: String) throws -> DocumentExtraction {
        let documents = try CorpusReader.read([path])
        return try #require(documents.first.map(CitationExtractor.extract))
    }
}

import CiteGraphCore
import Foundation
import Testing

/// Test data read from the source tree (`Fixtures/`, `Golden/` beside this target), so that
/// golden files can be re-recorded in place with `RECORD_GOLDEN=1 swift test`.
enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let repository = root.deletingLastPathComponent().deletingLastPathComponent()

    static func url(_ path: String) -> URL { root.appendingPathComponent("Fixtures").appendingPathComponent(path) }

    static func data(_ path: String) throws -> Data { try Data(contentsOf: url(path)) }

    static func json(_ path: String) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: try data(path))
        return try #require(object as? [String: Any])
    }

    /// The seed corpus as the program embeds it.
    static let seedCorpus = CorpusExtraction(CorpusReader.seeds())

    /// A document made from text, for extraction tests.
    static func document(_ text: String, path: String = "test.txt") -> DocumentExtraction {
        CitationExtractor.extract(SourceDocument(path: path, bytes: Array(text.utf8)))
    }

    /// The cited symbols of `text`, in order.
    static func targets(_ text: String) -> [String] {
        document(text).mentions.map(\.target.rawValue)
    }
}

/// Golden files: compared byte for byte; `RECORD_GOLDEN=1` writes them instead.
enum Golden {
    static func check(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = Fixtures.root.appendingPathComponent("Golden").appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected, "\(name) differs from its golden file (RECORD_GOLDEN=1 re-records)", sourceLocation: sourceLocation)
    }
}

@testable import CiteGraphCore
import Foundation
import Testing

/// `extract`'s JSON Lines are written straight into a byte buffer, field by field; the CSV
/// rows come from the table of fields. The two must say the same: the fast path is checked
/// here against the table, put through the general JSON writer, record by record.
@Suite struct ExtractFormatterTests {
    static func expected(_ corpus: CorpusExtraction) -> String {
        corpus.documents.flatMap { document in
            document.mentions.map { JSON.object(ExtractFormatter.fields(document, $0)).compact + "\n" }
        }.joined()
    }

    @Test func jsonLinesAreTheTableOfFieldsOnTheSeeds() {
        #expect(ExtractFormatter.format(Fixtures.seedCorpus, as: .jsonl) == Self.expected(Fixtures.seedCorpus))
    }

    /// Real documents: titles, dates, pinpoints, cues, footnotes, escapes in the context.
    @Test func jsonLinesAreTheTableOfFieldsOnRealDocuments() throws {
        let folder = Fixtures.url("real/docs")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().map { folder.appendingPathComponent($0).path }
        let corpus = try CorpusExtraction(files: files)
        let written = ExtractFormatter.format(corpus, as: .jsonl)
        #expect(written.utf8.count > 1_000_000)
        let (lines, wanted) = (written.split(separator: "\n"), Self.expected(corpus).split(separator: "\n"))
        #expect(lines.count == wanted.count)
        for (line, expected) in zip(lines, wanted) where line != expected {
            Issue.record("\(line)\nis not\n\(expected)")
            break
        }
    }
}

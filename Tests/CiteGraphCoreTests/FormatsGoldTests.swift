import CiteGraphCore
import Foundation
import Testing

/// Every PDF and Word file of Fixtures/formats against its gold file, formats/gold.json:
/// node, own symbols and citation counts exact, as for the text corpus.
@Suite struct FormatsGoldTests {
    static func gold() throws -> [String: [String: Any]] {
        try #require(try Fixtures.json("formats/gold.json")["documents"] as? [String: [String: Any]])
    }

    @Test func everyFileMatchesTheGoldFile() throws {
        let gold = try Self.gold()
        let documents = try CorpusReader.read([Fixtures.url("formats/made").path, Fixtures.url("formats/real/1971-09-29_A_L.632-EN.pdf").path])
        #expect(documents.count == gold.count)
        #expect(documents.filter { $0.origin.format == .pdf }.count >= 17)
        for document in documents {
            let extraction = CitationExtractor.extract(document)
            let name = (document.path as NSString).lastPathComponent
            let expected = try #require(gold[name], "\(name) is not in the gold file")
            var counts: [String: Int] = [:]
            for mention in extraction.mentions { counts[mention.target.rawValue, default: 0] += 1 }
            #expect(extraction.node == expected["node"] as? String, "node of \(name)")
            #expect(Set(extraction.ownSymbols.map(\.rawValue)) == Set(expected["self"] as? [String] ?? []), "own symbols of \(name)")
            #expect(counts == expected["cites"] as? [String: Int] ?? [:], "citations of \(name)")
        }
    }
}

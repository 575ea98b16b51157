import CiteGraphCore
import Foundation
import Testing

/// The seed corpus against the hand-made gold file (a copy of shared/gold/seeds.json):
/// every document's node, own symbols, cited symbols and mention counts, nothing extra.
@Suite struct SeedGoldTests {
    struct GoldDocument {
        let node: String
        let own: [String]
        let cites: [String: Int]
    }

    static func gold() throws -> [String: GoldDocument] {
        let documents = try #require(try Fixtures.json("gold/seeds.json")["documents"] as? [String: [String: Any]])
        return try documents.mapValues { entry in
            GoldDocument(
                node: try #require(entry["node"] as? String),
                own: try #require(entry["self"] as? [String]),
                cites: try #require(entry["cites"] as? [String: Int]))
        }
    }

    @Test func everyDocumentMatchesTheGoldFile() throws {
        let gold = try Self.gold()
        let documents = Fixtures.seedCorpus.documents
        #expect(Set(documents.map { String($0.file.dropFirst("seeds/".count)) }) == Set(gold.keys))
        for document in documents {
            let name = String(document.file.dropFirst("seeds/".count))
            let expected = try #require(gold[name])
            var counts: [String: Int] = [:]
            for mention in document.mentions { counts[mention.target.rawValue, default: 0] += 1 }
            #expect(document.node == expected.node, "node of \(name)")
            #expect(document.ownSymbols.map(\.rawValue).sorted() == expected.own.sorted(), "own symbols of \(name)")
            #expect(counts == expected.cites, "citations of \(name)")
        }
    }

    @Test func theSeedGraphHasTheSizeSpecMDStates() {
        let graph = CitationGraph(Fixtures.seedCorpus)
        #expect(graph.nodeCount == 77)
        #expect(graph.edgeCount == 73)
    }

    @Test func theEmbeddedSeedsAreTheSeedsFolder() throws {
        let folder = Fixtures.repository.appendingPathComponent("seeds")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        let embedded = CorpusReader.seeds()
        #expect(embedded.map(\.path) == files.map { "seeds/" + $0 })
        for document in embedded {
            let onDisk = try Data(contentsOf: folder.appendingPathComponent(String(document.path.dropFirst("seeds/".count))))
            #expect([UInt8](onDisk) == document.bytes, "\(document.path)")
        }
    }
}

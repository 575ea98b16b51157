import CiteGraphCore
import Foundation
import Testing

/// The hand-checked test corpus (Fixtures/corpus: 68 short documents in Chinese, English,
/// French, Spanish and Russian covering every citation form and the false friends around
/// them) against its gold file, Fixtures/gold/corpus.json: exact, like the seeds.
@Suite struct CorpusGoldTests {
    static let corpus: CorpusExtraction = {
        let documents = (try? CorpusReader.read([Fixtures.url("corpus").path])) ?? []
        return CorpusExtraction(documents)
    }()

    static func gold() throws -> [String: [String: Any]] {
        try #require(try Fixtures.json("gold/corpus.json")["documents"] as? [String: [String: Any]])
    }

    @Test func everyDocumentMatchesTheGoldFile() throws {
        let gold = try Self.gold()
        #expect(gold.count >= 60)
        #expect(Self.corpus.documents.count == gold.count)
        for document in Self.corpus.documents {
            let name = (document.file as NSString).lastPathComponent
            let expected = try #require(gold[name], "\(name) is not in the gold file")
            var counts: [String: Int] = [:]
            var procedural: [String: Int] = [:]
            for mention in document.mentions {
                if mention.relation == .procedural { procedural[mention.target.rawValue, default: 0] += 1 }
                else { counts[mention.target.rawValue, default: 0] += 1 }
            }
            #expect(document.node == expected["node"] as? String, "node of \(name)")
            #expect(Set(document.ownSymbols.map(\.rawValue)) == Set(expected["self"] as? [String] ?? []), "own symbols of \(name)")
            #expect(counts == expected["cites"] as? [String: Int] ?? [:], "citations of \(name)")
            #expect(procedural == expected["procedural"] as? [String: Int] ?? [:], "procedural mentions of \(name)")
        }
    }

    @Test func everyUnresolvedMentionIsOneTheGoldFileNames() throws {
        let gold = try Self.gold()
        for document in Self.corpus.documents {
            let name = (document.file as NSString).lastPathComponent
            let expected = gold[name]?["unresolved"] as? [String] ?? []
            for mention in document.unresolved {
                #expect(expected.contains { $0.contains(mention.text) || mention.text.contains($0) },
                        "\(name):\(mention.line): \(mention.text) is not a mention the gold file lists as unresolved")
            }
        }
    }

    @Test func bothLanguagesAreCovered() {
        let names = Self.corpus.documents.map { ($0.file as NSString).lastPathComponent }
        #expect(names.filter { $0.hasPrefix("zh-") }.count >= 30)
        #expect(names.filter { $0.hasPrefix("en-") }.count >= 25)
    }
}

import CiteGraphCore
import Foundation
import Testing

/// The development corpus of real UN documents (Fixtures/real: the texts as their sources gave
/// them, citations marked by hand by people who had not read the extractor): the extractor's
/// precision and recall per language, and the share of documents named by their own symbol,
/// may not fall below what they are today. The figures are computed here, independently of
/// scripts/score, which prints them per document and per source kind.
@Suite struct RealCorpusTests {
    struct Score {
        var tp = 0, fp = 0, fn = 0
        var named = 0, symbolDocuments = 0
        var precision: Double { tp + fp == 0 ? 1 : Double(tp) / Double(tp + fp) }
        var recall: Double { tp + fn == 0 ? 1 : Double(tp) / Double(tp + fn) }
        var ownSymbol: Double { symbolDocuments == 0 ? 1 : Double(named) / Double(symbolDocuments) }
    }

    /// Pair scores by language group ("zh", "zh-Hans", "zh-Hant", "en", "fr+es+ru", "all").
    static let scores: [String: Score] = {
        guard let gold = try? Fixtures.json("real/gold.json")["documents"] as? [String: [String: Any]] else { return [:] }
        let folder = Fixtures.url("real/docs")
        let files = gold.keys.sorted().map { folder.appendingPathComponent($0).path }
        guard let corpus = try? CorpusExtraction(files: files) else { return [:] }
        var scores: [String: Score] = [:]
        for document in corpus.documents {
            let name = URL(fileURLWithPath: document.file).lastPathComponent
            guard let entry = gold[name], let expected = entry["cites"] as? [String: Int], let node = entry["node"] as? String else { continue }
            let found = Set(document.mentions.filter { $0.relation != .procedural }.map(\.target.rawValue))
            let wanted = Set(expected.keys)
            let language = entry["lang"] as? String ?? "?"
            var groups = ["all", language == "zh" || language == "en" ? language : "fr+es+ru"]
            if language == "zh" { groups.append("zh-" + (entry["script"] as? String ?? "Hans")) }
            for group in groups {
                scores[group, default: Score()].tp += found.intersection(wanted).count
                scores[group, default: Score()].fp += found.subtracting(wanted).count
                scores[group, default: Score()].fn += wanted.subtracting(found).count
                if node != (name as NSString).deletingPathExtension {
                    scores[group, default: Score()].symbolDocuments += 1
                    if document.node == node { scores[group, default: Score()].named += 1 }
                }
            }
        }
        return scores
    }()

    /// Today's figures, as floors (measured with scripts/score, see README). The targets of the
    /// issue on real documents are precision 0.98, recall 0.95 and own symbols 0.97; raise a floor
    /// whenever the extractor improves, never lower one to let a change through.
    static let floors: [(group: String, precision: Double, recall: Double, ownSymbol: Double)] = [
        ("all", 0.989, 0.963, 0.973),
        ("en", 0.987, 0.969, 0.98),
        ("zh", 0.993, 0.974, 0.967),
        ("zh-Hans", 0.995, 0.974, 0.968),
        ("zh-Hant", 0.987, 0.975, 0.964),
        ("fr+es+ru", 0.994, 0.893, 0.956),
    ]

    @Test(arguments: floors.map(\.group))
    func scoresHoldTheirFloors(group: String) throws {
        let score = try #require(Self.scores[group], "no documents of \(group)")
        let floor = try #require(Self.floors.first { $0.group == group })
        #expect(score.precision >= floor.precision, "\(group): precision \(score.precision)")
        #expect(score.recall >= floor.recall, "\(group): recall \(score.recall)")
        #expect(score.ownSymbol >= floor.ownSymbol, "\(group): own symbols \(score.ownSymbol)")
    }

    @Test func theCorpusIsAsLargeAsPromised() throws {
        let gold = try #require(try Fixtures.json("real/gold.json")["documents"] as? [String: [String: Any]])
        #expect(gold.count >= 200)
        let languages = Set(gold.values.compactMap { $0["lang"] as? String })
        #expect(languages.isSuperset(of: ["zh", "en", "fr", "es", "ru"]))
        let scripts = Set(gold.values.compactMap { $0["script"] as? String })
        #expect(scripts == ["Hans", "Hant"])
        for name in gold.keys {
            #expect(FileManager.default.fileExists(atPath: Fixtures.url("real/docs/\(name)").path), "\(name) has no text")
        }
    }
}

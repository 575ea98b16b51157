import CiteGraphCore
import Testing

/// Filters that keep the citations: the chosen documents come with the corpus documents citing
/// them, `only` gives the node-induced subgraph, and relations filter the citations.
@Suite struct FilterSelectionTests {
    static let seeds = GraphFilterTests.seeds
    static let stats = GraphFilterTests.seedStats

    static func ids(_ indices: [Int]) -> [String] { indices.map { seeds.nodes[$0].id } }

    @Test func topKeepsTheChosenAndTheirCorpusCiters() throws {
        var filter = GraphFilter()
        filter.top = 3
        let selection = try filter.select(in: Self.seeds, stats: Self.stats)
        #expect(Self.ids(selection.chosen) == ["A/RES/70/1", "A/RES/77/18", "S/RES/2615(2021)"])
        #expect(Self.ids(selection.kept) == ["000_be461b3669ee6420", "003_fda09ecd73bce99b", "A/RES/70/1", "A/RES/77/18",
                                              "S/RES/2594(2021)", "S/RES/2615(2021)"])
        // Every citation of a chosen document by a corpus document is in the view.
        let view = Self.seeds.subgraph(selection.kept)
        let chosen = Set(Self.ids(selection.chosen))
        let expected = Self.seeds.edges.filter { chosen.contains(Self.seeds.nodes[$0.target].id) && Self.seeds.nodes[$0.source].inCorpus }.count
        #expect(view.edgeCount == expected)
        #expect(view.edgeCount == 4)
        filter.only = true
        let only = try filter.select(in: Self.seeds, stats: Self.stats)
        #expect(only.kept == only.chosen)
        #expect(Self.seeds.subgraph(only.kept).edgeCount == 0)
    }

    @Test func minCitedKeepsTheCitingDocuments() throws {
        var filter = GraphFilter()
        filter.minCited = 2
        let selection = try filter.select(in: Self.seeds, stats: Self.stats)
        #expect(selection.chosen.count == 7)
        #expect(selection.kept.count > selection.chosen.count)
        #expect(Self.seeds.subgraph(selection.kept).edgeCount > 0)
    }

    @Test func aFocusNeighbourhoodIsNotWidened() throws {
        var filter = GraphFilter()
        filter.focus = "A/RES/70/1"
        let selection = try filter.select(in: Self.seeds, stats: Self.stats)
        #expect(selection.kept == selection.chosen)
    }

    @Test func relationsFilterTheCitations() throws {
        let all = CitationGraph(Fixtures.seedCorpus)
        let reaffirms = CitationGraph(Fixtures.seedCorpus, relations: RelationFilter(included: [.reaffirms]))
        #expect(reaffirms.edges.allSatisfy { $0.relations == RelationSet(.reaffirms) })
        #expect(reaffirms.edgeCount == 3)
        let without = CitationGraph(Fixtures.seedCorpus, relations: RelationFilter(excluded: [.recalls]))
        #expect(without.edges.allSatisfy { !$0.relations.contains(RelationSet(.recalls)) })
        // An edge with several relations loses only the excluded one's mentions.
        #expect(without.edgeCount < all.edgeCount)
        let mentions: [Mention] = Fixtures.seedCorpus.documents.flatMap(\.mentions)
        let kept = mentions.filter { $0.relation != .recalls && $0.relation != .procedural }.count
        let weight = without.outWeights.reduce(0, +)
        #expect(weight == kept)
    }

    @Test func proceduralMentionsStayOutUnlessAskedFor() throws {
        let filter = RelationFilter()
        #expect(!filter.keeps(.procedural))
        #expect(RelationFilter(procedural: true).keeps(.procedural))
        #expect(RelationFilter(included: [.procedural]).keeps(.procedural))
        #expect(!RelationFilter(excluded: [.procedural], procedural: true).keeps(.procedural))
    }
}

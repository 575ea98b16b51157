import CiteGraphCore
import Testing

/// Filters on the `cycle-small` fixture and on the seed graph.
@Suite struct GraphFilterTests {
    static let seeds = CitationGraph(Fixtures.seedCorpus)
    static let seedStats = GraphStatistics(seeds)

    static func kept(_ filter: GraphFilter, _ graph: CitationGraph = seeds, _ stats: GraphStatistics = seedStats) throws -> [String] {
        try filter.keptNodes(of: graph, stats: stats).map { graph.nodes[$0].id }
    }

    @Test func topKeepsTheHighestRankedAndTheEdgesAmongThem() throws {
        var filter = GraphFilter()
        filter.top = 3
        filter.rankBy = .cited
        #expect(try Self.kept(filter) == ["A/RES/70/1", "A/RES/77/18", "S/RES/2615(2021)"])  // ties by id
        filter.rankBy = .outDegree
        let kept = try filter.keptNodes(of: Self.seeds, stats: Self.seedStats)
        let sub = Self.seeds.subgraph(kept)
        #expect(sub.nodes.map(\.id) == ["000_be461b3669ee6420", "003_fda09ecd73bce99b", "S/RES/2594(2021)"])
        #expect(sub.edgeCount == 0)
    }

    @Test func focusTakesTheNeighbourhoodInBothDirections() throws {
        var filter = GraphFilter()
        filter.focus = "A/RES/70/1"
        #expect(try Self.kept(filter) == ["003_fda09ecd73bce99b", "A/RES/70/1", "S/RES/2594(2021)"])
        filter.depth = 2
        let two = try Self.kept(filter)
        #expect(two.count == 1 + 2 + 45 + 10 - 2)  // both citers and everything they cite
        #expect(two.contains("S/RES/2250(2015)"))
        filter.depth = 0
        #expect(try Self.kept(filter) == ["A/RES/70/1"])
    }

    @Test func focusFindsADocumentByItsAlias() throws {
        var filter = GraphFilter()
        filter.focus = "S/2024/600"
        #expect(try Self.kept(filter) == ["003_fda09ecd73bce99b", "A/79/302"])
        filter.focus = "S/2099/1"
        #expect(throws: FilterError.unknownFocus("S/2099/1")) { try Self.kept(filter) }
    }

    @Test func bodyTypeAndMinCited() throws {
        var filter = GraphFilter()
        filter.bodies = [.humanRightsCouncil]
        #expect(try Self.kept(filter) == ["A/HRC/56/25", "A/HRC/RES/16/18"])
        filter.types = [.resolution]
        #expect(try Self.kept(filter) == ["A/HRC/RES/16/18"])
        filter = GraphFilter()
        filter.minCited = 2
        #expect(try Self.kept(filter) == ["A/RES/70/1", "A/RES/77/18", "S/RES/1267(1999)", "S/RES/1989(2011)",
                                          "S/RES/2253(2015)", "S/RES/2615(2021)", "S/RES/2777(2025)"])
        filter.bodies = [.generalAssembly]
        filter.types = [.presidentialStatement]
        #expect(try Self.kept(filter).isEmpty)
    }

    @Test func filtersWorkOnAnyGraph() throws {
        let graph = try CentralityTests.graph("cycle-small")
        let stats = GraphStatistics(graph)
        var filter = GraphFilter()
        filter.top = 2
        let top = try Self.kept(filter, graph, stats)
        #expect(top == stats.ranked(by: filter.rankBy).prefix(2).map(\.node.id).sorted())
    }
}

@Suite struct SymbolYearTests {
    @Test(arguments: [
        ("S/RES/2593(2021)", 2021), ("A/RES/77/10", 2022), ("A/RES/3369(XXX)", 1975), ("A/RES/217(III)", 1948),
        ("S/2023/856", 2023), ("A/79/302", 2024), ("A/HRC/56/25", 2024), ("A/HRC/RES/16/18", 2011),
        ("E/RES/2023/1", 2023), ("S/PRST/2013/16", 2013), ("A/C.3/79/L.12", 2024), ("E/CN.6/2020/3", 2020),
        ("S/RES/1989(2011)", 2011), ("S/RES/2000(2011)", 2011), ("A/RES/1946(XVIII)", 1963),
    ])
    func yearFromTheSymbol(symbol: String, year: Int) throws {
        #expect(try #require(Symbol(symbol)).year == year)
    }

    @Test func symbolsThatSayNothingOfTheYear() throws {
        #expect(try #require(Symbol("S/PV.7813")).year == nil)
        #expect(try #require(Symbol("A/RES/ES-10/23")).year == nil)
    }
}

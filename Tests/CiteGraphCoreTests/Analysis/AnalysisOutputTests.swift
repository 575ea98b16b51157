@testable import CiteGraphCore
import Testing

/// The analysis outputs on the seed corpus, byte for byte against golden files, and the
/// yearly counts on a graph small enough to count by hand.
@Suite struct AnalysisOutputTests {
    static let graph = OutputGoldenTests.graph
    static let stats = OutputGoldenTests.stats

    static func suffix(_ format: StatsFormat) -> String {
        format == .table ? "txt" : format == .markdown ? "md" : format.rawValue
    }

    @Test(arguments: StatsFormat.allCases)
    func pairs(format: StatsFormat) throws {
        for kind in PairKind.allCases {
            let pairs = CitationPairs.top(kind, of: Self.graph, limit: 8)
            try Golden.check(AnalysisFormatter.pairs(pairs, kind: kind, graph: Self.graph, stats: Self.stats, as: format),
                             "seeds.\(kind.rawValue).\(Self.suffix(format))")
        }
    }

    @Test(arguments: StatsFormat.allCases)
    func mainPath(format: StatsFormat) throws {
        try Golden.check(AnalysisFormatter.mainPath(MainPath(Self.graph), graph: Self.graph, stats: Self.stats, as: format),
                         "seeds.main-path.\(Self.suffix(format))")
    }

    @Test(arguments: StatsFormat.allCases)
    func byYear(format: StatsFormat) throws {
        try Golden.check(AnalysisFormatter.byYear(CitationsByYear(Self.graph), stats: Self.stats, as: format),
                         "seeds.by-year.\(Self.suffix(format))")
    }

    /// Years from the symbols: A/RES/70/1 2015, S/RES/2250(2015) 2015, A/RES/77/10 2022,
    /// S/2023/856 2023; a file-named document has none.
    @Test func yearlyCountsAgesAndRelations() throws {
        func node(_ id: String, _ body: IssuingBody) -> GraphNode {
            GraphNode(id: id, type: .document, body: body, inCorpus: true)
        }
        let graph = try CitationGraph(nodes: [
            node("A/RES/70/1", .generalAssembly), node("S/RES/2250(2015)", .securityCouncil),
            node("A/RES/77/10", .generalAssembly), node("S/2023/856", .securityCouncil), node("003_fda09ecd73bce99b", .generalAssembly),
        ], citations: [
            ("A/RES/77/10", "A/RES/70/1", 2, RelationSet(.recalls).union(RelationSet(.reaffirms))),
            ("A/RES/77/10", "S/RES/2250(2015)", 1, RelationSet(.recalls)),
            ("S/2023/856", "S/RES/2250(2015)", 3, RelationSet(.recalls)),
            ("S/2023/856", "A/RES/77/10", 1, RelationSet(.pursuantTo)),
            ("003_fda09ecd73bce99b", "A/RES/70/1", 1, RelationSet(.cites)),
        ])
        let years = CitationsByYear(graph)
        #expect(years.years == [
            .init(year: 2022, body: .generalAssembly, citations: 2, mentions: 3),
            .init(year: 2023, body: .securityCouncil, citations: 2, mentions: 4),
            .init(year: nil, body: .generalAssembly, citations: 1, mentions: 1),
        ])
        #expect(years.ages == [.init(age: 1, citations: 1), .init(age: 7, citations: 2), .init(age: 8, citations: 1)])
        #expect(years.dated == 4 && years.undated == 1)
        #expect(years.relations == [
            .init(relation: .recalls, body: .generalAssembly, citations: 2),
            .init(relation: .recalls, body: .securityCouncil, citations: 1),
            .init(relation: .reaffirms, body: .generalAssembly, citations: 1),
            .init(relation: .pursuantTo, body: .securityCouncil, citations: 1),
            .init(relation: .cites, body: .generalAssembly, citations: 1),
        ])
    }

    @Test func theDrawingShowsFocusMainPathAndCommunities() throws {
        let graph = try CentralityTests.graph("dag-dangling")
        let path = MainPath(graph)
        let ids = path.nodes.map { graph.nodes[$0].id }
        var options = DOTWriter.Options()
        options.highlighted = [ids[0]]
        options.pathNodes = Set(ids)
        options.pathEdges = Set(zip(ids, ids.dropFirst()).map { $0 + "\t" + $1 })
        let communities = Communities(graph)
        for (v, node) in graph.nodes.enumerated() { options.colors[node.id] = CommunityColors.color(communities.membership[v]) }
        options.colorMeaning = CommunityColors.meaning(communities)
        let dot = DOTWriter.write(graph, options: options)
        let lines = dot.split(separator: "\n").map(String.init)
        let bold = lines.filter { $0.contains("-> ") && $0.contains("penwidth=4") && $0.contains("color=\"#000000\"") }
        #expect(bold.count == ids.count - 1)
        #expect(lines.filter { $0.contains("peripheries=2") }.count == 1)
        #expect(lines.contains { $0.hasPrefix("  \(DOTWriter.name(ids[0])) [") && $0.contains("peripheries=2") })
        #expect(dot.contains("colour: community (the 9 largest of \(communities.count); grey: the rest)"))
        let largest = try #require(communities.membership.firstIndex(of: 0))
        #expect(lines.contains { $0.hasPrefix("  \(DOTWriter.name(graph.nodes[largest].id)) [") && $0.contains("color=\"#CC6677\"") })
        #expect(!dot.contains("GA: General Assembly"))
    }
}

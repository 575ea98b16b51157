@testable import CiteGraphCore
import Foundation
import Testing

/// Centralities against networkx, computed by scripts/reference-centrality.py and committed
/// as fixtures (scripts/make-fixture-graphs.py rebuilds them).
@Suite struct CentralityTests {
    static let tolerance = 1e-9

    /// A fixture graph in `export --format json` shape.
    static func graph(_ name: String) throws -> CitationGraph {
        let json = try Fixtures.json("graphs/\(name).graph.json")
        let nodes = try #require(json["nodes"] as? [[String: Any]]).map { node in
            GraphNode(id: try #require(node["id"] as? String), type: .document, body: .other, inCorpus: false)
        }
        let edges = try #require(json["edges"] as? [[String: Any]]).map { edge in
            (source: try #require(edge["source"] as? String), target: try #require(edge["target"] as? String),
             weight: try #require(edge["weight"] as? Int))
        }
        return try CitationGraph(nodes: nodes, edges: edges)
    }

    static func reference(_ name: String) throws -> [String: [String: Double]] {
        let json = try Fixtures.json("graphs/\(name).json")
        var rows: [String: [String: Double]] = [:]
        for node in try #require(json["nodes"] as? [[String: Any]]) {
            let id = try #require(node["id"] as? String)
            rows[id] = node.compactMapValues { ($0 as? NSNumber)?.doubleValue }
        }
        return rows
    }

    static func compare(_ stats: GraphStatistics, _ reference: [String: [String: Double]]) {
        #expect(stats.nodes.count == reference.count)
        for row in stats.nodes {
            guard let expected = reference[row.node.id] else {
                Issue.record("node \(row.node.id) is not in the reference")
                continue
            }
            let measured: [(String, Double)] = [
                ("in_degree", Double(row.inDegree)), ("out_degree", Double(row.outDegree)), ("pagerank", row.pagerank),
                ("hub", row.hub), ("authority", row.authority), ("betweenness", row.betweenness),
                ("closeness", row.closeness), ("katz", row.katz ?? .nan),
            ]
            for (name, value) in measured {
                let want = expected[name] ?? .nan
                #expect(abs(value - want) <= tolerance, "\(name) of \(row.node.id): \(value) vs networkx \(want)")
            }
        }
    }

    @Test(arguments: ["cycle-small", "dag-dangling", "cyclic-400", "hits-tie", "weighted-multi", "seeds"])
    func unweightedCentralitiesMatchNetworkx(name: String) throws {
        Self.compare(GraphStatistics(try Self.graph(name)), try Self.reference("\(name).networkx"))
    }

    @Test(arguments: ["weighted-multi", "seeds"])
    func weightedCentralitiesMatchNetworkx(name: String) throws {
        Self.compare(GraphStatistics(try Self.graph(name), weighted: true), try Self.reference("\(name).weighted.networkx"))
    }

    @Test func theSeedGraphIsTheFixtureGraph() throws {
        let fixture = try Self.graph("seeds")
        let seeds = CitationGraph(Fixtures.seedCorpus)
        #expect(seeds.nodes.map(\.id) == fixture.nodes.map(\.id))
        #expect(seeds.edges.map { "\($0.source)>\($0.target)x\($0.weight)" } == fixture.edges.map { "\($0.source)>\($0.target)x\($0.weight)" })
    }

    @Test func katzReportsDivergenceInsteadOfNumbers() throws {
        // A complete graph on 12 nodes has spectral radius 11 > 1/alpha.
        let ids = (0..<12).map { "n\($0)" }
        let nodes = ids.map { GraphNode(id: $0, type: .document, body: .other, inCorpus: false) }
        let edges = ids.flatMap { a in ids.filter { $0 != a }.map { (source: a, target: $0, weight: 1) } }
        #expect(Katz.compute(try CitationGraph(nodes: nodes, edges: edges)) == nil)
    }

    @Test func anEmptyGraphHasNoStatistics() throws {
        let stats = GraphStatistics(try CitationGraph(nodes: [], edges: []))
        #expect(stats.nodes.isEmpty)
        #expect(stats.summary.nodes == 0)
    }

    @Test func graphsRejectUnknownAndDuplicateNodes() {
        let a = GraphNode(id: "a", type: .document, body: .other, inCorpus: true)
        #expect(throws: GraphError.unknownNode("b")) { try CitationGraph(nodes: [a], edges: [("a", "b", 1)]) }
        #expect(throws: GraphError.duplicateNode("a")) { try CitationGraph(nodes: [a, a], edges: []) }
    }
}

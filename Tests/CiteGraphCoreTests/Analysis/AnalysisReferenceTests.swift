@testable import CiteGraphCore
import Foundation
import Testing

/// Communities, co-citation, coupling and main paths against python-igraph, leidenalg and
/// path enumeration, computed by scripts/reference-analysis.py and committed as fixtures.
@Suite struct AnalysisReferenceTests {
    static let graphs = ["cycle-small", "dag-dangling", "cyclic-400", "hits-tie", "weighted-multi", "seeds", "planted-communities"]

    /// How far below leidenalg's best modularity (the best of 100 seeds) citegraph's partition
    /// for seed 1 (the best of its 10 restarts) may land. Measured: 0.0071 below on cyclic-400
    /// (other seeds reach 0.3112, above leidenalg's 0.3085), at or above it on the others.
    static let modularityShortfall = 0.01

    static func analysis(_ name: String) throws -> [String: Any] {
        try Fixtures.json("graphs/\(name).analysis.json")
    }

    /// A partition's {id: label} as a membership by node index.
    static func membership(_ labels: [String: Any], _ graph: CitationGraph) throws -> [Int] {
        try graph.nodes.map { node in try #require(labels[node.id] as? Int, "no label for \(node.id)") }
    }

    /// Whether two memberships group the nodes the same way, whatever the labels.
    static func samePartition(_ a: [Int], _ b: [Int]) -> Bool {
        struct Pair: Hashable { let a: Int, b: Int }
        return Set(zip(a, b).map { Pair(a: $0, b: $1) }).count == Set(a).count && Set(a).count == Set(b).count
    }

    @Test(arguments: graphs)
    func modularityMatchesIgraphOnItsPartitions(name: String) throws {
        let graph = try CentralityTests.graph(name)
        let json = try Self.analysis(name)
        for (key, weighted) in [("communities", false), ("communities_weighted", true)] {
            guard let reference = json[key] as? [String: Any] else { continue }
            let view = UndirectedView(graph, weighted: weighted)
            for partition in try #require(reference["partitions"] as? [[String: Any]]) {
                let labels = try #require(partition["membership"] as? [String: Any])
                let want = try #require(partition["modularity"] as? Double)
                let got = view.modularity(try Self.membership(labels, graph))
                #expect(abs(got - want) <= 1e-9, "\(name) \(key) \(partition["name"] ?? ""): \(got) vs igraph \(want)")
            }
        }
    }

    @Test(arguments: graphs)
    func leidenReachesTheReferenceModularity(name: String) throws {
        let graph = try CentralityTests.graph(name)
        let json = try Self.analysis(name)
        for (key, weighted) in [("communities", false), ("communities_weighted", true)] {
            guard let reference = json[key] as? [String: Any] else { continue }
            let best = try #require(reference["best_modularity"] as? Double)
            let communities = Communities(graph, weighted: weighted, seed: 1)
            // The modularity reported is the modularity of the partition reported.
            #expect(abs(communities.modularity - UndirectedView(graph, weighted: weighted).modularity(communities.membership)) <= 1e-12)
            #expect(communities.modularity >= best - Self.modularityShortfall,
                    "\(name) \(key): citegraph \(communities.modularity), leidenalg's best \(best)")
            #expect(communities.sizes.reduce(0, +) == graph.nodeCount)
            #expect(communities.sizes == communities.sizes.sorted(by: >))
        }
    }

    @Test func leidenFindsThePlantedGroups() throws {
        let graph = try CentralityTests.graph("planted-communities")
        let reference = try #require(try Self.analysis("planted-communities")["communities"] as? [String: Any])
        let planted = try Self.membership(try #require(reference["planted"] as? [String: Any]), graph)
        for seed: UInt64 in [1, 2, 3, 42] {
            let found = Communities(graph, seed: seed).membership
            #expect(Self.samePartition(found, planted), "seed \(seed)")
        }
    }

    @Test func aSeedGivesTheSamePartitionEveryTime() throws {
        let graph = try CentralityTests.graph("cyclic-400")
        #expect(Communities(graph, seed: 7) == Communities(graph, seed: 7))
    }

    @Test(arguments: graphs)
    func pairsMatchTheMatrixProducts(name: String) throws {
        let graph = try CentralityTests.graph(name)
        let json = try Self.analysis(name)
        for kind in PairKind.allCases {
            let rows = try #require(json[kind.rawValue] as? [[Any]])
            let reference = rows.map { row in "\(row[0]) \(row[1]) \(row[2])" }
            for limit in [1, 5, reference.count + 10] {
                let ours = CitationPairs.top(kind, of: graph, limit: limit).map {
                    "\(graph.nodes[$0.first].id) \(graph.nodes[$0.second].id) \($0.count)"
                }
                #expect(ours == Array(reference.prefix(limit)), "\(name) \(kind) top \(limit)")
            }
        }
    }

    @Test(arguments: graphs)
    func mainPathMatchesTheReference(name: String) throws {
        let graph = try CentralityTests.graph(name)
        let reference = try #require(try Self.analysis(name)["main_path"] as? [String: Any])
        let path = MainPath(graph)
        let ids = graph.nodes.map(\.id)
        let dropped = try #require(reference["dropped_edges"] as? [[String]])
        #expect(Set(path.droppedEdges.map { "\(ids[$0.source]) \(ids[$0.target])" }) == Set(dropped.map { $0.joined(separator: " ") }))
        var spc: [String: Double] = [:]
        for (i, edge) in graph.edges.enumerated() { spc["\(ids[edge.source]) \(ids[edge.target])"] = path.edgeSPC[i] }
        for row in try #require(reference["spc"] as? [[Any]]) {
            let key = "\(row[0]) \(row[1])"
            let want = try #require((row[2] as? NSNumber)?.doubleValue)
            #expect(abs((spc[key] ?? -1) - want) <= 1e-12 * max(1, want), "SPC of \(key)")
        }
        #expect(path.nodes.map { ids[$0] } == (try #require(reference["path"] as? [String])))
        let weights = try #require(reference["path_spc"] as? [NSNumber]).map(\.doubleValue)
        #expect(path.weights == weights)
        #expect(path.pathCount == (try #require(reference["path_count"] as? NSNumber)).doubleValue)
    }
}

/// The citation graph with directions forgotten, as community detection sees it: one edge
/// {u, v} whose weight is the sum of u→v and v→u (each 1, or its citation count when
/// weighted). Self-citations are left out. Stored as compressed sparse rows, both directions.
struct UndirectedView {
    let nodeCount: Int
    let offsets: [Int]
    let neighbours: [Int]
    let weights: [Double]
    /// Each node's strength (the sum of its edge weights); their sum is 2m.
    let strengths: [Double]
    let totalWeight: Double

    init(_ graph: CitationGraph, weighted: Bool) {
        var pairs: [(Int, Int, Double)] = []
        pairs.reserveCapacity(graph.edgeCount * 2)
        for s in 0..<graph.nodeCount {
            for e in graph.outOffsets[s]..<graph.outOffsets[s + 1] {
                let t = graph.outTargets[e]
                guard t != s else { continue }
                let w = weighted ? Double(graph.outWeights[e]) : 1
                pairs.append((s, t, w))
                pairs.append((t, s, w))
            }
        }
        self.init(nodeCount: graph.nodeCount, pairs: pairs)
    }

    /// From directed (a, b, w) pairs listing each undirected edge in both directions;
    /// repeated pairs are merged, their weights added.
    /// `strengths`, when given, replaces the sums of the rows: an aggregated node keeps the
    /// strength of its members, the edges inside it included.
    init(nodeCount n: Int, pairs: [(Int, Int, Double)], strengths given: [Double]? = nil) {
        var counts = [Int](repeating: 0, count: n + 1)
        for (a, _, _) in pairs { counts[a + 1] += 1 }
        for v in 0..<n { counts[v + 1] += counts[v] }
        var cursor = counts
        var rawTargets = [Int](repeating: 0, count: pairs.count)
        var rawWeights = [Double](repeating: 0, count: pairs.count)
        for (a, b, w) in pairs {
            rawTargets[cursor[a]] = b
            rawWeights[cursor[a]] = w
            cursor[a] += 1
        }
        // Sort each row and merge repeats, so that sums are taken in one fixed order.
        var offsets = [Int](repeating: 0, count: n + 1)
        var neighbours: [Int] = []
        var weights: [Double] = []
        neighbours.reserveCapacity(pairs.count)
        weights.reserveCapacity(pairs.count)
        var strengths = [Double](repeating: 0, count: n)
        for v in 0..<n {
            let row = (counts[v]..<counts[v + 1]).sorted { rawTargets[$0] < rawTargets[$1] }
            for i in row {
                if let last = neighbours.last, neighbours.count > offsets[v], last == rawTargets[i] {
                    weights[weights.count - 1] += rawWeights[i]
                } else {
                    neighbours.append(rawTargets[i])
                    weights.append(rawWeights[i])
                }
                strengths[v] += rawWeights[i]
            }
            offsets[v + 1] = neighbours.count
        }
        nodeCount = n
        self.offsets = offsets
        self.neighbours = neighbours
        self.weights = weights
        if let given { strengths = given }
        self.strengths = strengths
        totalWeight = strengths.reduce(0, +)
    }

    /// A view from its rows as they are.
    init(nodeCount: Int, offsets: [Int], neighbours: [Int], weights: [Double], strengths: [Double]) {
        self.nodeCount = nodeCount
        self.offsets = offsets
        self.neighbours = neighbours
        self.weights = weights
        self.strengths = strengths
        totalWeight = strengths.reduce(0, +)
    }

    /// Newman's modularity of `membership` (a community number per node), resolution 1, as
    /// igraph's `modularity` computes it on the undirected weighted graph.
    func modularity(_ membership: [Int]) -> Double {
        guard totalWeight > 0 else { return .nan }
        let communities = (membership.max() ?? -1) + 1
        var inside = [Double](repeating: 0, count: communities)
        var strength = [Double](repeating: 0, count: communities)
        for v in 0..<nodeCount {
            strength[membership[v]] += strengths[v]
            for e in offsets[v]..<offsets[v + 1] where membership[neighbours[e]] == membership[v] {
                inside[membership[v]] += weights[e]
            }
        }
        var q = 0.0
        for c in 0..<communities {
            q += inside[c] / totalWeight - (strength[c] / totalWeight) * (strength[c] / totalWeight)
        }
        return q
    }
}

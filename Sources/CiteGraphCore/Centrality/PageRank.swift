/// PageRank as networkx defines it: damping 0.85, the rank of nodes with no out-edges spread
/// uniformly, iterated until the L1 change is below `tolerance` × N (networkx's own test).
public enum PageRank {
    public static func compute(_ graph: CitationGraph, weighted: Bool, damping: Double = 0.85,
                               tolerance: Double = 1e-12, maxIterations: Int = 100_000) -> [Double] {
        let n = graph.nodeCount
        guard n > 0 else { return [] }
        // Each edge's share of its source's rank.
        var outWeight = [Double](repeating: 0, count: n)
        for v in 0..<n {
            for e in graph.outOffsets[v]..<graph.outOffsets[v + 1] {
                outWeight[v] += weighted ? Double(graph.outWeights[e]) : 1
            }
        }
        let dangling = (0..<n).filter { outWeight[$0] == 0 }
        let uniform = 1.0 / Double(n)
        var x = [Double](repeating: uniform, count: n)
        var next = [Double](repeating: 0, count: n)
        for _ in 0..<maxIterations {
            let danglingMass = dangling.reduce(0.0) { $0 + x[$1] }
            let base = damping * danglingMass * uniform + (1 - damping) * uniform
            for v in 0..<n {
                // Pull from predecessors: rank(u) × w(u,v) / outWeight(u).
                var sum = 0.0
                for e in graph.inOffsets[v]..<graph.inOffsets[v + 1] {
                    let u = graph.inSources[e]
                    sum += x[u] * (weighted ? Double(graph.inWeights[e]) : 1) / outWeight[u]
                }
                next[v] = damping * sum + base
            }
            var change = 0.0
            for v in 0..<n { change += abs(next[v] - x[v]) }
            swap(&x, &next)
            if change < Double(n) * tolerance { break }
        }
        let total = x.reduce(0, +)
        return x.map { $0 / total }
    }
}

/// Katz centrality as networkx defines it (alpha 0.1, beta 1, normalised to unit length),
/// counting incoming walks: a document scores by the documents that cite it.
public enum Katz {
    /// The scores, or `nil` if the iteration does not converge (alpha at or above the inverse
    /// of the graph's largest eigenvalue).
    public static func compute(_ graph: CitationGraph, alpha: Double = 0.1, beta: Double = 1,
                               tolerance: Double = 1e-12, maxIterations: Int = 10_000) -> [Double]? {
        let n = graph.nodeCount
        guard n > 0 else { return [] }
        var x = [Double](repeating: 0, count: n)
        var next = [Double](repeating: 0, count: n)
        var previousChange = Double.infinity
        var growing = 0
        for _ in 0..<maxIterations {
            for v in 0..<n {
                var sum = 0.0
                for e in graph.inOffsets[v]..<graph.inOffsets[v + 1] { sum += x[graph.inSources[e]] }
                next[v] = alpha * sum + beta
            }
            var change = 0.0
            for v in 0..<n { change += abs(next[v] - x[v]) }
            swap(&x, &next)
            guard change.isFinite else { return nil }
            // A change that keeps growing means alpha is at or above 1/λmax: it will not settle.
            growing = change >= previousChange ? growing + 1 : 0
            if growing >= 100 { return nil }
            previousChange = change
            if change < Double(n) * tolerance {
                let norm = x.reduce(0) { $0 + $1 * $1 }.squareRoot()
                return x.map { $0 / norm }
            }
        }
        return nil
    }
}

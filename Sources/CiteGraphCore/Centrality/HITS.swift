/// Hub and authority scores (Kleinberg's HITS) by power iteration from a uniform start, as
/// networkx's reference implementation does. Power iteration, not an SVD: when the top
/// singular value is repeated (several equal components, common in citation graphs) an SVD
/// returns an arbitrary mix, while power iteration gives the uniform start's projection.
public enum HITS {
    public struct Scores: Sendable {
        public let hubs: [Double]
        public let authorities: [Double]
    }

    public static func compute(_ graph: CitationGraph, weighted: Bool, tolerance: Double = 1e-13,
                               maxIterations: Int = 100_000) -> Scores {
        let n = graph.nodeCount
        guard n > 0, graph.edgeCount > 0 else {
            return Scores(hubs: [Double](repeating: 0, count: n), authorities: [Double](repeating: 0, count: n))
        }
        func weight(_ w: Int) -> Double { weighted ? Double(w) : 1 }
        var h = [Double](repeating: 1.0 / Double(n), count: n)
        var a = [Double](repeating: 0, count: n)
        var nextH = [Double](repeating: 0, count: n)
        for _ in 0..<maxIterations {
            // a = Aᵀh, then h = Aa.
            for v in 0..<n {
                var sum = 0.0
                for e in graph.inOffsets[v]..<graph.inOffsets[v + 1] { sum += h[graph.inSources[e]] * weight(graph.inWeights[e]) }
                a[v] = sum
            }
            for v in 0..<n {
                var sum = 0.0
                for e in graph.outOffsets[v]..<graph.outOffsets[v + 1] { sum += a[graph.outTargets[e]] * weight(graph.outWeights[e]) }
                nextH[v] = sum
            }
            scale(&nextH, by: 1 / (nextH.max() ?? 1))
            scale(&a, by: 1 / (a.max() ?? 1))
            var change = 0.0
            for v in 0..<n { change += abs(nextH[v] - h[v]) }
            swap(&h, &nextH)
            if change < tolerance { break }
        }
        scale(&a, by: 1 / a.reduce(0, +))
        scale(&h, by: 1 / h.reduce(0, +))
        // Scores that are exactly zero (nodes outside the dominant component) only decay
        // towards zero in power iteration; below the convergence noise they are zero.
        return Scores(hubs: h.map(snapToZero), authorities: a.map(snapToZero))
    }

    private static func snapToZero(_ x: Double) -> Double { abs(x) < 1e-12 ? 0 : x }

    private static func scale(_ v: inout [Double], by factor: Double) {
        for i in v.indices { v[i] *= factor }
    }
}

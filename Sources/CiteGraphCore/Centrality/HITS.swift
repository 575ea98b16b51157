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
        let inWeights = weighted ? graph.inWeights.map(Double.init) : []
        let outWeights = weighted ? graph.outWeights.map(Double.init) : []
        var h = [Double](repeating: 1.0 / Double(n), count: n)
        var a = [Double](repeating: 0, count: n)
        var nextH = [Double](repeating: 0, count: n)
        for _ in 0..<maxIterations {
            // a = Aᵀh, then h = Aa, over flat arrays (no bounds checks, no weight when unweighted).
            multiply(offsets: graph.inOffsets, neighbours: graph.inSources, weights: inWeights, h, into: &a)
            multiply(offsets: graph.outOffsets, neighbours: graph.outTargets, weights: outWeights, a, into: &nextH)
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

    /// result[v] = Σ weight(e) · vector[neighbour(e)] over v's row (weight 1 when `weights` is empty).
    private static func multiply(offsets: [Int], neighbours: [Int], weights: [Double], _ vector: [Double], into result: inout [Double]) {
        offsets.withUnsafeBufferPointer { offsets in
            neighbours.withUnsafeBufferPointer { neighbours in
                weights.withUnsafeBufferPointer { weights in
                    vector.withUnsafeBufferPointer { vector in
                        result.withUnsafeMutableBufferPointer { result in
                            for v in 0..<result.count {
                                var sum = 0.0
                                if weights.isEmpty {
                                    for e in offsets[v]..<offsets[v + 1] { sum += vector[neighbours[e]] }
                                } else {
                                    for e in offsets[v]..<offsets[v + 1] { sum += vector[neighbours[e]] * weights[e] }
                                }
                                result[v] = sum
                            }
                        }
                    }
                }
            }
        }
    }

    private static func snapToZero(_ x: Double) -> Double { abs(x) < 1e-12 ? 0 : x }

    private static func scale(_ v: inout [Double], by factor: Double) {
        for i in v.indices { v[i] *= factor }
    }
}

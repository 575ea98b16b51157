/// PageRank as networkx defines it: damping 0.85, the rank of nodes with no out-edges spread
/// uniformly, iterated until the L1 change is below `tolerance` × N (networkx's own test).
public enum PageRank {
    public static func compute(_ graph: CitationGraph, weighted: Bool, damping: Double = 0.85,
                               tolerance: Double = 1e-12, maxIterations: Int = 100_000) -> [Double] {
        let n = graph.nodeCount
        guard n > 0 else { return [] }
        // Each source's out-weight, and (weighted) each in-edge's weight as a Double, once.
        var outWeight = [Double](repeating: 0, count: n)
        for v in 0..<n {
            if weighted {
                for e in graph.outOffsets[v]..<graph.outOffsets[v + 1] { outWeight[v] += Double(graph.outWeights[e]) }
            } else {
                outWeight[v] = Double(graph.outDegree(v))
            }
        }
        let edgeWeights = weighted ? graph.inWeights.map(Double.init) : []
        let dangling = (0..<n).filter { outWeight[$0] == 0 }
        let inverseOut = outWeight.map { $0 > 0 ? 1 / $0 : 0 }
        let uniform = 1.0 / Double(n)
        var x = [Double](repeating: uniform, count: n)
        var next = [Double](repeating: 0, count: n)
        // What each node passes on per unit of edge weight: x(u) / outWeight(u), computed once a
        // step rather than once an edge.
        var share = [Double](repeating: 0, count: n)
        graph.inOffsets.withUnsafeBufferPointer { offsets in
            graph.inSources.withUnsafeBufferPointer { sources in
                edgeWeights.withUnsafeBufferPointer { weights in
                    for _ in 0..<maxIterations {
                        var danglingMass = 0.0
                        for v in dangling { danglingMass += x[v] }
                        let base = damping * danglingMass * uniform + (1 - damping) * uniform
                        x.withUnsafeBufferPointer { x in
                            share.withUnsafeMutableBufferPointer { share in
                                inverseOut.withUnsafeBufferPointer { inverse in
                                    for u in 0..<n { share[u] = x[u] * inverse[u] }
                                }
                            }
                        }
                        var change = 0.0
                        share.withUnsafeBufferPointer { share in
                            x.withUnsafeBufferPointer { x in
                                next.withUnsafeMutableBufferPointer { next in
                                    for v in 0..<n {
                                        var sum = 0.0
                                        if weighted {
                                            for e in offsets[v]..<offsets[v + 1] { sum += share[sources[e]] * weights[e] }
                                        } else {
                                            for e in offsets[v]..<offsets[v + 1] { sum += share[sources[e]] }
                                        }
                                        let value = damping * sum + base
                                        next[v] = value
                                        change += abs(value - x[v])
                                    }
                                }
                            }
                        }
                        swap(&x, &next)
                        if change < Double(n) * tolerance { break }
                    }
                }
            }
        }
        let total = x.reduce(0, +)
        return x.map { $0 / total }
    }
}

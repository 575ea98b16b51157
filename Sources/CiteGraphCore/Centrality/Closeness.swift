/// Closeness centrality as networkx defines it for directed graphs: on incoming distances
/// (how close the documents that reach a node by citation are to it), with Wasserman and
/// Faust's correction for nodes reached from only part of the graph.
public enum Closeness {
    public static func compute(_ graph: CitationGraph) -> [Double] {
        let n = graph.nodeCount
        guard n > 1 else { return [Double](repeating: 0, count: n) }
        let chunks = FixedChunks.map(count: n) { targets in
            var distance = [Int](repeating: -1, count: n)
            var queue: [Int] = []
            var scores: [Double] = []
            for u in targets {
                // Breadth-first search along in-edges: distances from every node to u.
                queue.removeAll(keepingCapacity: true)
                queue.append(u)
                distance[u] = 0
                var head = 0
                var total = 0
                while head < queue.count {
                    let v = queue[head]
                    head += 1
                    total += distance[v]
                    for e in graph.inOffsets[v]..<graph.inOffsets[v + 1] {
                        let w = graph.inSources[e]
                        if distance[w] < 0 {
                            distance[w] = distance[v] + 1
                            queue.append(w)
                        }
                    }
                }
                let reached = Double(queue.count - 1)
                scores.append(total > 0 ? (reached / Double(total)) * (reached / Double(n - 1)) : 0)
                for v in queue { distance[v] = -1 }
            }
            return scores
        }
        return chunks.flatMap { $0 }
    }

    /// Closeness estimated from breadth-first searches out of the sampled pivots (Eppstein and
    /// Wang's method): for each node, the share of pivots that reach it and their mean distance
    /// to it stand for those of all nodes, so closeness ≈ (share reaching)² / (mean distance).
    public static func estimate(_ graph: CitationGraph, sample: SourceSample) -> (values: [Double], error: EstimateError?) {
        let n = graph.nodeCount
        guard n > 1, sample.size > 0 else { return ([Double](repeating: 0, count: n), nil) }
        // Per node: sums over pivots of reached (a) and distance (b), and of b². (a is 0 or 1,
        // so a² sums like a, and a·b like b.)
        let partials = FixedChunks.map(count: sample.size, chunks: 16) { chunk in
            var sums = [[Double]](repeating: [Double](repeating: 0, count: n), count: 3)
            var distance = [Int](repeating: -1, count: n)
            var queue: [Int] = []
            for pivot in sample.nodes[chunk] {
                queue.removeAll(keepingCapacity: true)
                queue.append(pivot)
                distance[pivot] = 0
                var head = 0
                while head < queue.count {
                    let v = queue[head]
                    head += 1
                    for e in graph.outOffsets[v]..<graph.outOffsets[v + 1] where distance[graph.outTargets[e]] < 0 {
                        distance[graph.outTargets[e]] = distance[v] + 1
                        queue.append(graph.outTargets[e])
                    }
                }
                for u in queue where u != pivot {
                    let d = Double(distance[u])
                    sums[0][u] += 1
                    sums[1][u] += d
                    sums[2][u] += d * d
                }
                for v in queue { distance[v] = -1 }
            }
            return sums
        }
        var sums = [[Double]](repeating: [Double](repeating: 0, count: n), count: 3)
        for partial in partials {
            for row in 0..<3 { for u in 0..<n { sums[row][u] += partial[row][u] } }
        }
        let pivotSet = Set(sample.nodes)
        var values = [Double](repeating: 0, count: n)
        var largest = 0.0
        for u in 0..<n {
            // Pivots other than u itself.
            let k = Double(sample.size - (pivotSet.contains(u) ? 1 : 0))
            guard k > 0 else { continue }
            let a = sums[0][u] / k, b = sums[1][u] / k
            guard b > 0 else { continue }
            values[u] = a * a / b
            guard k > 1 else { continue }
            // Delta method on f(a, b) = a²/b with the sample covariance of (reached, distance).
            let varA = max(0, (sums[0][u] - k * a * a) / (k - 1))
            let varB = max(0, (sums[2][u] - k * b * b) / (k - 1))
            let cov = (sums[1][u] - k * a * b) / (k - 1)
            let ga = 2 * a / b, gb = -a * a / (b * b)
            let variance = max(0, ga * ga * varA + gb * gb * varB + 2 * ga * gb * cov) / k
            largest = max(largest, variance.squareRoot())
        }
        return (values, EstimateError(samples: sample.size, bound: 3 * largest * sample.finitePopulationCorrection))
    }
}

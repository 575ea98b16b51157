import Dispatch

/// Betweenness centrality by Brandes' algorithm, normalised as networkx does for directed
/// graphs (by 1/((n-1)(n-2))). Unweighted paths by breadth-first search; with `weighted`,
/// a citation count is a distance, as networkx reads the `weight` attribute.
public enum Betweenness {
    /// Betweenness from the sources in `sample` (all sources when `nil`), scaled up by
    /// n / k as networkx's `k` does, with the error the sample implies.
    public static func estimate(_ graph: CitationGraph, weighted: Bool, sample: SourceSample?) -> (values: [Double], error: EstimateError?) {
        let n = graph.nodeCount
        guard n > 0 else { return ([], nil) }
        let sources = sample?.nodes ?? Array(0..<n)
        // Few chunks: each returns arrays as long as the graph.
        let partials = FixedChunks.map(count: sources.count, chunks: 16) { chunk in
            var state = BrandesState(nodeCount: n, keepSquares: sample != nil)
            for s in sources[chunk] {
                if weighted {
                    state.dijkstra(from: s, in: graph)
                    state.accumulate(source: s)
                } else {
                    state.breadthFirst(from: s, in: graph)
                    state.accumulateAlongInEdges(source: s, in: graph)
                }
            }
            return (state.betweenness, state.squares)
        }
        // Chunks are fixed and summed in order, so the result does not depend on the cores.
        var total = [Double](repeating: 0, count: n)
        var squares = [Double](repeating: 0, count: sample == nil ? 0 : n)
        for (partial, partialSquares) in partials {
            for v in 0..<n { total[v] += partial[v] }
            for v in 0..<squares.count { squares[v] += partialSquares[v] }
        }
        let scale = n > 2 ? 1 / Double((n - 1) * (n - 2)) : 1
        let k = Double(sources.count)
        let factor = scale * Double(n) / k
        var error: EstimateError?
        if let sample, sample.size > 1 {
            // Per node, the sample variance of its dependency on one source.
            var largest = 0.0
            for v in 0..<n {
                let mean = total[v] / k
                let variance = max(0, (squares[v] - k * mean * mean) / (k - 1))
                largest = max(largest, (variance / k).squareRoot())
            }
            error = EstimateError(samples: sample.size, bound: 3 * largest * Double(n) * scale * sample.finitePopulationCorrection)
        }
        for v in 0..<n { total[v] *= factor }
        return (total, error)
    }
}

/// The single-source work of Brandes' algorithm, reused across sources.
private struct BrandesState {
    var betweenness: [Double]
    /// Sums of squared dependencies, for the variance of a sampled estimate (empty if unused).
    var squares: [Double]
    private var sigma: [Double]
    private var distance: [Double]
    private var delta: [Double]
    private var order: [Int] = []
    /// Predecessors on shortest paths (weighted paths only: unweighted ones are read back
    /// from the in-edges and the distances).
    private var predecessors: [[Int]]

    init(nodeCount n: Int, keepSquares: Bool = false) {
        betweenness = [Double](repeating: 0, count: n)
        squares = [Double](repeating: 0, count: keepSquares ? n : 0)
        sigma = [Double](repeating: 0, count: n)
        distance = [Double](repeating: -1, count: n)
        delta = [Double](repeating: 0, count: n)
        predecessors = []
    }

    private mutating func reset() {
        for v in order {
            sigma[v] = 0
            distance[v] = -1
            delta[v] = 0
            if !predecessors.isEmpty { predecessors[v].removeAll(keepingCapacity: true) }
        }
        order.removeAll(keepingCapacity: true)
    }

    mutating func breadthFirst(from s: Int, in graph: CitationGraph) {
        reset()
        sigma[s] = 1
        distance[s] = 0
        var queue = [s]
        var head = 0
        while head < queue.count {
            let v = queue[head]
            head += 1
            order.append(v)
            for e in graph.outOffsets[v]..<graph.outOffsets[v + 1] {
                let w = graph.outTargets[e]
                if distance[w] < 0 {
                    distance[w] = distance[v] + 1
                    queue.append(w)
                }
                if distance[w] == distance[v] + 1 { sigma[w] += sigma[v] }
            }
        }
    }

    mutating func dijkstra(from s: Int, in graph: CitationGraph) {
        if predecessors.isEmpty { predecessors = [[Int]](repeating: [], count: sigma.count) }
        reset()
        var heap = MinHeap()
        var tentative: [Int: Double] = [s: 0]
        sigma[s] = 1
        heap.push(0, s, from: -1)
        while let (d, v, from) = heap.pop() {
            if distance[v] >= 0 { continue }  // settled already
            if from >= 0 { sigma[v] += sigma[from] }
            distance[v] = d
            order.append(v)
            for e in graph.outOffsets[v]..<graph.outOffsets[v + 1] {
                let w = graph.outTargets[e]
                guard distance[w] < 0 else { continue }
                let candidate = d + Double(graph.outWeights[e])
                if tentative[w].map({ candidate < $0 }) ?? true {
                    tentative[w] = candidate
                    heap.push(candidate, w, from: v)
                    sigma[w] = 0
                    predecessors[w] = [v]
                } else if candidate == tentative[w] {
                    sigma[w] += sigma[v]
                    predecessors[w].append(v)
                }
            }
        }
    }

    /// Back-propagates dependencies from the farthest node, as in Brandes (2001), finding each
    /// node's shortest-path predecessors among its in-edges: those one step closer to `s`.
    mutating func accumulateAlongInEdges(source s: Int, in graph: CitationGraph) {
        for w in order.reversed() {
            let coefficient = (1 + delta[w]) / sigma[w]
            let dw = distance[w]
            for e in graph.inOffsets[w]..<graph.inOffsets[w + 1] {
                let v = graph.inSources[e]
                if distance[v] == dw - 1, distance[v] >= 0 { delta[v] += sigma[v] * coefficient }
            }
            if w != s {
                betweenness[w] += delta[w]
                if !squares.isEmpty { squares[w] += delta[w] * delta[w] }
            }
        }
    }

    /// Back-propagates dependencies from the farthest node, as in Brandes (2001).
    mutating func accumulate(source s: Int) {
        for w in order.reversed() {
            let coefficient = (1 + delta[w]) / sigma[w]
            for v in predecessors[w] { delta[v] += sigma[v] * coefficient }
            if w != s {
                betweenness[w] += delta[w]
                if !squares.isEmpty { squares[w] += delta[w] * delta[w] }
            }
        }
    }
}

/// A binary min-heap of (distance, node, predecessor), ties broken by node for determinism.
private struct MinHeap {
    private var items: [(Double, Int, Int)] = []

    mutating func push(_ d: Double, _ v: Int, from: Int) {
        items.append((d, v, from))
        var i = items.count - 1
        while i > 0 {
            let parent = (i - 1) / 2
            guard less(items[i], items[parent]) else { break }
            items.swapAt(i, parent)
            i = parent
        }
    }

    mutating func pop() -> (Double, Int, Int)? {
        guard let top = items.first else { return nil }
        let last = items.removeLast()
        if !items.isEmpty {
            items[0] = last
            var i = 0
            while true {
                let l = 2 * i + 1, r = l + 1
                var smallest = i
                if l < items.count, less(items[l], items[smallest]) { smallest = l }
                if r < items.count, less(items[r], items[smallest]) { smallest = r }
                if smallest == i { break }
                items.swapAt(i, smallest)
                i = smallest
            }
        }
        return top
    }

    private func less(_ a: (Double, Int, Int), _ b: (Double, Int, Int)) -> Bool {
        (a.0, a.1, a.2) < (b.0, b.1, b.2)
    }
}

import Dispatch

/// Betweenness centrality by Brandes' algorithm, normalised as networkx does for directed
/// graphs (by 1/((n-1)(n-2))). Unweighted paths by breadth-first search; with `weighted`,
/// a citation count is a distance, as networkx reads the `weight` attribute.
public enum Betweenness {
    public static func compute(_ graph: CitationGraph, weighted: Bool) -> [Double] {
        let n = graph.nodeCount
        guard n > 0 else { return [] }
        let partials = FixedChunks.map(count: n) { sources in
            var state = BrandesState(nodeCount: n)
            for s in sources {
                if weighted { state.dijkstra(from: s, in: graph) } else { state.breadthFirst(from: s, in: graph) }
                state.accumulate(source: s)
            }
            return state.betweenness
        }
        // Chunks are fixed and summed in order, so the result does not depend on the cores.
        var total = [Double](repeating: 0, count: n)
        for partial in partials { for v in 0..<n { total[v] += partial[v] } }
        if n > 2 {
            let scale = 1 / Double((n - 1) * (n - 2))
            for v in 0..<n { total[v] *= scale }
        }
        return total
    }
}

/// The single-source work of Brandes' algorithm, reused across sources.
private struct BrandesState {
    var betweenness: [Double]
    private var sigma: [Double]
    private var distance: [Double]
    private var delta: [Double]
    private var order: [Int] = []
    /// Predecessors on shortest paths, as a list of (node, predecessor) appended in order.
    private var predecessors: [[Int]]

    init(nodeCount n: Int) {
        betweenness = [Double](repeating: 0, count: n)
        sigma = [Double](repeating: 0, count: n)
        distance = [Double](repeating: -1, count: n)
        delta = [Double](repeating: 0, count: n)
        predecessors = [[Int]](repeating: [], count: n)
    }

    private mutating func reset() {
        for v in order {
            sigma[v] = 0
            distance[v] = -1
            delta[v] = 0
            predecessors[v].removeAll(keepingCapacity: true)
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
                if distance[w] == distance[v] + 1 {
                    sigma[w] += sigma[v]
                    predecessors[w].append(v)
                }
            }
        }
    }

    mutating func dijkstra(from s: Int, in graph: CitationGraph) {
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

    /// Back-propagates dependencies from the farthest node, as in Brandes (2001).
    mutating func accumulate(source s: Int) {
        for w in order.reversed() {
            let coefficient = (1 + delta[w]) / sigma[w]
            for v in predecessors[w] { delta[v] += sigma[v] * coefficient }
            if w != s { betweenness[w] += delta[w] }
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

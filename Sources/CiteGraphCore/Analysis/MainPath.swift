/// Main path analysis (Hummon and Doreian 1989): each citation weighted by its search path
/// count (SPC), the number of source-to-sink paths that run through it, and the global main
/// path, the source-to-sink path whose citations' SPCs add up highest (Liu and Lu 2012).
///
/// SPC needs an acyclic graph. Citations mostly point back in time, but a corpus has a few
/// cycles (two reports citing each other); those are broken by dropping back edges: a
/// depth-first search from each node in id order, following citations in id order, drops
/// every citation of a document still on its stack. Which edges go depends only on ids.
public struct MainPath: Sendable {
    /// The path's nodes, each citing the next: from the newest document back to the oldest.
    public let nodes: [Int]
    /// The SPC of the citation from `nodes[i]` to `nodes[i + 1]`.
    public let weights: [Double]
    /// Citations dropped to break cycles, as (source, target) node indices.
    public let droppedEdges: [(source: Int, target: Int)]
    /// The SPC of every citation kept, in the order of `graph.edges` (0 for dropped ones).
    public let edgeSPC: [Double]
    /// Source-to-sink paths in the acyclic graph.
    public let pathCount: Double

    public var total: Double { weights.reduce(0, +) }

    public init(_ graph: CitationGraph) {
        let n = graph.nodeCount
        let dropped = Self.backEdges(graph)
        var keep = [Bool](repeating: true, count: graph.edgeCount)
        for e in dropped { keep[e] = false }
        droppedEdges = dropped.map { e in (source: Self.source(of: e, graph), target: graph.outTargets[e]) }
        // Degrees of the acyclic graph; nodes with no citation at all are on no path.
        var inDegree = [Int](repeating: 0, count: n), outDegree = [Int](repeating: 0, count: n)
        for v in 0..<n {
            for e in graph.outOffsets[v]..<graph.outOffsets[v + 1] where keep[e] {
                outDegree[v] += 1
                inDegree[graph.outTargets[e]] += 1
            }
        }
        let order = Self.topologicalOrder(graph, keep: keep, inDegree: inDegree)
        // Paths from a source (a document nothing cites) to v, and from v to a sink.
        var fromSources = [Double](repeating: 0, count: n), toSinks = [Double](repeating: 0, count: n)
        for v in order where inDegree[v] == 0 && outDegree[v] > 0 { fromSources[v] = 1 }
        for v in order {
            for e in graph.outOffsets[v]..<graph.outOffsets[v + 1] where keep[e] {
                fromSources[graph.outTargets[e]] += fromSources[v]
            }
        }
        for v in order.reversed() {
            if outDegree[v] == 0 && inDegree[v] > 0 { toSinks[v] = 1 }
            for e in graph.outOffsets[v]..<graph.outOffsets[v + 1] where keep[e] {
                toSinks[v] += toSinks[graph.outTargets[e]]
            }
        }
        var spc = [Double](repeating: 0, count: graph.edgeCount)
        for v in 0..<n {
            for e in graph.outOffsets[v]..<graph.outOffsets[v + 1] where keep[e] {
                spc[e] = fromSources[v] * toSinks[graph.outTargets[e]]
            }
        }
        edgeSPC = spc
        pathCount = (0..<n).filter { inDegree[$0] == 0 }.reduce(0) { $0 + toSinks[$1] }
        // The heaviest path from each node to a sink, and the citation it starts with (ties:
        // the smaller target index).
        var best = [Double](repeating: 0, count: n), next = [Int](repeating: -1, count: n)
        for v in order.reversed() {
            for e in graph.outOffsets[v]..<graph.outOffsets[v + 1] where keep[e] {
                let w = graph.outTargets[e]
                let total = spc[e] + best[w]
                if next[v] < 0 || total > best[v] { (best[v], next[v]) = (total, w) }
            }
        }
        var start = -1
        for v in 0..<n where inDegree[v] == 0 && outDegree[v] > 0 {
            if start < 0 || best[v] > best[start] { start = v }
        }
        var path: [Int] = [], weights: [Double] = []
        var v = start
        while v >= 0 {
            path.append(v)
            let w = next[v]
            if w >= 0, let e = graph.outTargets[graph.outOffsets[v]..<graph.outOffsets[v + 1]].firstIndex(of: w) {
                weights.append(spc[e])
            }
            v = w
        }
        nodes = path
        self.weights = weights
    }

    /// The index of the edge-list entry `e`'s source.
    private static func source(of e: Int, _ graph: CitationGraph) -> Int {
        var lo = 0, hi = graph.nodeCount - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if graph.outOffsets[mid] <= e { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    /// Edge indices of the back edges of an iterative depth-first search, in the order found.
    static func backEdges(_ graph: CitationGraph) -> [Int] {
        let n = graph.nodeCount
        // 0: not seen, 1: on the stack, 2: done.
        var state = [UInt8](repeating: 0, count: n)
        var back: [Int] = []
        var stack: [(node: Int, edge: Int)] = []
        for root in 0..<n where state[root] == 0 {
            state[root] = 1
            stack.append((root, graph.outOffsets[root]))
            while let top = stack.last {
                let v = top.node, e = top.edge
                if e == graph.outOffsets[v + 1] {
                    state[v] = 2
                    stack.removeLast()
                    continue
                }
                stack[stack.count - 1].edge += 1
                let w = graph.outTargets[e]
                switch state[w] {
                case 0:
                    state[w] = 1
                    stack.append((w, graph.outOffsets[w]))
                case 1: back.append(e)
                default: break
                }
            }
        }
        return back
    }

    /// Kahn's order on the kept edges, taking ready nodes smallest index first.
    private static func topologicalOrder(_ graph: CitationGraph, keep: [Bool], inDegree: [Int]) -> [Int] {
        var remaining = inDegree
        var ready = (0..<graph.nodeCount).filter { remaining[$0] == 0 }
        var order: [Int] = []
        order.reserveCapacity(graph.nodeCount)
        var head = 0
        while head < ready.count {
            let v = ready[head]
            head += 1
            order.append(v)
            for e in graph.outOffsets[v]..<graph.outOffsets[v + 1] where keep[e] {
                let w = graph.outTargets[e]
                remaining[w] -= 1
                if remaining[w] == 0 { ready.append(w) }
            }
        }
        return order
    }
}

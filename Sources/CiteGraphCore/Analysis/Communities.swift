/// A partition of the documents into communities: groups that cite one another more than
/// chance would have them.
public struct Communities: Sendable, Equatable {
    /// Each node's community (by node index): 0 is the largest, ties by the smallest node id.
    public let membership: [Int]
    /// The size of each community, largest first.
    public let sizes: [Int]
    /// Newman's modularity of the partition on the undirected view (`nan` with no edges).
    public let modularity: Double
    public let seed: UInt64
    public let weighted: Bool

    public var count: Int { sizes.count }

    /// Leiden depends on the order it visits nodes in, and one run can stop short of the best
    /// partition (on the test graphs, one run's modularity varies by up to 0.02); the best of
    /// ten is within 0.01 of leidenalg's best of a hundred (AnalysisReferenceTests). On large
    /// graphs runs cost seconds and differ less: the number of runs falls so that they walk
    /// about `restartWork` edges in all, never below one.
    public static let restarts = 10
    public static let restartWork = 2_000_000

    /// How many runs a graph of `edges` undirected edges gets.
    public static func runs(forEdges edges: Int, atMost limit: Int = restarts) -> Int {
        max(1, min(limit, restartWork / max(edges, 1)))
    }

    /// The communities of `graph` by the Leiden algorithm (Traag, Waltman and van Eck 2019)
    /// maximising modularity on the undirected view: directions dropped, u→v and v→u summed,
    /// each edge 1 or its citation count when `weighted`. The best of `restarts` runs, one
    /// random stream from `seed`, so the same seed gives the same partition.
    public init(_ graph: CitationGraph, weighted: Bool = false, seed: UInt64 = 1, restarts: Int = Communities.restarts) {
        let view = UndirectedView(graph, weighted: weighted)
        let runs = Self.runs(forEdges: view.neighbours.count / 2, atMost: restarts)
        let raw = view.totalWeight > 0 ? Leiden.partition(view, seed: seed, runs: runs) : Array(0..<graph.nodeCount)
        self.init(membership: raw, view: view, seed: seed, weighted: weighted)
    }

    /// Renumbers `raw` largest community first (ties: the smaller first node) and scores it.
    init(membership raw: [Int], view: UndirectedView, seed: UInt64, weighted: Bool) {
        var members: [Int: (size: Int, first: Int)] = [:]
        for (v, c) in raw.enumerated() {
            members[c, default: (0, v)].size += 1
        }
        let order = members.sorted { a, b in
            a.value.size != b.value.size ? a.value.size > b.value.size : a.value.first < b.value.first
        }
        var number: [Int: Int] = [:]
        for (i, entry) in order.enumerated() { number[entry.key] = i }
        membership = raw.map { number[$0] ?? 0 }
        sizes = order.map(\.value.size)
        modularity = view.modularity(membership)
        self.seed = seed
        self.weighted = weighted
    }
}

/// Leiden's three steps, repeated: move nodes between communities while modularity rises
/// (visiting them from a queue, as Leiden's fast local moving does), refine each community
/// into well-connected parts, and aggregate the parts into nodes of a smaller graph, starting
/// it from the unrefined communities. The refinement merges greedily (the best gain) where
/// Leiden draws at random; the seed fixes the order nodes are visited in. Whole runs are
/// repeated from the last partition until modularity stops rising.
enum Leiden {
    static let maximumRuns = 20
    static let enoughGain = 1e-6

    /// The best of `runs` independent runs (the first of equals), drawing on one stream.
    static func partition(_ view: UndirectedView, seed: UInt64, runs: Int) -> [Int] {
        var random = SeededRandom(seed: seed)
        var best: (membership: [Int], modularity: Double)?
        for _ in 0..<max(runs, 1) {
            let found = iterate(view, random: &random)
            if best == nil || found.modularity > (best?.modularity ?? 0) + 1e-12 { best = found }
        }
        return best?.membership ?? Array(0..<view.nodeCount)
    }

    /// Runs from singletons, then again from each partition found, until modularity rises by
    /// less than `enoughGain` (later runs add ever less).
    private static func iterate(_ view: UndirectedView, random: inout SeededRandom) -> (membership: [Int], modularity: Double) {
        var best = run(view, from: Array(0..<view.nodeCount), random: &random)
        var bestModularity = view.modularity(best)
        for _ in 1..<maximumRuns {
            let next = run(view, from: best, random: &random)
            let q = view.modularity(next)
            guard q > bestModularity + 1e-12 else { break }
            let gain = q - bestModularity
            (best, bestModularity) = (next, q)
            if gain < enoughGain { break }
        }
        return (best, bestModularity)
    }

    /// One run of Leiden from `initial` (community numbers below the node count).
    private static func run(_ view: UndirectedView, from initial: [Int], random: inout SeededRandom) -> [Int] {
        var level = view
        var partition = initial
        // Which node of the current level each original node is in.
        var nodeOf = Array(0..<view.nodeCount)
        while true {
            moveNodes(level, &partition, random: &random)
            let (communities, communityCount) = dense(partition)
            if communityCount == level.nodeCount { break }
            var (parts, partCount) = dense(refine(level, communities, random: &random))
            var start: [Int]
            if partCount == level.nodeCount {
                // Nothing merged: aggregate the communities themselves, as Louvain does.
                (parts, partCount) = (communities, communityCount)
                start = Array(0..<partCount)
            } else {
                start = [Int](repeating: 0, count: partCount)
                for v in 0..<level.nodeCount { start[parts[v]] = communities[v] }
            }
            level = aggregate(level, by: parts, count: partCount)
            partition = start
            for v in nodeOf.indices { nodeOf[v] = parts[nodeOf[v]] }
        }
        return nodeOf.map { partition[$0] }
    }

    /// `labels` renumbered 0, 1, … in order of first appearance, and how many there are.
    private static func dense(_ labels: [Int]) -> ([Int], Int) {
        var number = [Int](repeating: -1, count: (labels.max() ?? -1) + 1)
        var next = 0
        let renumbered = labels.map { label in
            if number[label] < 0 {
                number[label] = next
                next += 1
            }
            return number[label]
        }
        return (renumbered, next)
    }

    /// Local moving: each node, taken from a queue, goes to the neighbouring community (or an
    /// empty one) with the largest gain in modularity, if it is positive; its neighbours
    /// outside that community are queued again.
    private static func moveNodes(_ g: UndirectedView, _ membership: inout [Int], random: inout SeededRandom) {
        let n = g.nodeCount
        let m2 = g.totalWeight
        var strength = [Double](repeating: 0, count: n)
        var size = [Int](repeating: 0, count: n)
        for v in 0..<n {
            strength[membership[v]] += g.strengths[v]
            size[membership[v]] += 1
        }
        var empty = (0..<n).filter { size[$0] == 0 }.reversed().map { $0 }
        var queue = Array(0..<n)
        random.shuffle(&queue)
        var inQueue = [Bool](repeating: true, count: n)
        var head = 0, queued = n
        var toCommunity = [Double](repeating: 0, count: n)
        var touched: [Int] = []
        var seen = [Bool](repeating: false, count: n)
        while queued > 0 {
            let v = queue[head]
            head = head + 1 == n ? 0 : head + 1
            queued -= 1
            inQueue[v] = false
            let own = membership[v], kv = g.strengths[v]
            for e in g.offsets[v]..<g.offsets[v + 1] where g.neighbours[e] != v {
                let c = membership[g.neighbours[e]]
                if !seen[c] {
                    seen[c] = true
                    touched.append(c)
                }
                toCommunity[c] += g.weights[e]
            }
            strength[own] -= kv
            size[own] -= 1
            var best = own
            var bestGain = toCommunity[own] - kv * strength[own] / m2
            for c in touched where c != own {
                let gain = toCommunity[c] - kv * strength[c] / m2
                if gain > bestGain { (best, bestGain) = (c, gain) }
            }
            if bestGain < 0, size[own] > 0, let fresh = empty.popLast() {
                // Alone is better than anywhere it could go.
                best = fresh
            }
            membership[v] = best
            strength[best] += kv
            size[best] += 1
            if size[own] == 0, best != own { empty.append(own) }
            for c in touched {
                toCommunity[c] = 0
                seen[c] = false
            }
            toCommunity[own] = 0
            touched.removeAll(keepingCapacity: true)
            if best != own {
                for e in g.offsets[v]..<g.offsets[v + 1] {
                    let u = g.neighbours[e]
                    if !inQueue[u], membership[u] != best {
                        inQueue[u] = true
                        queue[(head + queued) % n] = u
                        queued += 1
                    }
                }
            }
        }
    }

    /// Splits each community into well-connected parts: every node starts alone; a node still
    /// alone and well connected to its community joins the well-connected part of the same
    /// community that gains most, if any gains.
    private static func refine(_ g: UndirectedView, _ communities: [Int], random: inout SeededRandom) -> [Int] {
        let n = g.nodeCount
        let m2 = g.totalWeight
        var communityStrength = [Double](repeating: 0, count: n)
        for v in 0..<n { communityStrength[communities[v]] += g.strengths[v] }
        var part = Array(0..<n)
        var partStrength = g.strengths
        var partSize = [Int](repeating: 1, count: n)
        // A part's edge weight to the rest of its community.
        var outside = [Double](repeating: 0, count: n)
        for v in 0..<n {
            for e in g.offsets[v]..<g.offsets[v + 1] where g.neighbours[e] != v && communities[g.neighbours[e]] == communities[v] {
                outside[v] += g.weights[e]
            }
        }
        var order = Array(0..<n)
        random.shuffle(&order)
        var toPart = [Double](repeating: 0, count: n)
        var touched: [Int] = []
        var seen = [Bool](repeating: false, count: n)
        for v in order where partSize[part[v]] == 1 {
            let c = communities[v], kv = g.strengths[v]
            guard outside[part[v]] >= kv * (communityStrength[c] - kv) / m2 else { continue }
            for e in g.offsets[v]..<g.offsets[v + 1] {
                let u = g.neighbours[e]
                guard u != v, communities[u] == c else { continue }
                if !seen[part[u]] {
                    seen[part[u]] = true
                    touched.append(part[u])
                }
                toPart[part[u]] += g.weights[e]
            }
            var best = part[v], bestGain = 0.0
            for t in touched where outside[t] >= partStrength[t] * (communityStrength[c] - partStrength[t]) / m2 {
                let gain = toPart[t] - kv * partStrength[t] / m2
                if gain > bestGain { (best, bestGain) = (t, gain) }
            }
            if best != part[v] {
                let old = part[v]
                outside[best] += outside[old] - 2 * toPart[best]
                partStrength[best] += kv
                partSize[best] += 1
                partSize[old] = 0
                part[v] = best
            }
            for t in touched {
                toPart[t] = 0
                seen[t] = false
            }
            touched.removeAll(keepingCapacity: true)
        }
        return part
    }

    /// The graph of `count` groups: one node per group, keeping its members' strength, and
    /// the edges between groups summed (group by group, members in index order, so the sums
    /// are taken in one fixed order).
    private static func aggregate(_ g: UndirectedView, by group: [Int], count: Int) -> UndirectedView {
        var strengths = [Double](repeating: 0, count: count)
        var memberOffsets = [Int](repeating: 0, count: count + 1)
        for v in 0..<g.nodeCount {
            strengths[group[v]] += g.strengths[v]
            memberOffsets[group[v] + 1] += 1
        }
        for c in 0..<count { memberOffsets[c + 1] += memberOffsets[c] }
        var cursor = memberOffsets
        var members = [Int](repeating: 0, count: g.nodeCount)
        for v in 0..<g.nodeCount {
            members[cursor[group[v]]] = v
            cursor[group[v]] += 1
        }
        var offsets = [Int](repeating: 0, count: count + 1)
        var neighbours: [Int] = [], weights: [Double] = []
        var toGroup = [Double](repeating: 0, count: count)
        var touched: [Int] = []
        for c in 0..<count {
            for v in members[memberOffsets[c]..<memberOffsets[c + 1]] {
                for e in g.offsets[v]..<g.offsets[v + 1] {
                    let d = group[g.neighbours[e]]
                    guard d != c else { continue }
                    if toGroup[d] == 0 { touched.append(d) }
                    toGroup[d] += g.weights[e]
                }
            }
            for d in touched {
                neighbours.append(d)
                weights.append(toGroup[d])
                toGroup[d] = 0
            }
            touched.removeAll(keepingCapacity: true)
            offsets[c + 1] = neighbours.count
        }
        return UndirectedView(nodeCount: count, offsets: offsets, neighbours: neighbours, weights: weights, strengths: strengths)
    }
}

/// Pairs of documents tied by the documents around them. Co-citation: how many documents cite
/// both (Small 1973), the entries of AᵀA off its diagonal. Bibliographic coupling: how many
/// documents both cite (Kessler 1963), the entries of AAᵀ. A is the 0/1 adjacency matrix of the
/// simple graph: a document citing another three times counts once.
public enum PairKind: String, CaseIterable, Sendable {
    case cocitation, coupling
}

/// One pair and how many documents join it; `first` sorts before `second` by id.
public struct CitationPair: Sendable, Equatable {
    public let first: Int
    public let second: Int
    public let count: Int
}

public enum CitationPairs {
    /// The `limit` pairs with the highest count, highest first, then by the first id and the
    /// second (node indices follow id order). Pairs with a count of 0 are never listed.
    public static func top(_ kind: PairKind, of graph: CitationGraph, limit: Int) -> [CitationPair] {
        guard limit > 0 else { return [] }
        // Co-citation joins two cited documents through a citing one: walk in-edges to the
        // citing documents, then their out-edges. Coupling is the same on the reversed graph.
        let (toLinker, fromLinker): (Adjacency, Adjacency) = switch kind {
        case .cocitation: (Adjacency(graph.inOffsets, graph.inSources), Adjacency(graph.outOffsets, graph.outTargets))
        case .coupling: (Adjacency(graph.outOffsets, graph.outTargets), Adjacency(graph.inOffsets, graph.inSources))
        }
        let n = graph.nodeCount
        var counts = [Int](repeating: 0, count: n)
        var touched: [Int] = []
        var kept = PairHeap(limit: limit)
        for a in 0..<n {
            for linker in toLinker.row(a) {
                for b in fromLinker.row(linker) where b > a {
                    if counts[b] == 0 { touched.append(b) }
                    counts[b] += 1
                }
            }
            for b in touched {
                kept.offer(CitationPair(first: a, second: b, count: counts[b]))
                counts[b] = 0
            }
            touched.removeAll(keepingCapacity: true)
        }
        return kept.sorted()
    }

    private struct Adjacency {
        let offsets: [Int]
        let targets: [Int]
        init(_ offsets: [Int], _ targets: [Int]) {
            self.offsets = offsets
            self.targets = targets
        }
        func row(_ v: Int) -> ArraySlice<Int> { targets[offsets[v]..<offsets[v + 1]] }
    }
}

/// The best `limit` pairs seen so far, in a binary heap whose root is the worst of them.
private struct PairHeap {
    let limit: Int
    private var items: [CitationPair] = []

    init(limit: Int) { self.limit = limit }

    /// Whether `a` is listed before `b`: the higher count, then the smaller first, then second.
    static func before(_ a: CitationPair, _ b: CitationPair) -> Bool {
        a.count != b.count ? a.count > b.count : a.first != b.first ? a.first < b.first : a.second < b.second
    }

    mutating func offer(_ pair: CitationPair) {
        if items.count < limit {
            items.append(pair)
            var i = items.count - 1
            while i > 0, Self.before(items[(i - 1) / 2], items[i]) {
                items.swapAt(i, (i - 1) / 2)
                i = (i - 1) / 2
            }
        } else if let worst = items.first, Self.before(pair, worst) {
            items[0] = pair
            var i = 0
            while true {
                let l = 2 * i + 1, r = l + 1
                var worse = i
                if l < items.count, Self.before(items[worse], items[l]) { worse = l }
                if r < items.count, Self.before(items[worse], items[r]) { worse = r }
                if worse == i { break }
                items.swapAt(i, worse)
                i = worse
            }
        }
    }

    func sorted() -> [CitationPair] { items.sorted(by: Self.before) }
}

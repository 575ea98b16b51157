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
}

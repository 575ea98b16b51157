/// `stats --pairs`, `stats --main-path` and `stats --by-year`: the analysis tables under the
/// statistics' summary, in any of the stats formats.
public enum AnalysisFormatter {
    public static func pairs(_ pairs: [CitationPair], kind: PairKind, graph: CitationGraph, stats: GraphStatistics,
                             as format: StatsFormat) -> String {
        let what = switch kind {
        case .cocitation: "co-citation: documents cited together by the same documents"
        case .coupling: "bibliographic coupling: documents that cite the same documents"
        }
        let rows: [[JSON]] = pairs.enumerated().map { i, pair in
            [.int(i + 1), .string(graph.nodes[pair.first].id), .string(graph.nodes[pair.second].id), .int(pair.count)]
        }
        let table = OutputTable(name: kind.rawValue, columns: ["rank", "first", "second", "count"], rows: rows)
        return OutputTable.write([table], summary: StatsFormatter.summaryLines(stats) + ["\(what) (\(pairs.count) \(pairs.count == 1 ? "pair" : "pairs") shown)"],
                                 graph: StatsFormatter.graphJSON(stats), as: format)
    }

    public static func mainPath(_ path: MainPath, graph: CitationGraph, stats: GraphStatistics, as format: StatsFormat) -> String {
        let rows: [[JSON]] = path.nodes.enumerated().map { i, v in
            let node = graph.nodes[v]
            return [.int(i + 1), .string(node.id), .string(node.type.rawValue), .string(node.body.rawValue),
                    node.year.map(JSON.int) ?? .null, i < path.weights.count ? count(path.weights[i]) : .null]
        }
        let table = OutputTable(name: "main path", columns: ["step", "id", "type", "body", "year", "spc"], rows: rows)
        let line = "main path (search path count, Hummon and Doreian): \(path.nodes.count) documents, each citing the next; "
            + "total SPC \(OutputTable.text(.double(path.total))) of \(OutputTable.text(.double(path.pathCount))) source-to-sink paths; "
            + "\(path.droppedEdges.count) citations dropped to break cycles (back edges of a depth-first search in id order)"
        let dropped = JSON.array(path.droppedEdges.map { .array([.string(graph.nodes[$0.source].id), .string(graph.nodes[$0.target].id)]) })
        return OutputTable.write([table], summary: StatsFormatter.summaryLines(stats) + [line], graph: StatsFormatter.graphJSON(stats),
                                 extra: [("paths", count(path.pathCount)), ("total_spc", count(path.total)), ("dropped_edges", dropped)],
                                 as: format)
    }

    /// A path count: an integer while a double holds it exactly (below 2⁵³), else a double.
    private static func count(_ x: Double) -> JSON {
        x == x.rounded() && abs(x) < 9_007_199_254_740_992 ? .int(Int(x)) : .double(x)
    }

    public static func byYear(_ years: CitationsByYear, stats: GraphStatistics, as format: StatsFormat) -> String {
        let perYear = OutputTable(name: "citations by year", columns: ["year", "body", "citations", "mentions"], rows: years.years.map {
            [$0.year.map(JSON.int) ?? .string("unknown"), .string($0.body.rawValue), .int($0.citations), .int($0.mentions)]
        })
        let ages = OutputTable(name: "citation age", columns: ["age", "citations"], rows: years.ages.map { [.int($0.age), .int($0.citations)] })
        let relations = OutputTable(name: "relation × body", columns: ["relation", "body", "citations"], rows: years.relations.map {
            [.string($0.relation.rawValue), .string($0.body.rawValue), .int($0.citations)]
        })
        let line = "citations by the citing document's year and body; age = citing year − cited year (years from the documents' dates, else their symbols), "
            + "known for \(years.dated) citations, unknown for \(years.undated)"
        return OutputTable.write([perYear, ages, relations], summary: StatsFormatter.summaryLines(stats) + [line],
                                 graph: StatsFormatter.graphJSON(stats), as: format)
    }
}

import Foundation

/// `citegraph stats`: the graph summary and one row per node, as a terminal table,
/// Markdown, CSV or JSON.
public enum StatsFormatter {
    public static func format(_ stats: GraphStatistics, as format: StatsFormat, top: Int? = nil) -> String {
        self.format(stats, rows: top.map { Array(stats.nodes.prefix($0)) } ?? stats.nodes, as: format)
    }

    /// `rows` (a selection of `stats`' rows, in the order to show) under `stats`' summary.
    public static func format(_ stats: GraphStatistics, rows: [NodeStatistics], as format: StatsFormat) -> String {
        switch format {
        case .table: return table(stats, rows)
        case .markdown: return markdown(stats, rows)
        case .csv: return csv(rows)
        case .json: return json(stats, rows)
        }
    }

    static let headers = ["rank", "id", "type", "body", "corpus", "in", "out", "cited", "pagerank", "hub",
                          "authority", "betweenness", "closeness", "katz", "community"]

    private static func cells(_ rank: Int, _ row: NodeStatistics) -> [String] {
        [String(rank), row.node.id, row.node.type.rawValue, row.node.body.rawValue, row.node.inCorpus ? "yes" : "no",
         String(row.inDegree), String(row.outDegree), String(row.timesCited),
         fixed(row.pagerank), fixed(row.hub), fixed(row.authority), fixed(row.betweenness), fixed(row.closeness),
         row.katz.map(fixed) ?? "n/a", String(row.community)]
    }

    /// Six decimals: enough to rank, short enough to paste.
    static func fixed(_ x: Double) -> String { String(format: "%.6f", x) }

    /// The graph's size and shape in one line, in English unless a report asks for its language.
    static func summaryLine(_ s: GraphSummary, weighted: Bool, language: ReportLanguage = .en) -> String {
        func say(_ phrase: ReportPhrase) -> String { ReportStrings.text(phrase, language) }
        return ReportStrings.text(.graphFigures, language, [
            "nodes": String(s.nodes), "edges": String(s.edges), "corpus": String(s.corpusDocuments), "mentions": String(s.mentions),
            "density": fixed(s.density), "components": String(s.weakComponents), "largest": String(s.largestWeakComponent),
            "cycles": say(s.acyclic ? .acyclic : .cyclic), "weighted": weighted ? say(.weighted) : "",
        ])
    }

    /// The whole summary for people: the graph, how betweenness and closeness were found, the
    /// communities, and the measures that say little on this graph.
    static func summary(_ stats: GraphStatistics) -> String {
        summaryLines(stats).joined(separator: "\n")
    }

    static func summaryLines(_ stats: GraphStatistics) -> [String] {
        var lines = [summaryLine(stats.summary, weighted: stats.weighted)]
        for (name, error) in [("betweenness", stats.betweennessError), ("closeness", stats.closenessError)] {
            if let error {
                lines.append("\(name) estimated from \(error.samples) sampled sources: each value within ±\(String(format: "%.2g", error.bound)) (3 standard errors)")
            }
        }
        lines.append(communityLine(stats.communities))
        return lines + stats.notes
    }

    /// How many communities, how good, how big (the ten largest).
    static func communityLine(_ c: Communities) -> String {
        let shown = c.sizes.prefix(10).map(String.init).joined(separator: ", ")
        let more = c.count > 10 ? ", … (\(c.count - 10) more)" : ""
        let quality = c.modularity.isFinite ? "modularity \(fixed(c.modularity))" : "no edges"
        return "\(c.count) communities (Leiden on the undirected view\(c.weighted ? ", weighted" : ""), seed \(c.seed)): "
            + "\(quality); sizes \(shown)\(more)"
    }

    private static func table(_ stats: GraphStatistics, _ rows: [NodeStatistics]) -> String {
        // Ids can be file names: no control character may reach the terminal.
        let body = rows.enumerated().map { cells($0.offset + 1, $0.element).map(VisibleText.escape) }
        let all = [headers] + body
        let widths = headers.indices.map { column in all.map { DisplayWidth.of($0[column]) }.max() ?? 0 }
        // Text columns flush left, numbers flush right.
        let leftAligned: Set<Int> = [1, 2, 3, 4]
        var out = summary(stats) + "\n\n"
        for line in all {
            let padded = line.enumerated().map { column, cell in
                let pad = String(repeating: " ", count: widths[column] - DisplayWidth.of(cell))
                return leftAligned.contains(column) ? cell + pad : pad + cell
            }
            out += padded.joined(separator: "  ") + "\n"
        }
        return out
    }

    private static func markdown(_ stats: GraphStatistics, _ rows: [NodeStatistics]) -> String {
        var out = summary(stats) + "\n\n"
        out += "| " + headers.joined(separator: " | ") + " |\n"
        out += "|" + headers.indices.map { [1, 2, 3, 4].contains($0) ? " --- |" : " ---: |" }.joined() + "\n"
        for (i, row) in rows.enumerated() {
            out += "| " + cells(i + 1, row).map { Markdown.escape($0) }.joined(separator: " | ") + " |\n"
        }
        return out
    }

    private static func csv(_ rows: [NodeStatistics]) -> String {
        var out = CSV.row(["rank", "id", "type", "body", "in_corpus", "in_degree", "out_degree", "times_cited", "pagerank",
                           "hub", "authority", "betweenness", "closeness", "katz", "community"])
        for (i, row) in rows.enumerated() {
            // Full precision for machines; the table rounds for people.
            out += CSV.row([String(i + 1), row.node.id, row.node.type.rawValue, row.node.body.rawValue,
                            String(row.node.inCorpus), String(row.inDegree), String(row.outDegree), String(row.timesCited),
                            JSON.number(row.pagerank), JSON.number(row.hub), JSON.number(row.authority),
                            JSON.number(row.betweenness), JSON.number(row.closeness), row.katz.map(JSON.number) ?? "",
                            String(row.community)])
        }
        return out
    }

    /// The summary as the JSON outputs give it.
    static func graphJSON(_ stats: GraphStatistics) -> JSON {
        let s = stats.summary
        let c = stats.communities
        return JSON.object([
            ("nodes", .int(s.nodes)), ("edges", .int(s.edges)), ("corpus_documents", .int(s.corpusDocuments)),
            ("mentions", .int(s.mentions)), ("density", .double(s.density)),
            ("weakly_connected_components", .int(s.weakComponents)),
            ("largest_weak_component", .int(s.largestWeakComponent)), ("acyclic", .bool(s.acyclic)),
            ("weighted", .bool(stats.weighted)),
            ("betweenness_samples", stats.betweennessError.map { .int($0.samples) } ?? .null),
            ("betweenness_error", stats.betweennessError.map { .double($0.bound) } ?? .null),
            ("closeness_samples", stats.closenessError.map { .int($0.samples) } ?? .null),
            ("closeness_error", stats.closenessError.map { .double($0.bound) } ?? .null),
            ("communities", .object([("count", .int(c.count)), ("modularity", .double(c.modularity)), ("seed", .int(Int(c.seed))),
                                     ("weighted", .bool(c.weighted)), ("sizes", .array(c.sizes.map(JSON.int)))])),
            ("notes", .array(stats.notes.map(JSON.string))),
        ])
    }

    private static func json(_ stats: GraphStatistics, _ rows: [NodeStatistics]) -> String {
        var out = "{\"graph\": " + graphJSON(stats).compact + ",\n \"nodes\": [\n"
        for (i, row) in rows.enumerated() {
            let node = JSON.object([
                ("id", .string(row.node.id)), ("type", .string(row.node.type.rawValue)),
                ("body", .string(row.node.body.rawValue)), ("in_corpus", .bool(row.node.inCorpus)),
                ("in_degree", .int(row.inDegree)), ("out_degree", .int(row.outDegree)),
                ("times_cited", .int(row.timesCited)), ("pagerank", .double(row.pagerank)), ("hub", .double(row.hub)),
                ("authority", .double(row.authority)), ("betweenness", .double(row.betweenness)),
                ("closeness", .double(row.closeness)), ("katz", row.katz.map(JSON.double) ?? .null),
                ("community", .int(row.community)),
            ])
            out += "  " + node.compact + (i + 1 < rows.count ? ",\n" : "\n")
        }
        return out + " ]}\n"
    }
}

/// Terminal columns a string takes: East Asian wide characters take two.
enum DisplayWidth {
    static func of(_ s: String) -> Int {
        s.unicodeScalars.reduce(0) { width, scalar in
            switch scalar.value {
            case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
                 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
                width + 2
            default:
                width + 1
            }
        }
    }
}

/// `citegraph report`: a self-contained report on a corpus — summary, picture, the most
/// central and most cited documents, what each corpus document cites, what is cited from
/// outside the corpus, and the mentions that could not be resolved.
public enum ReportWriter {
    public enum Format: String, CaseIterable, Sendable {
        case markdown, html
    }

    /// The report. `picture` is the graph drawn as SVG (the caller renders it, so this module
    /// needs no Graphviz); `top` is the length of the ranking tables.
    public static func write(corpus: CorpusExtraction, graph: CitationGraph, stats: GraphStatistics,
                             picture: String?, format: Format, top: Int = 10, sizeMeasure: Measure = .pagerank) -> String {
        var report = ReportDocument(title: "Citation report")
        let summary = stats.summary
        let files = corpus.documents.count
        report.add(.paragraph(
            "\(files) document\(files == 1 ? "" : "s") read; \(summary.corpusDocuments) corpus document nodes cite "
                + "\(summary.nodes - summary.corpusDocuments) other documents. "
                + StatsFormatter.summaryLine(summary, weighted: stats.weighted) + "."))

        if let picture {
            report.add(.heading(level: 2, text: "The citation graph"))
            report.add(.paragraph("Arrows point from the citing document to the cited one. Colour: issuing body; shape: kind of "
                + "document; filled: in the corpus; size: \(sizeMeasure == .pagerank ? "PageRank" : sizeMeasure.rawValue)."))
            report.add(.picture(svg: picture))
        }

        report.add(.heading(level: 2, text: "Most central documents (PageRank)"))
        report.add(ranking(stats.ranked(by: .pagerank).prefix(top), measure: .pagerank))
        report.add(.heading(level: 2, text: "Most cited documents"))
        report.add(ranking(stats.ranked(by: .cited).prefix(top), measure: .cited))

        report.add(.heading(level: 2, text: "Corpus documents and what they cite"))
        for document in corpusNodes(graph) {
            report.add(.heading(level: 3, text: graph.nodes[document].id))
            let node = graph.nodes[document]
            report.add(.paragraph("\(node.type.label), \(DOTWriter.bodyName(node.body)); file\(node.files.count == 1 ? "" : "s"): "
                + node.files.joined(separator: ", ") + citesSentence(graph, document)))
            let cited = (graph.outOffsets[document]..<graph.outOffsets[document + 1]).map { e in
                let target = graph.nodes[graph.outTargets[e]]
                let relations = graph.outRelations[e].relations.map(\.label).joined(separator: ", ")
                let times = graph.outWeights[e] == 1 ? "" : " (\(graph.outWeights[e]) times)"
                return "\(target.id) — \(relations.isEmpty ? "cites" : relations)\(times)"
            }
            if !cited.isEmpty { report.add(.list(cited)) }
        }

        report.add(.heading(level: 2, text: "Documents cited but not in the corpus"))
        let outside = (0..<graph.nodeCount).filter { !graph.nodes[$0].inCorpus }
        report.add(.table(
            headers: ["document", "type", "body", "cited", "cited by"],
            rows: outside.map { v in
                let node = graph.nodes[v]
                let citers = (graph.inOffsets[v]..<graph.inOffsets[v + 1]).map { graph.nodes[graph.inSources[$0]].id }
                let times = graph.inWeights[graph.inOffsets[v]..<graph.inOffsets[v + 1]].reduce(0, +)
                return [node.id, node.type.label, node.body.rawValue, String(times), citers.joined(separator: ", ")]
            },
            numeric: [3]))

        report.add(.heading(level: 2, text: "Unresolved mentions"))
        let unresolved = corpus.documents.flatMap { document in
            document.unresolved.map { "\(document.file):\($0.line): “\($0.text)” — \($0.reason)" }
        }
        if unresolved.isEmpty {
            report.add(.paragraph("None: every citation-like mention named the document it cites."))
        } else {
            report.add(.paragraph("Mentions that look like citations but do not say which document they cite; they are not in the graph."))
            report.add(.list(unresolved))
        }

        switch format {
        case .markdown: return report.markdown
        case .html: return report.html
        }
    }

    private static func ranking(_ rows: ArraySlice<NodeStatistics>, measure: Measure) -> ReportDocument.Block {
        .table(
            headers: ["rank", "document", "type", "body", "in corpus", "cited", measure == .cited ? "PageRank" : measure.rawValue],
            rows: rows.enumerated().map { rank, row in
                let value = measure == .cited ? row.pagerank : measure.value(row)
                return [String(rank + 1), row.node.id, row.node.type.label, row.node.body.rawValue, row.node.inCorpus ? "yes" : "no",
                        String(row.timesCited), StatsFormatter.fixed(value)]
            },
            numeric: [0, 5, 6])
    }

    private static func corpusNodes(_ graph: CitationGraph) -> [Int] {
        (0..<graph.nodeCount).filter { graph.nodes[$0].inCorpus }
    }

    private static func citesSentence(_ graph: CitationGraph, _ v: Int) -> String {
        let count = graph.outDegree(v)
        let mentions = graph.outWeights[graph.outOffsets[v]..<graph.outOffsets[v + 1]].reduce(0, +)
        switch count {
        case 0: return ". It cites no other UN document."
        case 1: return ". It cites 1 document (\(mentions) mention\(mentions == 1 ? "" : "s")):"
        default: return ". It cites \(count) documents (\(mentions) mentions):"
        }
    }
}

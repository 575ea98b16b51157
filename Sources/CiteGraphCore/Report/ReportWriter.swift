/// `citegraph report`: a self-contained report on a corpus — summary, picture, the most
/// central and most cited documents, citations by year, what each corpus document cites, what
/// is cited from outside the corpus, and the mentions that could not be resolved.
public enum ReportWriter {
    public enum Format: String, CaseIterable, Sendable {
        case markdown, html
    }

    /// Above this many corpus documents, each one's citations are listed for the most central
    /// ones only, and all of them are rows of one table: a list for each of 30,000 documents
    /// made a report of hundreds of megabytes.
    public static let detailLimit = 300

    /// How many citing documents a row of the outside table names before "and N more".
    static let citersShown = 8

    /// The report. `picture` is the graph drawn as SVG (the caller renders it, so this module
    /// needs no Graphviz); `top` is the length of the ranking tables.
    public static func write(corpus: CorpusExtraction, graph: CitationGraph, stats: GraphStatistics,
                             picture: String?, format: Format, top: Int = 10, sizeMeasure: Measure = .pagerank,
                             context: ReportContext = ReportContext()) -> String {
        let corpusLanguage = mainLanguage(corpus)
        let language = context.language ?? ReportLanguage(corpusLanguage)
        func say(_ phrase: ReportPhrase, _ values: [String: String] = [:]) -> String { ReportStrings.text(phrase, language, values) }
        var report = ReportDocument(title: say(.title), language: language,
                                    linkLanguage: corpusLanguage == .unknown ? "en" : corpusLanguage.rawValue)
        if let version = context.version, let date = context.date { report.header.append(say(.madeBy, ["version": version, "date": date])) }
        if let command = context.commandLine { report.header.append(say(.commandLine, ["command": command])) }
        if context.version != nil {
            report.header.append(say(.filters, ["filters": context.filters.isEmpty ? say(.noFilters) : context.filters.joined(separator: " ")]))
        }

        let summary = stats.summary
        report.add(.heading(level: 2, text: say(.summary), anchor: "summary"))
        report.add(.paragraph([.text(say(.summaryLine, ["files": String(corpus.documents.count), "corpus": String(summary.corpusDocuments),
                                                         "others": String(summary.nodes - summary.corpusDocuments)])
                                     + (language == .zh ? "" : " ") + StatsFormatter.summaryLine(summary, weighted: stats.weighted, language: language)
                                     + (language == .zh ? "。" : "."))]))

        if picture != nil || context.pictureFile != nil {
            let measure = sizeMeasure == .pagerank ? "PageRank" : sizeMeasure.rawValue
            report.add(.heading(level: 2, text: say(.graph), anchor: "graph"))
            var caption = say(.graphCaption, ["measure": measure])
            if let subset = context.pictureSubset {
                caption += " " + say(.pictureSubset, ["shown": String(subset.shown), "total": String(graph.nodeCount), "measure": subset.measure])
            }
            if format == .html { caption += " " + say(.panZoomHint) }
            report.add(.paragraph([.text(caption)]))
            report.add(.picture(svg: picture, file: context.pictureFile))
        }

        report.add(.heading(level: 2, text: say(.central), anchor: "central"))
        report.add(ranking(stats.ranked(by: .pagerank).prefix(top), measure: .pagerank, say: say))
        report.add(.heading(level: 2, text: say(.cited), anchor: "cited"))
        report.add(ranking(stats.ranked(by: .cited).prefix(top), measure: .cited, say: say))

        addYears(to: &report, graph: graph, years: context.years, say: say)
        addCorpusDocuments(to: &report, graph: graph, stats: stats, context: context, language: language, say: say)

        report.add(.heading(level: 2, text: say(.outside), anchor: "outside"))
        let outside = (0..<graph.nodeCount).filter { !graph.nodes[$0].inCorpus }
        report.add(.table(.init(
            headers: [say(.document), say(.type), say(.body), say(.timesCited), say(.citedBy)],
            rows: outside.map { v in
                let node = graph.nodes[v]
                let citers = (graph.inOffsets[v]..<graph.inOffsets[v + 1]).map { graph.nodes[graph.inSources[$0]].id }
                let times = graph.inWeights[graph.inOffsets[v]..<graph.inOffsets[v + 1]].reduce(0, +)
                var citedBy: ReportDocument.Inline = []
                for (k, citer) in citers.prefix(citersShown).enumerated() {
                    if k > 0 { citedBy.append(.text(", ")) }
                    citedBy.append(.document(citer))
                }
                if citers.count > citersShown { citedBy.append(.text(" " + say(.andMore, ["count": String(citers.count - citersShown)]))) }
                var document: ReportDocument.Inline = [.document(node.id)]
                if let title = context.titles[node.id] { document.append(.text(" — " + title)) }
                return (anchor: node.id, cells: [document, [.text(node.type.label)], [.text(node.body.rawValue)], [.text(String(times))], citedBy])
            },
            numeric: [3])))

        report.add(.heading(level: 2, text: say(.unresolved), anchor: "unresolved"))
        let unresolved = corpus.documents.flatMap { document in
            document.unresolved.map { "\(context.shown(document.file)):\($0.line): “\($0.text)” — \($0.reason)" }
        }
        if unresolved.isEmpty {
            report.add(.paragraph([.text(say(.unresolvedNone))]))
        } else {
            report.add(.paragraph([.text(say(.unresolvedIntro))]))
            report.add(.list(unresolved.map { [.text($0)] }))
        }

        switch format {
        case .markdown: return report.markdown
        case .html: return report.html
        }
    }

    /// The language most of the corpus's documents are written in (ties: the first in
    /// `Language`'s order), unknown when none could be told.
    public static func mainLanguage(_ corpus: CorpusExtraction) -> Language {
        var counts: [Language: Int] = [:]
        for document in corpus.documents where document.language != .unknown { counts[document.language, default: 0] += 1 }
        return counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? .unknown
    }

    private static func ranking(_ rows: ArraySlice<NodeStatistics>, measure: Measure,
                                say: (ReportPhrase, [String: String]) -> String) -> ReportDocument.Block {
        .table(.init(
            headers: [say(.rank, [:]), say(.document, [:]), say(.type, [:]), say(.body, [:]), say(.inCorpus, [:]), say(.timesCited, [:]),
                      measure == .cited ? "PageRank" : measure.rawValue],
            rows: rows.enumerated().map { rank, row in
                let value = measure == .cited ? row.pagerank : measure.value(row)
                return (anchor: nil, cells: [[.text(String(rank + 1))], [.document(row.node.id)], [.text(row.node.type.label)],
                                             [.text(row.node.body.rawValue)], [.text(say(row.node.inCorpus ? .yes : .no, [:]))],
                                             [.text(String(row.timesCited))], [.text(StatsFormatter.fixed(value))]])
            },
            numeric: [0, 5, 6]))
    }

    /// Two charts: citations by the year of the citing document and by the year of the cited.
    private static func addYears(to report: inout ReportDocument, graph: CitationGraph, years: [String: Int],
                                 say: (ReportPhrase, [String: String]) -> String) {
        var citing: [Int: Int] = [:], cited: [Int: Int] = [:]
        var unknown = 0, total = 0
        for edge in graph.edges {
            total += edge.weight
            let from = years[graph.nodes[edge.source].id], to = years[graph.nodes[edge.target].id]
            if let from { citing[from, default: 0] += edge.weight }
            if let to { cited[to, default: 0] += edge.weight }
            if from == nil || to == nil { unknown += edge.weight }
        }
        report.add(.heading(level: 2, text: say(.years, [:]), anchor: "years"))
        guard !citing.isEmpty || !cited.isEmpty else {
            report.add(.paragraph([.text(say(.yearsNone, [:]))]))
            return
        }
        report.add(.paragraph([.text(say(.yearsCaption, ["unknown": String(unknown), "total": String(total)]))]))
        for (phrase, counts) in [(ReportPhrase.yearsCiting, citing), (.yearsCited, cited)] where !counts.isEmpty {
            // Every year from the first to the last, empty ones included, so the axis is linear.
            let span = counts.keys.min()!...counts.keys.max()!
            report.add(.barChart(title: say(phrase, [:]), bars: span.map { (label: String($0), count: counts[$0] ?? 0) }))
        }
    }

    /// Each corpus document with what it cites: a section each when there are few; when there
    /// are many, one table of all of them and sections for the most central.
    private static func addCorpusDocuments(to report: inout ReportDocument, graph: CitationGraph, stats: GraphStatistics,
                                           context: ReportContext, language: ReportLanguage,
                                           say: (ReportPhrase, [String: String]) -> String) {
        report.add(.heading(level: 2, text: say(.corpusDocuments, [:]), anchor: "corpus"))
        let documents = (0..<graph.nodeCount).filter { graph.nodes[$0].inCorpus }
        var detailed = documents
        if documents.count > detailLimit {
            let index = Dictionary(uniqueKeysWithValues: graph.nodes.enumerated().map { ($1.id, $0) })
            let central = stats.ranked(by: .pagerank).lazy.compactMap { index[$0.node.id] }.filter { graph.nodes[$0].inCorpus }
            detailed = Array(central.prefix(detailLimit)).sorted()
            let sections = Set(detailed)
            report.add(.table(.init(
                headers: [say(.document, [:]), say(.type, [:]), say(.body, [:]), say(.filesColumn, [:]), say(.citesColumn, [:]), say(.citedBy, [:])],
                rows: documents.map { v in
                    let node = graph.nodes[v]
                    return (anchor: sections.contains(v) ? nil : node.id,
                            cells: [[.document(node.id)], [.text(node.type.label)], [.text(node.body.rawValue)],
                                    [.text(node.files.map(context.shown).joined(separator: ", "))],
                                    [.text(String(graph.outDegree(v)))], [.text(String(graph.inOffsets[v + 1] - graph.inOffsets[v]))]])
                },
                numeric: [4, 5])))
        }
        for document in detailed {
            let node = graph.nodes[document]
            report.add(.documentHeading(id: node.id, title: context.titles[node.id]))
            let line = say(node.files.count == 1 ? .documentLineOne : .documentLine, ["type": ReportStrings.typeName(node.type, language),
                                           "body": ReportStrings.bodyName(node.body, language),
                                           "files": node.files.map(context.shown).joined(separator: ", ")])
            report.add(.paragraph([.text(line + " " + citesSentence(graph, document, say: say))]))
            let cited: [ReportDocument.Inline] = (graph.outOffsets[document]..<graph.outOffsets[document + 1]).map { e in
                let target = graph.nodes[graph.outTargets[e]]
                let relations = graph.outRelations[e].relations.map(\.label).joined(separator: ", ")
                let times = graph.outWeights[e] == 1 ? "" : " " + say(.times, ["count": String(graph.outWeights[e])])
                return [.document(target.id), .text(" — \(relations.isEmpty ? "cites" : relations)\(times)")]
            }
            if !cited.isEmpty { report.add(.list(cited)) }
        }
    }

    private static func citesSentence(_ graph: CitationGraph, _ v: Int, say: (ReportPhrase, [String: String]) -> String) -> String {
        let count = graph.outDegree(v)
        let mentions = graph.outWeights[graph.outOffsets[v]..<graph.outOffsets[v + 1]].reduce(0, +)
        switch count {
        case 0: return say(.citesNone, [:])
        case 1: return mentions == 1 ? say(.citesOnce, [:]) : say(.citesOne, ["mentions": String(mentions)])
        default: return say(.citesMany, ["count": String(count), "mentions": String(mentions)])
        }
    }
}

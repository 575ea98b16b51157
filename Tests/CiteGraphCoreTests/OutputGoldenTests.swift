import CiteGraphCore
import Foundation
import Testing

/// Every text output on the seed corpus, byte for byte against golden files
/// (`RECORD_GOLDEN=1 swift test` re-records them after an intended change).
@Suite struct OutputGoldenTests {
    static let graph = CitationGraph(Fixtures.seedCorpus)
    static let stats = GraphStatistics(graph)

    @Test(arguments: ExtractFormat.allCases)
    func extract(format: ExtractFormat) throws {
        try Golden.check(ExtractFormatter.format(Fixtures.seedCorpus, as: format), "seeds.extract.\(format.rawValue)")
    }

    @Test func unresolvedMentions() throws {
        try Golden.check(ExtractFormatter.formatUnresolved(Fixtures.seedCorpus, as: .jsonl), "seeds.unresolved.jsonl")
    }

    @Test(arguments: StatsFormat.allCases)
    func stats(format: StatsFormat) throws {
        let name = "seeds.stats." + (format == .table ? "txt" : format == .markdown ? "md" : format.rawValue)
        try Golden.check(StatsFormatter.format(Self.stats, as: format), name)
    }

    @Test func statsTopN() throws {
        try Golden.check(StatsFormatter.format(Self.stats, as: .markdown, top: 10), "seeds.stats.top10.md")
    }

    @Test(arguments: ExportFormat.allCases)
    func export(format: ExportFormat) throws {
        try Golden.check(ExportFormatter.format(Self.graph, as: format, evidence: CitationEvidence(Fixtures.seedCorpus)), "seeds.export.\(format.rawValue)")
    }

    @Test(arguments: [ExportFormat.json, .graphml, .gexf])
    func exportWithCentralities(format: ExportFormat) throws {
        try Golden.check(ExportFormatter.format(Self.graph, as: format, statistics: Self.stats), "seeds.export-stats.\(format.rawValue)")
    }

    @Test func dot() throws {
        try Golden.check(DOTWriter.write(Self.graph), "seeds.dot")
    }

    @Test(arguments: ReportWriter.Format.allCases)
    func report(format: ReportWriter.Format) throws {
        // The picture comes from Graphviz (its version and coordinates); a placeholder keeps
        // the golden file about the report itself.
        var context = ReportContext()
        context.version = "0.0.0-test"
        context.date = "2026-01-02"
        context.commandLine = "citegraph report -o 'a report.html'"
        context.filters = ["--min-cited 1"]
        context.pictureFile = format == .markdown ? "a report.svg" : nil
        context.addSymbolYears(of: Self.graph)
        let text = ReportWriter.write(corpus: Fixtures.seedCorpus, graph: Self.graph, stats: Self.stats,
                                      picture: "<?xml version=\"1.0\"?>\n<svg width=\"8pt\" height=\"9pt\" viewBox=\"0 0 8 9\"><!-- picture --></svg>\n",
                                      format: format, context: context)
        try Golden.check(text, "seeds.report." + (format == .html ? "html" : "md"))
    }

    @Test func dotRankedByYear() throws {
        var options = DOTWriter.Options()
        options.rankByYear = true
        options.sizes = Dictionary(uniqueKeysWithValues: Self.stats.nodes.map { ($0.node.id, $0.pagerank) })
        try Golden.check(DOTWriter.write(Self.graph, options: options), "seeds.by-year.dot")
    }

    @Test func theSameCorpusInAnyOrderGivesTheSameBytes() {
        let documents = CorpusReader.seeds()
        let forward = CitationGraph(CorpusExtraction(documents))
        let reversed = CitationGraph(CorpusExtraction(Array(documents.reversed())))
        #expect(ExportFormatter.format(forward, as: .json) == ExportFormatter.format(reversed, as: .json))
        #expect(StatsFormatter.format(GraphStatistics(forward), as: .json) == StatsFormatter.format(GraphStatistics(reversed), as: .json))
    }

    @Test func csvAndJSONEscapeWhatTheyMust() {
        #expect(JSON.string("a\"b\\c\nd\u{1}").compact == "\"a\\\"b\\\\c\\nd\\u0001\"")
        #expect(JSON.double(.nan).compact == "null")
        #expect(JSON.double(0.5).compact == "0.5")
        #expect(JSON.double(1).compact == "1.0")
    }
}

/// How nodes are labelled: every node on small graphs, the largest on large ones, titles where
/// known with --label.
struct NodeLabelTests {
    static func star(_ leaves: Int) -> CitationGraph {
        let list = (1...leaves).map { "第 \($0)/1 号" }.joined(separator: "、")
        return CitationGraph(CorpusExtraction([SourceDocument(path: "hub.txt", bytes: Array("回顾\(list)决议。\n".utf8))]))
    }

    @Test func largeGraphsLabelTheirLargestNodesOnly() {
        let graph = Self.star(200)
        var options = DOTWriter.Options()
        for (k, node) in graph.nodes.enumerated() { options.sizes[node.id] = Double(k) }
        let dot = DOTWriter.write(graph, options: options)
        #expect(dot.components(separatedBy: "label=\"\", ").count - 1 == graph.nodeCount - 100)
        #expect(dot.contains("labels: the 100 largest; the others on hover"))
        // The largest (the last by index here) keeps its label.
        let largest = graph.nodes[graph.nodeCount - 1].id
        #expect(dot.contains("  \"\(largest)\" [shape="))
        options.labelAllUpTo = 1000
        #expect(!DOTWriter.write(graph, options: options).contains("label=\"\", "))
    }

    @Test func titlesAreWrappedAndShortened() {
        #expect(DOTWriter.shortened("Situation in Afghanistan") == "Situation in Afghanistan")
        let long = "Promotion and protection of human rights: implementation of human rights instruments and the follow-up to the World Conference"
        let lines = DOTWriter.shortened(long).components(separatedBy: "\n")
        #expect(lines.count == 3)
        #expect(lines.allSatisfy { $0.count <= 29 })
        #expect(lines[2].hasSuffix("…"))
        // Chinese: 14 characters a line.
        #expect(DOTWriter.shortened("关于阿富汗局势的秘书长报告以及联合国阿富汗援助团的工作情况") == "关于阿富汗局势的秘书长报告以\n及联合国阿富汗援助团的工作情\n况")
    }

    @Test func labelShowsTheTitleOrBoth() {
        let graph = CitationGraph(CorpusExtraction(CorpusReader.seeds()))
        var options = DOTWriter.Options()
        options.titles = ["S/RES/2593(2021)": "Afghanistan"]
        options.label = .both
        #expect(DOTWriter.write(graph, options: options).contains(#""S/RES/2593(2021)" [label="S/RES/2593(2021)\nAfghanistan", "#))
        options.label = .title
        #expect(DOTWriter.write(graph, options: options).contains(#""S/RES/2593(2021)" [label="Afghanistan", "#))
        // Without a title, the symbol.
        #expect(DOTWriter.write(graph, options: options).contains(#""S/RES/2664(2022)" [shape="#))
    }
}

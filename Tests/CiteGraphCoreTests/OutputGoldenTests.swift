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
        let text = ReportWriter.write(corpus: Fixtures.seedCorpus, graph: Self.graph, stats: Self.stats,
                                      picture: "<?xml version=\"1.0\"?>\n<svg><!-- picture --></svg>\n", format: format)
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

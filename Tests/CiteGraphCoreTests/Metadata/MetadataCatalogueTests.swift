import CiteGraphCore
import Testing

/// A user's catalogue (`--metadata nodes.csv`): what it adds and overrides, and the one-line
/// error naming the file and the line when it cannot be read.
@Suite struct MetadataCatalogueTests {
    static func catalogue(_ text: String) throws(CatalogueError) -> MetadataCatalogue {
        try MetadataCatalogue(csv: Array(text.utf8), file: "nodes.csv", reserved: ExportFormatter.reservedNames)
    }

    @Test func overridesAndAddsAttributes() throws {
        let graph = CitationGraph(Fixtures.seedCorpus)
        let catalogue = try Self.catalogue("id,title,date,un_link\r\nA/RES/70/1,\"Transforming our world: the 2030 Agenda, \"\"SDGs\"\"\",2015-09-25,https://digitallibrary.un.org/record/1\n")
        let node = try #require(catalogue.apply(to: graph).nodes.first { $0.id == "A/RES/70/1" })
        #expect(node.metadata.title == "Transforming our world: the 2030 Agenda, \"SDGs\"")
        #expect(node.metadata.date?.description == "2015-09-25" && node.metadata.year == 2015)
        #expect(node.metadata.extra == ["un_link": "https://digitallibrary.un.org/record/1"])
        #expect(node.metadata.source == .catalogue)
        #expect(catalogue.apply(to: graph).edgeCount == graph.edgeCount)
    }

    @Test(arguments: [
        ("", "nodes.csv:1: empty: a header line with an id column is needed"),
        ("title,date\n", "nodes.csv:1: no id column in the header"),
        ("id,pagerank\n", "nodes.csv:1: column pagerank is one citegraph computes and cannot be set"),
        ("id,title,title\n", "nodes.csv:1: column title is named twice"),
        ("id,title\nA/RES/70/1,x\nA/RES/70/2\n", "nodes.csv:3: 1 fields, the header has 2"),
        ("id,title\nA/RES/70/1,\"never closed\nA/RES/70/2,y\n", "nodes.csv:2: a quoted field is never closed"),
        ("id,date\nA/RES/70/1,25 September 2015\n", "nodes.csv:2: date 25 September 2015 is not ISO 8601 (1996, 1996-12 or 1996-12-10)"),
        ("id,year\nA/RES/70/1,MMXV\n", "nodes.csv:2: year MMXV is not a number"),
        ("id,title\nA/RES/70/1,a\"b\n", "nodes.csv:2: a quote inside an unquoted field"),
        ("id,title\nA/RES/70/1,x\nA/RES/70/1,y\n", "nodes.csv:3: id A/RES/70/1 is given twice"),
    ])
    func badCataloguesAreOneLineErrorsNamingTheLine(text: String, message: String) {
        #expect(throws: CatalogueError.self) { try Self.catalogue(text) }
        do {
            _ = try Self.catalogue(text)
        } catch {
            #expect(error.description == message)
        }
    }
}

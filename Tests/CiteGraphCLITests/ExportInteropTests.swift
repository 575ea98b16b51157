import Foundation
import Testing

/// The exports as other tools read them: networkx reads the JSON (node-link), GraphML and GEXF
/// with every node and edge attribute, and the GEXF validates against Gephi's GEXF 1.3 schema
/// (Tests/CiteGraphCoreTests/Fixtures/gexf-1.3, with its source and licence in README.md there).
@Suite struct ExportInteropTests {
    static let nodeAttributes = ["type", "body", "in_corpus", "title", "date", "year", "session", "metadata_source", "aliases", "files",
                                 "languages", "in_degree", "out_degree", "times_cited", "pagerank", "hub", "authority", "betweenness",
                                 "closeness", "katz", "community", "un_link"]
    static let edgeAttributes = ["weight", "relations", "cue", "context", "paragraph", "paragraph_kind", "pinpoint", "file", "line"]

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("CiteGraphCoreTests/Fixtures")

    /// Runs `program` with `arguments`; its status and standard output.
    static func run(_ program: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [program] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }

    @Test func networkxReadsEveryAttributeOfEveryExport() throws {
        let folder = try TemporaryFolder("interop")
        defer { folder.remove() }
        try folder.write("id,title,un_link\nS/RES/2254(2015),Middle East (Syria),https://digitallibrary.un.org/record/814032\n", to: "nodes.csv")
        for format in ["json", "graphml", "gexf"] {
            let result = try Run.citegraph(["export", "--format", format, "--metadata", folder.file("nodes.csv")])
            #expect(result.status == 0, "\(result.stderr)")
            try Data(result.stdout.utf8).write(to: folder.url.appendingPathComponent("seeds.\(format)"))
        }
        let script = """
            import json, sys, networkx as nx
            folder = sys.argv[1]
            graphs = {
                "json": nx.node_link_graph(json.load(open(folder + "/seeds.json"))),
                "graphml": nx.read_graphml(folder + "/seeds.graphml"),
                "gexf": nx.read_gexf(folder + "/seeds.gexf"),
            }
            for name, g in graphs.items():
                node_keys = sorted(set().union(*(d.keys() for _, d in g.nodes(data=True))) - {"label", "start"})
                edge_keys = sorted(set().union(*(d.keys() for _, _, d in g.edges(data=True))) - {"id", "start"})
                n, m = g.nodes["S/RES/2594(2021)"], g.nodes["S/RES/2254(2015)"]
                e = g.edges["000_be461b3669ee6420", "S/RES/2615(2021)"]
                print(name, type(g).__name__, g.number_of_nodes(), g.number_of_edges(), " ".join(node_keys), "|", " ".join(edge_keys))
                print(name, n["title"], n["date"], n["year"], m["title"], m["un_link"], m["metadata_source"], e["cue"], e["paragraph"], e["paragraph_kind"])
            print("gexf starts", graphs["gexf"].graph["mode"], graphs["gexf"].nodes["S/RES/2594(2021)"]["start"])
            """
        let result = try Self.run("python3", ["-c", script, folder.path])
        #expect(result.status == 0, "python3 with networkx (scripts/bootstrap.sh installs it) must read the exports: \(result.output)")
        let keys = Self.nodeAttributes.sorted().joined(separator: " ") + " | " + Self.edgeAttributes.sorted().joined(separator: " ")
        let lines = result.output.split(separator: "\n").map(String.init)
        for (i, name) in ["json", "graphml", "gexf"].enumerated() {
            #expect(lines.count > 2 * i + 1)
            guard lines.count > 2 * i + 1 else { continue }
            #expect(lines[2 * i] == "\(name) DiGraph 77 73 \(keys)")
            #expect(lines[2 * i + 1] == "\(name) 第 2594(2021)号决议 2021-09-09 2021 Middle East (Syria) https://digitallibrary.un.org/record/814032 catalogue 按照 27 operative")
        }
        #expect(lines.last == "gexf starts dynamic 2021-09-09")
    }

    @Test func gexfValidatesAgainstGephisSchema() throws {
        let folder = try TemporaryFolder("gexf")
        defer { folder.remove() }
        let export = try Run.citegraph(["export", "--format", "gexf"])
        try Data(export.stdout.utf8).write(to: folder.url.appendingPathComponent("seeds.gexf"))
        let schema = Self.fixtures.appendingPathComponent("gexf-1.3/gexf.xsd").path
        let result = try Self.run("xmllint", ["--noout", "--schema", schema, folder.file("seeds.gexf")])
        #expect(result.status == 0, "xmllint (Debian's libxml2-utils, installed by scripts/bootstrap.sh) must validate the GEXF: \(result.output)")
        #expect(result.output.hasSuffix("validates\n"))
    }

    @Test func aBadCatalogueIsOneLineNamingItsLineAndNothingIsWritten() throws {
        let folder = try TemporaryFolder("catalogue")
        defer { folder.remove() }
        try folder.write("id,title\nA/RES/70/1,\"never closed\n", to: "nodes.csv")
        let result = try Run.citegraph(["export", "--format", "json", "--metadata", folder.file("nodes.csv")])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "citegraph: error: \(folder.file("nodes.csv")):2: a quoted field is never closed\n")
    }
}

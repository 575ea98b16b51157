import CiteGraphCore
import Foundation
import Testing

/// The built `citegraph` binary, run as a user runs it: output, errors and exit statuses.
@Suite struct CLITests {
    @Test func extractWithNoPathUsesTheBuiltInSeedsFromAnyFolder() throws {
        let result = try Run.citegraph(["extract", "--format", "jsonl"], in: FileManager.default.temporaryDirectory)
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 80)
        var counts: [String: [String: Int]] = [:]
        for line in lines {
            let record = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            for key in ["source", "target", "file", "line", "text"] { #expect(record[key] != nil, "\(key) missing") }
            let source = try #require(record["source"] as? String)
            counts[source, default: [:]][try #require(record["target"] as? String), default: 0] += 1
        }
        #expect(counts["S/RES/2594(2021)"]?["S/RES/2250(2015)"] == 1)
        #expect(counts["000_be461b3669ee6420"]?["S/RES/2615(2021)"] == 3)
        #expect(counts["003_fda09ecd73bce99b"]?.count == 45)
    }

    @Test func statsJSONCarriesTheContractFields() throws {
        let result = try Run.citegraph(["stats", "--format", "json"])
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let graph = try #require(json["graph"] as? [String: Any])
        #expect(graph["nodes"] as? Int == 77)
        #expect(graph["edges"] as? Int == 73)
        let nodes = try #require(json["nodes"] as? [[String: Any]])
        #expect(nodes.count == 77)
        for key in ["id", "in_degree", "out_degree", "pagerank", "hub", "authority", "betweenness", "closeness", "katz"] {
            #expect(nodes[0][key] != nil, "\(key) missing")
        }
    }

    @Test func theSameRunTwiceGivesTheSameBytes() throws {
        for arguments in [["stats", "--format", "json"], ["export", "--format", "graphml"], ["render", "--format", "dot"], ["extract"]] {
            #expect(try Run.citegraph(arguments).stdout == Run.citegraph(arguments).stdout, "\(arguments)")
        }
    }

    @Test func renderWorksWithNoGraphvizCommandOnPath() throws {
        let result = try Run.citegraph(["render"], environment: ["PATH": "/nonexistent"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("<?xml"))
        #expect(result.stdout.components(separatedBy: "class=\"node\"").count - 1 == 77)
    }

    @Test func aMissingPathIsOneLineNamingItWithStatusOne() throws {
        let result = try Run.citegraph(["stats", "no/such/corpus"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "citegraph: error: no/such/corpus: no such file or directory\n")
    }

    @Test func badFilesAreSkippedReportedAndSaidSoByTheExitStatus() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("citegraph-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }

        let empty = try Run.citegraph(["render", folder.path])
        #expect(empty.status == 1)
        #expect(empty.stdout.isEmpty)
        #expect(empty.stderr == "citegraph: error: \(folder.path): no .txt, .md, .html, .pdf, .docx or .doc documents found\n")

        try Data("回顾第 77/10 号决议".utf8).write(to: folder.appendingPathComponent("good.txt"))
        try Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x00]).write(to: folder.appendingPathComponent("program.txt"))
        try Data([0x41, 0x2F, 0xFF, 0xFE]).write(to: folder.appendingPathComponent("latin1.md"))
        // The good file is read and written; each bad one is a line, then the summary; status 3.
        // (--quiet silences notices, never these.)
        let skipping = try Run.citegraph(["extract", "--quiet", folder.path])
        #expect(skipping.status == 3)
        #expect(skipping.stdout.contains("\"target\": \"A/RES/77/10\""))
        #expect(skipping.stderr == """
            citegraph: skipped: \(folder.path)/latin1.md: not text in UTF-8, UTF-16, GB18030 or Big5 (first byte that is not UTF-8 at offset 2)
            citegraph: skipped: \(folder.path)/program.txt: binary file (contains NUL bytes), expected text
            citegraph: 2 of 3 files skipped (1 binary, 1 unknown encoding)

            """)

        // --strict stops at the first bad file in path order, and writes nothing.
        let strict = try Run.citegraph(["export", "--format", "json", "--strict", folder.path])
        #expect(strict.status == 1)
        #expect(strict.stdout.isEmpty)
        #expect(strict.stderr == "citegraph: error: \(folder.path)/latin1.md: not text in UTF-8, UTF-16, GB18030 or Big5 (first byte that is not UTF-8 at offset 2)\n")

        // When no file can be read, nothing is written and the status is 1.
        try FileManager.default.removeItem(at: folder.appendingPathComponent("good.txt"))
        let nothing = try Run.citegraph(["stats", folder.path])
        #expect(nothing.status == 1)
        #expect(nothing.stdout.isEmpty)
        #expect(nothing.stderr.hasSuffix("citegraph: 2 of 2 files skipped (1 binary, 1 unknown encoding)\n"))
    }

    @Test(arguments: [["stats", "--no-such-option"], ["stats", "--format", "xml"], ["render", "--layout", "spring"],
                      ["stats", "--top", "0"], ["export"], ["frobnicate"]])
    func badUsageExitsWithStatusTwo(arguments: [String]) throws {
        let result = try Run.citegraph(arguments)
        #expect(result.status == 2, "\(arguments): \(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(!result.stderr.isEmpty)
    }

    @Test func networkxReadsGraphMLAndGEXFBack() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("citegraph-nx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for format in ["graphml", "gexf"] {
            let result = try Run.citegraph(["export", "--format", format])
            try Data(result.stdout.utf8).write(to: folder.appendingPathComponent("seeds.\(format)"))
        }
        let script = """
            import networkx as nx, sys
            for name, read in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
                g = read(sys.argv[1] + "/seeds." + name)
                n = g.nodes["S/RES/2594(2021)"]
                e = g.edges["000_be461b3669ee6420", "S/RES/2615(2021)"]
                print(name, g.is_directed(), g.number_of_nodes(), g.number_of_edges(), n["type"], n["body"], n["in_corpus"],
                      round(n["pagerank"], 6), int(e["weight"]), e["relations"])
            """
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", "-c", script, folder.path]
        let out = Pipe()
        python.standardOutput = out
        try python.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        python.waitUntilExit()
        #expect(python.terminationStatus == 0, "python3 with networkx (installed by scripts/bootstrap.sh) must read the exports")
        #expect(text == """
            graphml True 77 73 resolution SC True 0.012438 3 takes_note; pursuant_to; considers
            gexf True 77 73 resolution SC True 0.012438 3 takes_note; pursuant_to; considers

            """)
    }

    @Test func renderWritesTheFormatTheOutputFileNames() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("citegraph-out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, magic) in [("g.png", [UInt8]([0x89, 0x50, 0x4E, 0x47])), ("g.pdf", Array("%PDF".utf8)), ("g.svg", Array("<?xm".utf8))] {
            let path = folder.appendingPathComponent(name).path
            let result = try Run.citegraph(["render", "-o", path])
            #expect(result.status == 0)
            #expect(result.stdout.isEmpty)
            #expect(Array(try Data(contentsOf: URL(fileURLWithPath: path)).prefix(4)) == magic, "\(name)")
        }
        let bad = try Run.citegraph(["render", "-o", folder.appendingPathComponent("g.jpeg").path])
        #expect(bad.status == 2)
        let report = folder.appendingPathComponent("report.html").path
        #expect(try Run.citegraph(["report", "-o", report]).status == 0)
        let html = try String(contentsOfFile: report, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<svg"))
        #expect(!html.contains("<?xml"))
    }

    @Test func largeGraphsSwitchToForceDirectedLayoutAndSaySo() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("citegraph-large-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let list = (1...320).map { "第 \($0 % 80 + 1)/\($0) 号" }.joined(separator: "、")
        try Data(("标题\n\n回顾" + list + "决议").utf8).write(to: folder.appendingPathComponent("big.txt"))
        let result = try Run.citegraph(["render", "--format", "dot", folder.path])
        #expect(result.status == 0)
        let named = "citegraph: 1 of 1 documents state no symbol of their own and are named by their file\n"
        #expect(result.stderr == named + "citegraph: 321 documents: laid out with sfdp (force-directed); --layout dot overrides\n")
        #expect(result.stdout.contains("layout=sfdp"))
        let forced = try Run.citegraph(["render", "--format", "dot", "--layout", "dot", folder.path])
        #expect(forced.stderr == named)
        #expect(forced.stdout.contains("layout=dot"))
    }

    @Test func filtersApplyToStatsExportAndRender() throws {
        let stats = try Run.citegraph(["stats", "--format", "csv", "--body", "HRC"])
        #expect(stats.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",")[1] } == ["A/HRC/56/25", "A/HRC/RES/16/18"])
        let export = try Run.citegraph(["export", "--format", "csv", "--focus", "A/RES/70/1"])
        #expect(export.stdout.split(separator: "\n").count == 3)
        let render = try Run.citegraph(["render", "--format", "dot", "--top", "5", "--only"])
        #expect(render.stdout.components(separatedBy: "URL=").count - 1 == 5)
        #expect(!render.stdout.contains(" -> "))
        // Without --only the five come with the corpus documents citing them, and the citations.
        let cited = try Run.citegraph(["render", "--format", "dot", "--top", "5"])
        #expect(cited.stdout.components(separatedBy: " [shape=").count - 1 == 5 + 3)
        #expect(cited.stdout.components(separatedBy: " -> ").count - 1 == 6)
        let unknown = try Run.citegraph(["stats", "--body", "UNICEF"])
        #expect(unknown.status == 2)
    }

    @Test func helpListsTheSubcommands() throws {
        let result = try Run.citegraph(["--help"])
        #expect(result.status == 0)
        for name in ["extract", "stats", "render", "export", "report"] { #expect(result.stdout.contains(name)) }
    }
}

/// Runs the built binary.
enum Run {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// `citegraph`, built by `swift test` beside the test bundle.
    static let binary: URL = {
        var directory = Bundle.main.bundleURL
        for _ in 0..<3 {
            let candidate = directory.appendingPathComponent("citegraph")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory.deleteLastPathComponent()
        }
        return Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("citegraph")
    }()

    static func citegraph(_ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:]) throws -> Result {
        try launch(binary, arguments, in: directory, environment: environment)
    }

    /// Runs `executable` with standard input empty and both outputs captured.
    static func launch(_ executable: URL, _ arguments: [String], in directory: URL?, environment: [String: String]) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both pipes before waiting, so a large output cannot fill a pipe and stall.
        let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
        let stderrData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdoutData, as: UTF8.self),
                      stderr: String(decoding: stderrData, as: UTF8.self))
    }
}

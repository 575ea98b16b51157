import Foundation
import Testing

/// Big graphs are drawn in bounded time, saying what is drawn and what is running
/// (issue 14, item 8).
@Suite struct LargeGraphTests {
    /// One document citing 1,100 resolutions: 1,101 nodes.
    static func corpus() throws -> TemporaryFolder {
        let folder = try TemporaryFolder("large-graph")
        let text = (1...1100).map { "Recalling resolution 70/\($0).\n" }.joined()
        try folder.write("A/80/1\n\n" + text, to: "big.txt")
        return folder
    }

    static func nodeGroups(_ svg: String) -> Int {
        svg.components(separatedBy: "class=\"node\"").count - 1
    }

    @Test func aboveTheLimitTheHighestRankedAreDrawnAndThatIsSaid() throws {
        let folder = try Self.corpus()
        defer { folder.remove() }
        let capped = try Run.citegraph(["render", folder.path])
        #expect(capped.status == 0)
        #expect(capped.stderr == """
            citegraph: 1101 documents: drawing the 1000 with the highest times cited and the corpus documents citing them \
            (laying out all would take minutes); --all draws every one, --top N another number
            citegraph: 1000 documents: laid out with sfdp (force-directed); --layout dot overrides

            """)
        #expect(Self.nodeGroups(capped.stdout) == 1000)
        // The document citing them all is cited by none: drawn all the same, with its arrows.
        #expect(capped.stdout.contains("<title>A/80/1</title>"))
        #expect(capped.stdout.components(separatedBy: "class=\"edge\"").count - 1 == 999)

        // (dot lays out a hub and its 1,100 leaves in a second; sfdp takes several.)
        let all = try Run.citegraph(["render", "--all", "--layout", "dot", folder.path])
        #expect(all.status == 0)
        #expect(all.stderr.isEmpty)
        #expect(Self.nodeGroups(all.stdout) == 1101)
    }

    @Test func dotIsNotLaidOutSoItHoldsTheWholeGraph() throws {
        let folder = try Self.corpus()
        defer { folder.remove() }
        let dot = try Run.citegraph(["render", "--format", "dot", "--quiet", folder.path])
        #expect(dot.status == 0)
        #expect(dot.stderr.isEmpty)
        // One shape per node statement (the 1,001 not among the 100 largest are unlabelled).
        #expect(dot.stdout.components(separatedBy: "shape=").count - 1 == 1101)
    }

    @Test func onATerminalTheLayoutSaysItIsRunning() throws {
        let folder = try Self.corpus()
        let results = try TemporaryFolder("large-graph-results")
        defer { folder.remove(); results.remove() }
        let picture = results.file("top.svg")
        // `script` gives the command a terminal and copies what it shows to standard output.
        // A layout done within a second shows nothing.
        let quick = try Run.shell(#"script -qec '"$CITEGRAPH" render --top 50 --only -o "\#(picture)" "\#(folder.path)"' /dev/null"#)
        #expect(quick.status == 0, "\(quick.stderr)")
        #expect(!quick.stdout.contains("laying out"))
        #expect(Self.nodeGroups(try String(contentsOfFile: picture, encoding: .utf8)) == 50)
        // No layout is sure to take a second on every machine (neato on all 1,101 took 0.9 s
        // on one), so the line is asked for from the start.
        let shown = try Run.shell(#"CITEGRAPH_PROGRESS_AFTER=0 script -qec '"$CITEGRAPH" render --top 50 --only -o "\#(picture)" "\#(folder.path)"' /dev/null"#)
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(shown.stdout.contains("\r\u{1B}[Kcitegraph: laying out 50 documents with dot… 0 s"))
        #expect(shown.stdout.hasSuffix("\r\u{1B}[K"))
        // Reading shows its own line (documents, megabytes, throughput), cleared once read.
        let table = results.file("stats.txt")
        let read = try Run.shell(#"CITEGRAPH_PROGRESS_AFTER=0 script -qec '"$CITEGRAPH" stats "\#(folder.path)" > "\#(table)"' /dev/null"#)
        #expect(read.status == 0, "\(read.stderr)")
        #expect(read.stdout.hasPrefix("\r\u{1B}[Kcitegraph: 1 documents, 0.0 MB read ("))
        #expect(read.stdout.hasSuffix("documents/s)\r\u{1B}[K"))
        #expect(try String(contentsOfFile: table, encoding: .utf8).contains("A/RES/70/1"))
    }
}

/// `--top` keeps the documents citing the chosen ones; above the drawing limit those are cut
/// to fill it, the chosen all drawn.
@Suite struct TopWithManyCitersTests {
    @Test func theChosenAreDrawnAndTheirCitersFillTheLimit() throws {
        let folder = try TemporaryFolder("many-citers")
        defer { folder.remove() }
        for i in 1...1100 {
            try folder.write("A/80/\(i)\n\nRecalling resolution 70/1.\n", to: "doc\(i).txt")
        }
        let result = try Run.citegraph(["render", "--top", "1", "--layout", "dot", folder.path])
        #expect(result.status == 0)
        #expect(result.stderr == """
            citegraph: 1101 documents: drawing the 1 chosen and the 999 citing them with the highest times cited \
            (laying out all would take minutes); --all draws every one, --only the chosen alone

            """)
        #expect(LargeGraphTests.nodeGroups(result.stdout) == 1000)
    }
}

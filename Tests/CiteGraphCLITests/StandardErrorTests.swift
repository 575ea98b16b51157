import Foundation
import Testing

/// Diagnostics are never fatal: a standard error that is full, closed or gone changes nothing
/// but the diagnostics themselves (issue 14, item 2).
@Suite struct StandardErrorTests {
    @Test func anErrorMessageToAFullStandardErrorStillExitsWithStatusOne() throws {
        let result = try Run.shell(#""$CITEGRAPH" extract /nonexistent 2>/dev/full"#)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
    }

    @Test func anErrorMessageToAClosedStandardErrorStillExitsWithStatusOne() throws {
        let result = try Run.shell(#""$CITEGRAPH" extract /nonexistent 2>&-"#)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
    }

    @Test func timingsToAFullStandardErrorLeaveTheResultIntact() throws {
        let expected = try Run.citegraph(["stats", "--format", "csv"]).stdout
        let result = try Run.shell(#""$CITEGRAPH" stats --format csv --timings 2>/dev/full"#)
        #expect(result.status == 0)
        #expect(result.stdout == expected)
    }

    @Test func aClosedStandardErrorNeverReceivesAFileOpenedLater() throws {
        // With descriptor 2 closed, the next file opened would get it: the notice about the
        // layout would then be written into the picture.
        let folder = try TemporaryFolder("stderr-closed")
        defer { folder.remove() }
        try LargeCorpus.write(documents: 320, to: folder)
        let picture = folder.file("out.dot")
        let result = try Run.shell(#""$CITEGRAPH" render --format dot -o "\#(picture)" "\#(folder.path)" 2>&-"#)
        #expect(result.status == 0)
        let text = try String(contentsOfFile: picture, encoding: .utf8)
        #expect(text.hasPrefix("digraph citegraph {\n"))
        #expect(!text.contains("citegraph: "))
    }

    @Test func theLayoutNoticeToAFullStandardErrorDoesNotStopTheRender() throws {
        let folder = try TemporaryFolder("stderr-full")
        defer { folder.remove() }
        try LargeCorpus.write(documents: 320, to: folder)
        let picture = folder.file("out.svg")
        let result = try Run.shell(#""$CITEGRAPH" render -o "\#(picture)" "\#(folder.path)" 2>/dev/full"#)
        #expect(result.status == 0)
        let svg = try String(contentsOfFile: picture, encoding: .utf8)
        #expect(svg.hasPrefix("<?xml"))
        #expect(svg.hasSuffix("</svg>\n"))
    }

    @Test func aStandardErrorPipeClosedByItsReaderIsNotFatal() throws {
        // Standard error goes into a pipe whose reader (`true`) exits at once; the status is
        // reported on descriptor 4, the shell's own standard error.
        let result = try Run.shell(#"exec 3>&1 4>&2; ( "$CITEGRAPH" stats --format csv --timings 2>&1 >&3; echo "exit=$?" >&4 ) | true"#)
        #expect(result.stdout.hasPrefix("rank,id,type"))
        #expect(result.stderr == "exit=0\n")
    }
}

/// A corpus of `documents` files citing each other in a chain, big enough for the large-graph
/// behaviour (each file cites the next one and one resolution).
enum LargeCorpus {
    static func write(documents: Int, to folder: TemporaryFolder) throws {
        for i in 1...documents {
            try folder.write("A/\(70 + i % 7)/\(i)\n\nRecalling resolution \(i % 90 + 1)/\(i) and document A/\(70 + (i + 1) % 7)/\(i + 1).\n",
                             to: "doc\(i).txt")
        }
    }
}

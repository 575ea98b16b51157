import Foundation
import Testing

/// A file name cannot split an error message or reach the terminal as control codes: line
/// breaks and escape sequences are shown escaped (issue 14, item 9).
@Suite struct MessageEscapingTests {
    @Test func aNewlineAndAnEscapeSequenceInAFileNameAreShownEscaped() throws {
        let folder = try TemporaryFolder("message-escape")
        defer { folder.remove() }
        let name = "bad\nname\u{1B}[31m\u{202E}.txt"
        try Data([0xFF, 0x41]).write(to: folder.url.appendingPathComponent(name))
        let result = try Run.citegraph(["extract", folder.path])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "citegraph: error: \(folder.path)/bad\\nname\\u{1B}[31m\\u{202E}.txt: not text in UTF-8, UTF-16, GB18030 or Big5 (first byte that is not UTF-8 at offset 0)\n")
    }

    @Test func aMissingPathWithATabIsShownEscaped() throws {
        let result = try Run.citegraph(["stats", "no\tsuch\r"])
        #expect(result.status == 1)
        #expect(result.stderr == "citegraph: error: no\\tsuch\\r: no such file or directory\n")
    }
}

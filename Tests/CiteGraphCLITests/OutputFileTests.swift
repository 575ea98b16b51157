import Foundation
import Testing

/// `-o` writes to what it names: a regular file is replaced atomically, anything else (a
/// device, a FIFO, a link to either) is written in place and never replaced (issue 14, item 1).
@Suite struct OutputFileTests {
    @Test func aLinkToARegularFileStaysALinkAndItsTargetGetsTheResult() throws {
        let folder = try TemporaryFolder("out-link")
        defer { folder.remove() }
        try folder.write("old", to: "target.dot")
        try FileManager.default.createSymbolicLink(atPath: folder.file("link.dot"), withDestinationPath: folder.file("target.dot"))
        let result = try Run.citegraph(["render", "-o", folder.file("link.dot")])
        #expect(result.status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder.file("link.dot")) == folder.file("target.dot"))
        #expect(try String(contentsOfFile: folder.file("target.dot"), encoding: .utf8).hasPrefix("digraph citegraph {"))
    }

    @Test func aLinkToDevNullStaysALink() throws {
        let folder = try TemporaryFolder("out-devnull")
        defer { folder.remove() }
        try FileManager.default.createSymbolicLink(atPath: folder.file("null.svg"), withDestinationPath: "/dev/null")
        let result = try Run.citegraph(["render", "-o", folder.file("null.svg")])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder.file("null.svg")) == "/dev/null")
        #expect(try Self.fileType("/dev/null") == .typeCharacterSpecial)
    }

    @Test func devNullItselfIsWrittenNotReplaced() throws {
        let result = try Run.citegraph(["render", "-o", "/dev/null", "--format", "svg"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        #expect(try Self.fileType("/dev/null") == .typeCharacterSpecial)
    }

    @Test func devStdoutRedirectedToAFileAppendsToIt() throws {
        let folder = try TemporaryFolder("out-stdout")
        defer { folder.remove() }
        try folder.write("before\n", to: "log")
        let result = try Run.shell(#""$CITEGRAPH" render --format dot -o /dev/stdout >> "\#(folder.file("log"))""#)
        #expect(result.status == 0)
        let log = try String(contentsOfFile: folder.file("log"), encoding: .utf8)
        #expect(log == "before\n" + (try Run.citegraph(["render", "--format", "dot"]).stdout))
    }

    @Test func aFIFOIsWrittenInPlace() throws {
        let folder = try TemporaryFolder("out-fifo")
        defer { folder.remove() }
        let fifo = folder.file("picture.dot")
        #expect(mkfifo(fifo, 0o600) == 0)
        // The reader: a shell `cat` that opens the FIFO and keeps what comes through (given up
        // after 20 s, should nothing ever open the FIFO for writing; KILL, since the test
        // runner may start its children with SIGTERM blocked).
        let result = try Run.shell(#"timeout -s KILL 20 cat "\#(fifo)" > "\#(folder.file("received"))" & "$CITEGRAPH" render -o "\#(fifo)"; status=$?; wait; exit $status"#)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try Self.isFIFO(fifo))
        #expect(try String(contentsOfFile: folder.file("received"), encoding: .utf8).hasPrefix("digraph citegraph {"))
    }

    @Test func aRegularFileIsReplacedWholeAndKeepsItsPermissions() throws {
        let folder = try TemporaryFolder("out-regular")
        defer { folder.remove() }
        let path = folder.file("graph.dot")
        try folder.write(String(repeating: "old ", count: 100_000), to: "graph.dot")
        #expect(chmod(path, 0o640) == 0)
        let result = try Run.citegraph(["render", "-o", path])
        #expect(result.status == 0)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == Run.citegraph(["render", "--format", "dot"]).stdout)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o640)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["graph.dot"])
    }

    @Test func aPathEndingInASlashIsRefused() throws {
        let folder = try TemporaryFolder("out-slash")
        defer { folder.remove() }
        let result = try Run.citegraph(["render", "-o", folder.file("pictures") + "/", "--format", "svg"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("--output \(folder.file("pictures"))/: names a folder; give a file name\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func anExistingFolderIsRefused() throws {
        let folder = try TemporaryFolder("out-folder")
        defer { folder.remove() }
        try FileManager.default.createDirectory(atPath: folder.file("pictures.svg"), withIntermediateDirectories: false)
        let result = try Run.citegraph(["report", "-o", folder.file("pictures.svg")])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--output \(folder.file("pictures.svg")): is a folder; give a file name\n"))
    }

    static func fileType(_ path: String) throws -> FileAttributeType? {
        (try FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType)
    }

    static func isFIFO(_ path: String) throws -> Bool {
        var info = stat()
        guard lstat(path, &info) == 0 else { return false }
        return info.st_mode & S_IFMT == S_IFIFO
    }
}

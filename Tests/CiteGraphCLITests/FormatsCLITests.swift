import Foundation
import Testing

/// A folder of what people download: every good file is read, the broken one is reported,
/// the summary line is printed and the exit status says a file was skipped.
@Suite struct FormatsCLITests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("CiteGraphCoreTests/Fixtures")

    @Test func aFolderOfPDFWordHTMLAndUTF16WithOneBrokenFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("citegraph-formats-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let made = Self.fixtures.appendingPathComponent("formats/made")
        try FileManager.default.copyItem(at: made.appendingPathComponent("en-22-afghanistan-sg-report.pdf"),
                                         to: folder.appendingPathComponent("report.pdf"))
        try FileManager.default.copyItem(at: made.appendingPathComponent("zh-01-afghanistan-draft.docx"),
                                         to: folder.appendingPathComponent("draft.docx"))
        try Data("<html lang=\"en\"><body><nav>S/2099/1</nav><p>Recalling resolution 2250 (2015),</p></body></html>".utf8)
            .write(to: folder.appendingPathComponent("page.html"))
        let utf16 = [UInt8]([0xFF, 0xFE]) + Array("回顾第 77/10 号决议".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        try Data(utf16).write(to: folder.appendingPathComponent("letter.txt"))
        try Data("<html>saved as .pdf by mistake</html>".utf8).write(to: folder.appendingPathComponent("broken.pdf"))

        // --quiet silences notices, never the lines about skipped files.
        let result = try Run.citegraph(["extract", "--quiet", "--format", "csv", folder.path])
        #expect(result.status == 3)
        #expect(result.stderr == """
            citegraph: skipped: \(folder.path)/broken.pdf: not a readable PDF file (no %PDF- header)
            citegraph: 1 of 5 files skipped (1 broken PDF)

            """)
        for file in ["draft.docx", "letter.txt", "page.html", "report.pdf"] {
            #expect(result.stdout.contains("\(folder.path)/\(file)"), "\(file) was read")
        }
        #expect(result.stdout.contains("S/RES/2250(2015)"))
        #expect(!result.stdout.contains("S/2099/1"))
        #expect(result.stdout.contains("A/RES/77/10"))
    }

    @Test func theSizeLimitIsAnOption() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("citegraph-limit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let big = folder.appendingPathComponent("big.txt")
        try Data(repeating: 0x41, count: 2 << 20).write(to: big)
        let refused = try Run.citegraph(["extract", "--max-file-size", "1", big.path])
        #expect(refused.status == 1)
        // A single file that cannot be read is the one-line error of bad input.
        #expect(refused.stderr == "citegraph: error: \(big.path): larger than the size limit of 1 MB (see --max-file-size)\n")
        #expect(try Run.citegraph(["extract", "--max-file-size", "3", big.path]).status == 0)
        #expect(try Run.citegraph(["extract", "--max-file-size", "0", big.path]).status == 2)
    }
}

/// Issue 14, item 6, on the command line: a PATH whose bytes are not UTF-8 opens, and is
/// shown escaped. (The shell passes the raw bytes; Foundation's Process could not.)
@Suite struct RawFileNameCLITests {
    @Test func aNonUTF8PathArgumentOpensByItsBytes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("citegraph-names-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = """
            cd '\(folder.path)' && printf '回顾第 77/10 号决议\\n' > "$(printf 'r\\351solution.txt')" && \
            '\(Run.binary.path)' extract --format csv "$(printf 'r\\351solution.txt')"
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(stderr)")
        #expect(stdout.contains("r\\xE9solution,A/RES/77/10,r\\xE9solution.txt,"))
    }
}

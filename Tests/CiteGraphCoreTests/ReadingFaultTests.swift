import CiteGraphCore
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The reading faults of issue 14, each on the exact input it describes.
@Suite struct ReadingFaultTests {
    /// Item 3: `/dev/zero` and `/dev/urandom` named as PATH are read as streams and refused at
    /// their first chunk, not read into memory without end.
    @Test(arguments: ["/dev/zero", "/dev/urandom"])
    func endlessDevicesAreRefusedAtOnce(device: String) {
        #expect(throws: CorpusError.binary(device)) { try CorpusReader.read([device]) }
    }

    /// Item 3: a stream with no NUL is held to the size limit.
    @Test func anEndlessTextStreamStopsAtTheSizeLimit() throws {
        try Converted.withFolder { folder in
            let fifo = folder.appendingPathComponent("endless.txt").path
            try #require(mkfifo(fifo, 0o600) == 0)
            // A writer that would go on for ever; it stops when the reader closes the pipe.
            let writer = Thread {
                let fd = open(fifo, O_WRONLY)
                guard fd >= 0 else { return }
                signal(SIGPIPE, SIG_IGN)
                let line = Array("回顾第 77/10 号决议。\n".utf8)
                while line.withUnsafeBytes({ write(fd, $0.baseAddress, $0.count) }) > 0 {}
                close(fd)
            }
            writer.start()
            let settings = ReadSettings(maxFileSize: 1 << 20)
            #expect(throws: CorpusError.tooLarge(fifo, limit: 1 << 20)) { try CorpusReader.read([fifo], settings: settings) }
        }
    }

    /// Item 3: a regular file larger than the limit is refused by its size, before reading.
    @Test func aFileOverTheSizeLimitIsRefusedWithItsName() throws {
        try Converted.withFolder { folder in
            let file = folder.appendingPathComponent("big.txt")
            try Data(repeating: 0x41, count: 3 << 20).write(to: file)
            let settings = ReadSettings(maxFileSize: 2 << 20)
            #expect(throws: CorpusError.tooLarge(file.path, limit: 2 << 20)) { try CorpusReader.read([file.path], settings: settings) }
            #expect(CorpusError.tooLarge("big.txt", limit: 2 << 20).description
                == "big.txt: larger than the size limit of 2 MB (see --max-file-size)")
            #expect(try CorpusReader.read([file.path]).count == 1)
        }
    }

    /// Items 3 and 9: a named pipe in a folder is not a document; named directly with no
    /// writer, it is given up on after the wait instead of blocking for ever.
    @Test func aNamedPipeWithNoWriterIsGivenUpOn() throws {
        try Converted.withFolder { folder in
            let fifo = folder.appendingPathComponent("pipe.txt").path
            try #require(mkfifo(fifo, 0o600) == 0)
            try Data("S/2023/856".utf8).write(to: folder.appendingPathComponent("a.txt"))
            #expect(try CorpusReader.read([folder.path]).map(\.path) == [folder.path + "/a.txt"])
            let settings = ReadSettings(pipeWaitSeconds: 0.2)
            #expect(throws: CorpusError.noWriter(fifo, seconds: 0.2)) { try CorpusReader.read([fifo], settings: settings) }
            #expect(CorpusError.noWriter("pipe.txt", seconds: 10).description == "pipe.txt: a named pipe that nothing wrote to in 10 s")
        }
    }

    /// Item 9: a named pipe that a program writes to is read like a file.
    @Test func aNamedPipeWithAWriterIsRead() throws {
        try Converted.withFolder { folder in
            let fifo = folder.appendingPathComponent("pipe.txt").path
            try #require(mkfifo(fifo, 0o600) == 0)
            let writer = Thread {
                let fd = open(fifo, O_WRONLY)
                guard fd >= 0 else { return }
                let text = Array("回顾第 77/10 号决议。\n".utf8)
                _ = text.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
                close(fd)
            }
            writer.start()
            let documents = try CorpusReader.read([fifo])
            #expect(documents.map { CitationExtractor.extract($0).mentions.map(\.target.rawValue) } == [["A/RES/77/10"]])
        }
    }

    /// Item 6: `r\xe9solution.txt` (Latin-1 é, from an archive made on Windows) opens by its
    /// bytes and is shown escaped.
    @Test func aFileNameThatIsNotUTF8IsOpenedAndShownEscaped() throws {
        try Converted.withFolder { folder in
            let name: [UInt8] = Array("r".utf8) + [0xE9] + Array("solution.txt".utf8)
            let path = Array(folder.path.utf8) + [UInt8(ascii: "/")] + name + [0]
            let fd = path.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_WRONLY | O_CREAT, 0o600) }
            }
            try #require(fd >= 0)
            let text = Array("回顾第 77/10 号决议。\n".utf8)
            _ = text.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            close(fd)
            try Data("S/2023/856".utf8).write(to: folder.appendingPathComponent("a.txt"))
            let documents = try CorpusReader.read([folder.path])
            #expect(documents.map(\.path) == [folder.path + "/a.txt", folder.path + "/r\\xE9solution.txt"])
            #expect(documents.last?.name == "r\\xE9solution")
            #expect(documents.last.map { CitationExtractor.extract($0).mentions.map(\.target.rawValue) } == ["A/RES/77/10"])
        }
    }

    @Test func escapedNamesStayDistinct() {
        #expect(DocumentPath(bytes: [0x61, 0xE9]).display == "a\\xE9")
        // A name that spells a backslash escape itself is shown with the backslash doubled.
        #expect(DocumentPath("a\\xE9").display == "a\\\\xE9")
        #expect(DocumentPath("a\\b").display == "a\\b")
    }

    /// Item 7: a CR-only file (old Mac) reads like its LF twin: the header symbol stays the
    /// document's own, the footnote stays a footnote.
    @Test(arguments: ["\r", "\r\n"])
    func crAndCRLFEndLinesLikeLF(lineEnd: String) throws {
        let lf = "S/2024/600\n\n安全理事会，\n\n回顾《世界人权宣言》¹，\n重申 S/2023/856，\n\n¹ 第 217 A (III)号决议。\n"
        try Converted.withFolder { folder in
            let unix = folder.appendingPathComponent("unix.txt")
            let other = folder.appendingPathComponent("other.txt")
            try Data(lf.utf8).write(to: unix)
            try Data(lf.replacingOccurrences(of: "\n", with: lineEnd).utf8).write(to: other)
            let expected = try Converted.extract(unix.path)
            let found = try Converted.extract(other.path)
            #expect(found.ownSymbols.map(\.rawValue) == ["S/2024/600"])
            #expect(found.mentions.map(\.via) == [.inline, .footnote])
            #expect(Converted.citations(found) == Converted.citations(expected))
        }
    }
}

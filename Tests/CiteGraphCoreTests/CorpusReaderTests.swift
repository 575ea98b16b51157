import CiteGraphCore
import Foundation
import Testing

/// Bad input is refused with an error naming the file and the problem.
@Suite struct CorpusReaderTests {
    /// A fresh temporary folder, removed after `body`.
    static func withFolder(_ body: (URL) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("citegraph-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try body(folder)
    }

    @Test func aMissingPath() {
        #expect(throws: CorpusError.missingPath("no/such/corpus")) { try CorpusReader.read(["no/such/corpus"]) }
        #expect(CorpusError.missingPath("x.txt").description == "x.txt: no such file or directory")
    }

    @Test func aFolderWithNoDocuments() throws {
        try Self.withFolder { folder in
            try Data("not a document".utf8).write(to: folder.appendingPathComponent("notes.xls"))
            #expect(throws: CorpusError.noDocuments(folder.path)) { try CorpusReader.read([folder.path]) }
        }
    }

    @Test func aBinaryFile() throws {
        try Self.withFolder { folder in
            let file = folder.appendingPathComponent("image.txt")
            try Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x0D]).write(to: file)
            #expect(throws: CorpusError.binary(file.path)) { try CorpusReader.read([file.path]) }
        }
    }

    @Test func gb18030IsReadAndAmbiguousChineseIsRefused() throws {
        try Self.withFolder { folder in
            let file = folder.appendingPathComponent("gbk.txt")
            // "第 77/10 号决议" in GB 18030, as older Chinese files are encoded: 决 and 议 lie
            // outside Big5's frequent plane, so it is GB18030.
            try Data([0xB5, 0xDA, 0x20, 0x37, 0x37, 0x2F, 0x31, 0x30, 0x20, 0xBA, 0xC5, 0xBE, 0xF6, 0xD2, 0xE9]).write(to: file)
            let documents = try CorpusReader.read([file.path])
            #expect(documents.map { String(decoding: $0.bytes, as: UTF8.self) } == ["第 77/10 号决议"])
            #expect(documents.first?.origin.encoding == .gb18030)
            // "第 号" alone is frequent text in either encoding: refused, not guessed.
            try Data([0xB5, 0xDA, 0x20, 0xBA, 0xC5]).write(to: file)
            #expect(throws: CorpusError.ambiguousEncoding(file.path)) { try CorpusReader.read([file.path]) }
            #expect(CorpusError.ambiguousEncoding("gbk.txt").description
                == "gbk.txt: reads as GB18030 and as Big5 alike; convert it to UTF-8 first")
        }
    }

    @Test func foldersAreReadRecursivelyInByteOrderSkippingOtherFiles() throws {
        try Self.withFolder { folder in
            let sub = folder.appendingPathComponent("b")
            try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
            for (path, text) in [("b/z.md", "第 77/10 号决议"), ("a.txt", "S/2023/856"), ("B.TXT", "S/2023/1"),
                                 ("c.xls", "x"), (".hidden.txt", "S/2023/2")] {
                try Data(text.utf8).write(to: folder.appendingPathComponent(path))
            }
            // A link to a file is that file, read once under its first name; a link to a folder
            // (here, a cycle) is not followed.
            try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("b/link.txt").path,
                                                       withDestinationPath: folder.appendingPathComponent("a.txt").path)
            try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("b/loop").path,
                                                       withDestinationPath: folder.path)
            let documents = try CorpusReader.read([folder.path])
            #expect(documents.map { String($0.path.dropFirst(folder.path.count + 1)) } == ["B.TXT", "a.txt", "b/z.md"])
            // One folder named twice is read once.
            let twice = try CorpusReader.read([folder.path, folder.path + "/./"])
            #expect(twice.count == 3)
        }
    }

    @Test func deepFoldersAreRead() throws {
        try Self.withFolder { folder in
            var deep = folder
            for level in 0..<80 { deep = deep.appendingPathComponent("d\(level)") }
            try FileManager.default.createDirectory(at: deep, withIntermediateDirectories: true)
            try Data("S/2023/856".utf8).write(to: deep.appendingPathComponent("deep.txt"))
            #expect(try CorpusReader.read([folder.path]).count == 1)
        }
    }

    @Test func longSuperscriptRunsAndManyIbidFootnotesAreHandled() {
        // A run of superscripts is no footnote number to overflow; 5,000 同上 lines take one pass.
        let superscripts = String(repeating: "⁹", count: 40) + " S/2020/1\n"
        #expect(Fixtures.targets("标题\n" + superscripts) == ["S/2020/1"])
        let ibids = "标题\n\n¹ S/2023/856。\n" + (2...5_001).map { "\($0 > 9 ? "" : "") ² 同上。\n" }.joined()
        #expect(Fixtures.document(ibids).mentions.count == 5_001)
    }

    @Test func aByteOrderMarkAndCRLFLineEndingsChangeNothing() {
        let plain = Fixtures.document("回顾第 77/10 号决议\n又回顾 S/2023/856\n")
        let windows = Fixtures.document("\u{FEFF}回顾第 77/10 号决议\r\n又回顾 S/2023/856\r\n")
        // Everything but the byte offsets, which count the mark and the carriage returns as read.
        func located(_ mentions: [Mention]) -> [Mention] {
            mentions.map { var m = $0; m.evidence.start = 0; m.evidence.end = 0; return m }
        }
        #expect(located(plain.mentions) == located(windows.mentions))
        #expect(windows.mentions.map(\.evidence.start) == [9, 40])
    }

    @Test func aHugeLineWithThousandsOfCitationsIsReadOnce() throws {
        // 20,000 citations on one 1.3 MB line: columns are counted on from the previous one.
        let text = String(repeating: "回顾第 77/10 号决议和 S/2023/856，", count: 10_000)
        let mentions = Fixtures.document("标题\n" + text).mentions
        try #require(mentions.count == 20_000)
        #expect(mentions[1].column == 16)
        #expect(mentions.last?.column == 9_999 * 26 + 16)
    }

    @Test func aHugeLineIsScannedInLinearTime() {
        // 4 MB on one line with no line break: must finish and find the one citation at the end.
        let text = String(repeating: "回顾大会的工作和", count: 170_000) + "第 77/10 号决议"
        #expect(Fixtures.targets(text) == ["A/RES/77/10"])
    }
}

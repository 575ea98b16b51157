import CiteGraphCore
import Foundation
import Testing
import ZIPFoundation

/// Hostile or damaged files: every reader answers with a document or a `CorpusError` naming
/// the file, never a crash, a hang or unbounded memory.
@Suite struct ReaderRobustnessTests {
    /// The fixtures with bytes overwritten at pseudo-random places (a fixed generator, so a
    /// failure repeats): each read gives a document or a CorpusError. Run with 600 damaged
    /// copies of each, this found three traps, now fixed: FoundationXML on a processing
    /// instruction and on names that are not UTF-8, ZIPFoundation's in-memory reader on a
    /// directory pointing past the end.
    @Test(arguments: ["formats/made/en-22-afghanistan-sg-report.pdf", "formats/made/zh-01-afghanistan-draft.docx",
                      "formats/made/zh-01-afghanistan-draft.doc", "encodings/zh-15-fifth-committee-report.big5.txt"])
    func damagedFilesAreReadOrRefused(fixture: String) throws {
        let original = [UInt8](try Fixtures.data(fixture))
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        try Converted.withFolder { folder in
            let file = folder.appendingPathComponent("damaged." + (fixture as NSString).pathExtension)
            var refused = 0
            for _ in 0..<40 {
                var bytes = original
                for _ in 0..<8 { bytes[next() % bytes.count] = UInt8(truncatingIfNeeded: next()) }
                try Data(bytes).write(to: file)
                do {
                    _ = try CorpusReader.read([file.path])
                } catch let error as CorpusError {
                    #expect(error.description.hasPrefix(file.path + ": "))
                    refused += 1
                }
            }
            // Truncated to half: refused or read, never a crash.
            try Data(original.prefix(original.count / 2)).write(to: file)
            _ = try? CorpusReader.read([file.path])
            #expect(refused > 0)
        }
    }

    /// A page nested 100,000 elements deep: walked without recursion.
    @Test func aDeeplyNestedPageIsRead() throws {
        let html = "<html><body>" + String(repeating: "<div>", count: 100_000) + "Recalling resolution 2250 (2015)"
            + String(repeating: "</div>", count: 100_000) + "</body></html>"
        try Converted.withFolder { folder in
            let file = folder.appendingPathComponent("deep.html")
            try Data(html.utf8).write(to: file)
            let documents = try CorpusReader.read([file.path])
            #expect(documents.first.map { String(decoding: $0.bytes, as: UTF8.self).contains("2250 (2015)") } == true)
        }
    }

    /// A Word file whose parts unpack past the size limit is refused by name (a ZIP bomb):
    /// 4 MB of document.xml that compress to a few kilobytes, under a 1 MB limit.
    @Test func aWordFileThatUnpacksPastTheLimitIsRefused() throws {
        let paragraph = "<w:p><w:r><w:t>Recalling resolution 2250 (2015),</w:t></w:r></w:p>"
        let xml = Data(("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
            + String(repeating: paragraph, count: 4 << 20 / paragraph.utf8.count) + "</w:body></w:document>").utf8)
        let archive = try Archive(data: Data(), accessMode: .create)
        try archive.addEntry(with: "word/document.xml", type: .file, uncompressedSize: Int64(xml.count), compressionMethod: .deflate) {
            position, size in xml.subdata(in: Int(position)..<Int(position) + size)
        }
        let zipped = try #require(archive.data)
        try #require(zipped.count < 1 << 20)
        try Converted.withFolder { folder in
            let file = folder.appendingPathComponent("bomb.docx")
            try zipped.write(to: file)
            let settings = ReadSettings(maxFileSize: 1 << 20)
            #expect(throws: CorpusError.tooLarge(file.path, limit: 1 << 20)) { try CorpusReader.read([file.path], settings: settings) }
            #expect(try CorpusReader.read([file.path]).count == 1)
        }
    }
}

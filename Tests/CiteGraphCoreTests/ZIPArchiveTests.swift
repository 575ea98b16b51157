@testable import CiteGraphCore
import Foundation
import Testing
import ZIPFoundation

/// citegraph's own ZIP reader (Word files): what an archive holds comes back byte for byte, and
/// every damaged or hostile archive is refused with the reason, at once.
@Suite struct ZIPArchiveTests {
    /// An archive written by ZIPFoundation, an independent writer.
    static func archive(_ parts: [(String, [UInt8], CompressionMethod)]) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, bytes, method) in parts {
            let data = Data(bytes)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: method) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return [UInt8](try #require(archive.data))
    }

    static let text = Array(String(repeating: "Recalling its resolution 2250 (2015), ", count: 400).utf8)

    @Test func storedAndDeflatedPartsReadBackAsWritten() throws {
        let bytes = try Self.archive([("word/document.xml", Self.text, .deflate), ("docProps/custom.xml", Array("<p/>".utf8), .none), ("empty", [], .deflate)])
        let zip = try ZIPArchive(bytes)
        #expect(zip.entries.map(\.path) == ["word/document.xml", "docProps/custom.xml", "empty"])
        #expect(try zip.data(of: try #require(zip["word/document.xml"]), limit: 1 << 20) == Self.text)
        #expect(try zip.data(of: try #require(zip["docProps/custom.xml"]), limit: 1 << 20) == Array("<p/>".utf8))
        #expect(try zip.data(of: try #require(zip["empty"]), limit: 1 << 20) == [])
        #expect(zip["word/footnotes.xml"] == nil)
    }

    @Test func zip64SizesAndOffsetsAreRead() throws {
        let zip = try ZIPArchive([UInt8](try Fixtures.data("formats/zip/zip64.zip")))
        #expect(try zip.data(of: try #require(zip["a.txt"]), limit: 1 << 20) == Array("deflated, its sizes in ZIP64 fields\n".utf8))
        #expect(try zip.data(of: try #require(zip["b.txt"]), limit: 1 << 20) == Array("stored, its offset in a ZIP64 field\n".utf8))
    }

    /// FuzzWordReader's finding: a deflate stream that never reaches its end made ZIPFoundation
    /// read at the end of the file for ever (the fuzzer's 10 s timeout; minutes by hand).
    @Test func aDeflateStreamThatNeverEndsIsRefused() throws {
        let path = Fixtures.url("formats/fuzz/word-deflate-never-ends.docx").path
        #expect(throws: CorpusError.malformed(path, format: "Word", reason: "damaged ZIP archive: word/document.xml cannot be unpacked")) {
            try CorpusReader.read([path])
        }
    }

    /// FuzzWordReader's second report (a 10 s time-out on a loaded machine that took 0.3 s when
    /// run again): refused at once all the same.
    @Test func aDirectoryOutsideTheFileIsRefused() throws {
        let path = Fixtures.url("formats/fuzz/word-directory-outside.docx").path
        #expect(throws: CorpusError.malformed(path, format: "Word", reason: "damaged ZIP archive: its central directory lies outside the file")) {
            try CorpusReader.read([path])
        }
    }

    @Test func aPartLargerThanTheLimitIsRefusedBeforeItIsAllUnpacked() throws {
        // 8 MB of zeros deflate to 8 KB: the size an archive states is believed by no one.
        let bomb = [UInt8](repeating: 0, count: 8 << 20)
        var bytes = try Self.archive([("word/document.xml", bomb, .deflate)])
        let zip = try ZIPArchive(bytes)
        let entry = try #require(zip["word/document.xml"])
        #expect(throws: ZIPArchive.Failure.tooLarge) { try zip.data(of: entry, limit: 1 << 20) }
        // The same with the stated size lowered to 10 bytes in the central directory.
        let directory = try #require(Self.offset(of: [0x50, 0x4B, 0x01, 0x02], in: bytes))
        bytes.replaceSubrange((directory + 24)..<(directory + 28), with: [10, 0, 0, 0])
        let lying = try ZIPArchive(bytes)
        #expect(throws: ZIPArchive.Failure.tooLarge) { try lying.data(of: try #require(lying["word/document.xml"]), limit: 1 << 20) }
    }

    @Test func damageIsNamed() throws {
        let good = try Self.archive([("word/document.xml", Self.text, .none)])
        let directory = try #require(Self.offset(of: [0x50, 0x4B, 0x01, 0x02], in: good))
        let end = try #require(Self.offset(of: [0x50, 0x4B, 0x05, 0x06], in: good))
        func failure(_ change: (inout [UInt8]) -> Void) -> ZIPArchive.Failure? {
            var bytes = good
            change(&bytes)
            do throws(ZIPArchive.Failure) {
                let zip = try ZIPArchive(bytes)
                for entry in zip.entries { _ = try zip.data(of: entry, limit: 1 << 20) }
                return nil
            } catch {
                return error
            }
        }
        #expect(failure { $0 = Array($0.prefix(100)) } == .notAnArchive)
        #expect(failure { $0 = [] } == .notAnArchive)
        // A stored byte changed: the CRC-32 finds it.
        #expect(failure { $0[100] ^= 0xFF } == .damaged("word/document.xml fails its CRC-32 check"))
        // The directory's offset points past the end of the file.
        #expect(failure { $0.replaceSubrange((end + 16)..<(end + 20), with: [0xFF, 0xFF, 0xFF, 0x7F]) }
            == .damaged("its central directory lies outside the file"))
        // 60,000 entries claimed in a directory with room for one.
        #expect(failure { $0.replaceSubrange((end + 10)..<(end + 12), with: [0x60, 0xEA]) }
            == .damaged("its central directory is shorter than its entry count"))
        // The entry's local header offset points into its own data.
        #expect(failure { $0.replaceSubrange((directory + 42)..<(directory + 46), with: [100, 0, 0, 0]) }
            == .damaged("word/document.xml: its local header is missing"))
        // The compressed size runs past the end of the file.
        #expect(failure { $0.replaceSubrange((directory + 20)..<(directory + 24), with: [0, 0, 0, 0x10]) }
            == .damaged("word/document.xml: its data runs past the end of the file"))
        #expect(failure { $0.replaceSubrange((directory + 10)..<(directory + 12), with: [14, 0]) }
            == .damaged("word/document.xml uses compression method 14"))
        #expect(failure { $0[directory + 8] |= 1 } == .damaged("word/document.xml is encrypted"))
        #expect(failure { $0[directory] = 0 } == .damaged("entry 1 of its central directory is damaged"))
        #expect(failure { _ in } == nil)
    }

    static func offset(of signature: [UInt8], in bytes: [UInt8]) -> Int? {
        (0...(bytes.count - signature.count)).last { bytes[$0..<($0 + signature.count)].elementsEqual(signature) }
    }
}

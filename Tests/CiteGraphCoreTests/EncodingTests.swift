import CiteGraphCore
import Foundation
import Testing

/// The same text in every encoding citegraph reads gives the same citations as in UTF-8.
@Suite struct EncodingTests {
    static let chinese = ["zh-01-afghanistan-draft", "zh-13-palestine-es-10-24", "zh-22-sudan-markdown", "zh-30-afghanistan-sg-report"]
    static let english = ["en-07-somalia-res2713", "en-22-afghanistan-sg-report"]
    static let gbk = ["zh-13-palestine-es-10-24", "zh-22-sudan-markdown"]

    static let encodings: [(name: String, iconv: String, prefix: [UInt8])] = [
        ("UTF-8 with BOM", "UTF-8", [0xEF, 0xBB, 0xBF]),
        ("UTF-16LE with BOM", "UTF-16LE", [0xFF, 0xFE]),
        ("UTF-16BE with BOM", "UTF-16BE", [0xFE, 0xFF]),
        ("GB18030", "GB18030", []),
        ("GBK", "GBK", []),
    ]

    @Test(arguments: chinese + english)
    func everyEncodingGivesTheUTF8Citations(document: String) throws {
        let original = Fixtures.url("corpus/\(document).txt")
        let expected = Converted.citations(try Converted.extract(original.path))
        try #require(!expected.isEmpty)
        let text = try Data(contentsOf: original)
        try Converted.withFolder { folder in
            // GBK has no superscript digits or em dashes: only the documents without them.
            for encoding in Self.encodings where encoding.iconv != "GBK" || Self.gbk.contains(document) {
                let file = folder.appendingPathComponent("\(document).txt")
                try Converted.bytes(text, to: encoding.iconv, prefix: encoding.prefix).write(to: file)
                #expect(Converted.citations(try Converted.extract(file.path)) == expected, "\(encoding.name)")
            }
        }
    }

    /// Big5 holds traditional characters only: the fixtures are corpus documents turned into
    /// traditional Chinese (OpenCC) and stored in Big5 (CP950); iconv gives their UTF-8.
    @Test(arguments: ["zh-15-fifth-committee-report", "zh-26-pbi-statement"])
    func big5GivesTheUTF8Citations(document: String) throws {
        let big5 = Fixtures.url("encodings/\(document).big5.txt")
        let found = Converted.citations(try Converted.extract(big5.path))
        try Converted.withFolder { folder in
            let utf8 = folder.appendingPathComponent("\(document).txt")
            try Converted.bytes(try Data(contentsOf: big5), to: "UTF-8", from: "CP950").write(to: utf8)
            let expected = Converted.citations(try Converted.extract(utf8.path))
            try #require(expected.count >= 7)
            #expect(found == expected)
        }
    }

    @Test func latin1IsRefusedWithTheFirstByteThatIsNotUTF8() throws {
        try Converted.withFolder { folder in
            // French in Latin-1: é and è decode as GBK, but into rare characters, not Chinese text.
            let file = folder.appendingPathComponent("fr.txt")
            try Data("Rappelant sa résolution 2250 (2015) et la décision prise".utf8).write(to: file)
            let latin1 = try Converted.bytes(try Data(contentsOf: file), to: "ISO-8859-1")
            try latin1.write(to: file)
            #expect(throws: CorpusError.unknownEncoding(file.path, offset: 14)) { try CorpusReader.read([file.path]) }
            #expect(CorpusError.unknownEncoding("fr.txt", offset: 14).description
                == "fr.txt: not text in UTF-8, UTF-16, GB18030 or Big5 (first byte that is not UTF-8 at offset 14)")
        }
    }

    @Test func utf16WithANulCharacterIsBinary() throws {
        try Converted.withFolder { folder in
            let file = folder.appendingPathComponent("nul.txt")
            try Data([0xFF, 0xFE, 0x41, 0x00, 0x00, 0x00, 0x42, 0x00]).write(to: file)
            #expect(throws: CorpusError.binary(file.path)) { try CorpusReader.read([file.path]) }
        }
    }

    @Test func aTruncatedUTF16FileIsRefused() throws {
        try Converted.withFolder { folder in
            let file = folder.appendingPathComponent("odd.txt")
            try Data([0xFF, 0xFE, 0x41, 0x00, 0x42]).write(to: file)
            #expect(throws: CorpusError.unknownEncoding(file.path, offset: 0)) { try CorpusReader.read([file.path]) }
        }
    }
}

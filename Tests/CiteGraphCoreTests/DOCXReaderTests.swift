import CiteGraphCore
import Foundation
import Testing
import ZIPFoundation

/// Word files give the citations of their body and notes, and their own symbol.
@Suite struct DOCXReaderTests {
    static func citations(_ document: DocumentExtraction) -> [String] {
        PDFReaderTests.citations(document)
    }

    @Test(arguments: PDFReaderTests.made)
    func theWordFileAndThePDFOfOneDocumentGiveTheSameCitations(document: String) throws {
        let word = try #require(try CorpusReader.read([Fixtures.url("formats/made/\(document).docx").path]).first)
        let pdf = try #require(try CorpusReader.read([Fixtures.url("formats/made/\(document).pdf").path]).first)
        let text = try Converted.extract(PDFReaderTests.source(of: document).path)
        #expect(word.origin.format == .docx)
        let fromWord = CitationExtractor.extract(word)
        #expect(Self.citations(fromWord) == Self.citations(CitationExtractor.extract(pdf)))
        #expect(PDFReaderTests.targets(fromWord) == PDFReaderTests.targets(text))
        #expect(fromWord.mentions.allSatisfy { word.origin.region(atLine: $0.line)?.paragraph != nil })
    }

    /// A Word file made part by part: the symbol split across runs in the header, a footnote
    /// with an arbitrary id, an endnote, deleted text, a field code and a comment.
    static func handMade(customSymbol: String?) throws -> Data {
        let w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
        let parts: [(String, String)] = [
            ("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
            ("word/document.xml", """
                <w:document \(w)><w:body>
                <w:p><w:r><w:t>The Security Council,</w:t></w:r></w:p>
                <w:p><w:r><w:t xml:space="preserve">Recalling its resolution </w:t></w:r><w:r><w:t>2250 (2015)</w:t></w:r>\
                <w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="5"/></w:r><w:r><w:t>,</w:t></w:r></w:p>
                <w:p><w:del><w:r><w:delText>Recalling S/2098/1,</w:delText></w:r></w:del>\
                <w:r><w:instrText>HYPERLINK "https://undocs.org/S/2097/1"</w:instrText></w:r>\
                <w:r><w:t>Noting the report</w:t></w:r><w:r><w:endnoteReference w:id="2"/></w:r><w:r><w:t>,</w:t></w:r></w:p>
                </w:body></w:document>
                """),
            ("word/footnotes.xml", """
                <w:footnotes \(w)><w:footnote w:id="-1" w:type="separator"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>\
                <w:footnote w:id="5"><w:p><w:r><w:t>See S/2015/1</w:t></w:r><w:r><w:t>23.</w:t></w:r></w:p></w:footnote></w:footnotes>
                """),
            ("word/endnotes.xml", "<w:endnotes \(w)><w:endnote w:id=\"2\"><w:p><w:r><w:t>A/79/100.</w:t></w:r></w:p></w:endnote></w:endnotes>"),
            ("word/header1.xml", "<w:hdr \(w)><w:p><w:r><w:t>S/RES/27</w:t></w:r><w:r><w:t>19 (2023)</w:t></w:r></w:p></w:hdr>"),
            ("word/comments.xml", "<w:comments \(w)><w:comment w:id=\"0\"><w:p><w:r><w:t>cite S/2099/99 here?</w:t></w:r></w:p></w:comment></w:comments>"),
        ] + (customSymbol.map { [("docProps/custom.xml", """
            <Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" \
            xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">\
            <property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Symbol1"><vt:lpwstr>\($0)</vt:lpwstr></property></Properties>
            """)] } ?? [])
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return try #require(archive.data)
    }

    @Test func bodyNotesAndTheHeaderSymbolAreReadAndCommentsAreNot() throws {
        try Converted.withFolder { folder in
            let file = folder.appendingPathComponent("S_RES_2719.docx")
            try Self.handMade(customSymbol: nil).write(to: file)
            let word = try #require(try CorpusReader.read([file.path]).first)
            #expect(String(decoding: word.bytes, as: UTF8.self) == """
                S/RES/2719 (2023)

                The Security Council,

                Recalling its resolution 2250 (2015)¹,

                ¹ See S/2015/123.

                Noting the report²,

                ² A/79/100.
                """)
            let extraction = CitationExtractor.extract(word)
            #expect(extraction.ownSymbols.map(\.rawValue) == ["S/RES/2719(2023)"])
            #expect(extraction.mentions.map { "\($0.target) \($0.via)" }
                == ["S/RES/2250(2015) inline", "S/2015/123 footnote", "A/79/100 footnote"])
        }
    }

    @Test func theCustomPropertySymbolComesFirst() throws {
        try Converted.withFolder { folder in
            let file = folder.appendingPathComponent("doc.docx")
            try Self.handMade(customSymbol: "S/RES/2720 (2023)").write(to: file)
            let word = try #require(try CorpusReader.read([file.path]).first)
            #expect(String(decoding: word.bytes, as: UTF8.self).hasPrefix("S/RES/2720 (2023)\n\nThe Security Council,"))
        }
    }

    /// Old binary Word files, through antiword: the same citations as the .docx they were saved from.
    @Test(arguments: ["en-22-afghanistan-sg-report", "zh-01-afghanistan-draft"])
    func anOldWordFileGivesTheCitationsOfItsNewOne(document: String) throws {
        let old = try #require(try CorpusReader.read([Fixtures.url("formats/made/\(document).doc").path]).first)
        let new = try #require(try CorpusReader.read([Fixtures.url("formats/made/\(document).docx").path]).first)
        #expect(old.origin.format == .doc)
        let fromOld = CitationExtractor.extract(old)
        #expect(!fromOld.mentions.isEmpty)
        #expect(PDFReaderTests.targets(fromOld) == PDFReaderTests.targets(CitationExtractor.extract(new)))
    }

    @Test func aBrokenWordFileAndABrokenDocAreRefusedByName() throws {
        try Converted.withFolder { folder in
            let broken = folder.appendingPathComponent("broken.docx")
            try Data("PK not really".utf8).write(to: broken)
            #expect(throws: CorpusError.malformed(broken.path, format: "Word", reason: "not a ZIP archive")) { try CorpusReader.read([broken.path]) }
            #expect(CorpusError.malformed("broken.docx", format: "Word", reason: "not a ZIP archive").description
                == "broken.docx: not a readable Word file (not a ZIP archive)")
            let old = folder.appendingPathComponent("old.doc")
            try Data([0xD0, 0xCF, 0x11, 0xE0]).write(to: old)
            #expect(throws: CorpusError.malformed(old.path, format: "Word (.doc)", reason: "not a Word document")) {
                try CorpusReader.read([old.path])
            }
        }
    }
}

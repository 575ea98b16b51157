@testable import CiteGraphCore
import Foundation
import Testing

/// PDFs read through poppler's pdftohtml give the text's citations; page furniture is left out.
@Suite struct PDFReaderTests {
    /// The text a laid-out document was made from: a seed document or a test-corpus one.
    static func source(of document: String) -> URL {
        document.first?.isNumber == true
            ? Fixtures.repository.appendingPathComponent("seeds/\(document).txt")
            : Fixtures.url("corpus/\(document).txt")
    }

    /// The laid-out test documents, as scripts/make-format-fixtures.py lists them.
    static let made: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: Fixtures.url("formats/made").path)) ?? [])
        .filter { $0.hasSuffix(".pdf") }.map { String($0.dropLast(4)) }.sorted()

    /// Citations without their position, sorted: a PDF's paragraphs are its lines, and a note
    /// stands after the paragraph its page ended in.
    static func citations(_ document: DocumentExtraction) -> [String] {
        document.mentions.map { "\($0.target) \($0.alias?.rawValue ?? "-") \($0.via) \($0.relation)" }.sorted()
    }

    /// The same without the relation: a paragraph of the laid-out file may hold two lines of
    /// the plain text, and a verb can then reach a citation it did not reach there.
    static func targets(_ document: DocumentExtraction) -> [String] {
        document.mentions.map { "\($0.target) \($0.alias?.rawValue ?? "-") \($0.via)" }.sorted()
    }

    /// Test-corpus documents laid out as the UN prints them (scripts/make-format-fixtures.py):
    /// masthead, job number and barcode, running header, "page/pages", footnotes, one of them
    /// in two columns.
    @Test(arguments: PDFReaderTests.made)
    func aLaidOutPDFGivesTheCitationsOfItsText(document: String) throws {
        let text = try Converted.extract(PDFReaderTests.source(of: document).path)
        let pdf = try #require(try CorpusReader.read([Fixtures.url("formats/made/\(document).pdf").path]).first)
        #expect(pdf.origin.format == .pdf)
        let found = CitationExtractor.extract(pdf)
        #expect(Self.targets(found) == Self.targets(text))
        #expect(found.ownSymbols == text.ownSymbols)
        #expect(found.mentions.allSatisfy { pdf.origin.region(atLine: $0.line)?.page != nil })
    }

    @Test func furnitureIsLeftOutAndFootnotesStandApart() throws {
        let pdf = try #require(try CorpusReader.read([Fixtures.url("formats/made/zh-01-afghanistan-draft.pdf").path]).first)
        let text = String(decoding: pdf.bytes, as: UTF8.self)
        for furniture in ["23-22345 (E)", "*2322345*", "2/2"] { #expect(!text.contains(furniture), "\(furniture)") }
        // The running header of page 2 ("A/78/L.30") is not in the text, and page 1's
        // footnote is a paragraph of its own.
        #expect(!text.contains("A/78/L.30"))
        #expect(text.components(separatedBy: "\n\n").contains("¹ 第 217 A (III)号决议。"))
        #expect(text.contains("\n\n审议了秘书长关于阿富汗局势及其对国际和平与安全的影响的报告 (A/78/628-S/2023/941) 、关于阿富汗的独立评估（ S/2023/856），\n\n"))
        #expect(pdf.origin.regions.map(\.page).contains(2))
    }

    /// Scanned pages with no text layer: one line naming the file, and the run goes on.
    @Test(arguments: ["1971-10-25_GA_Resolution_2758_ru.pdf", "2022-03-04_OLA_note_verbale_to_Ukraine.pdf"])
    func aScanWithNoTextLayerNeedsOCR(file: String) throws {
        let path = Fixtures.url("formats/real/\(file)").path
        #expect(throws: CorpusError.needsOCR(path)) { try CorpusReader.read([path]) }
        #expect(CorpusError.needsOCR("scan.pdf").description == "scan.pdf: PDF with no text layer (a scanned image); it needs OCR first")
    }

    /// A scan with a recognised (invisible) text layer is read from that layer.
    @Test func aScanWithARecognisedTextLayerIsRead() throws {
        let pdf = try #require(try CorpusReader.read([Fixtures.url("formats/real/1971-09-29_A_L.632-EN.pdf").path]).first)
        let text = String(decoding: pdf.bytes, as: UTF8.self)
        #expect(text.contains("A/L.632"))
        #expect(text.contains("RESTORATION OF THE LAWFUL RIGHTS OF THE PEOPLE'S REPUBLIC"))
    }

    @Test func aFileThatIsNotAPDFIsRefusedByName() throws {
        try Converted.withFolder { folder in
            let file = folder.appendingPathComponent("fake.pdf")
            try Data("<html>not a pdf</html>".utf8).write(to: file)
            #expect(throws: CorpusError.malformed(file.path, format: "PDF", reason: "no %PDF- header")) { try CorpusReader.read([file.path]) }
            let broken = folder.appendingPathComponent("broken.pdf")
            try Data("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".utf8).write(to: broken)
            #expect(throws: CorpusError.self) { try CorpusReader.read([broken.path]) }
        }
    }

    @Test func lineEndHyphensAreUndoneOnlyInAWordBreak() {
        #expect(PDFLayout.join("the peace-", "keeping operation") == "the peace-keeping operation")
        #expect(PDFLayout.join("the imple-", "mentation of") == "the implementation of")
        #expect(PDFLayout.join("the Secretary-", "General") == "the Secretary-General")
        #expect(PDFLayout.join("letters A/44/872-", "S/21019") == "letters A/44/872-S/21019")
        #expect(PDFLayout.join("right to self-", "determination") == "right to self-determination")
        #expect(PDFLayout.join("A/75/860–", "S/2021/387") == "A/75/860–S/2021/387")
        #expect(PDFLayout.join("recalling", "resolution 77/10") == "recalling resolution 77/10")
        #expect(PDFLayout.join("安全理事", "会第 2719(2023)号决议") == "安全理事会第 2719(2023)号决议")
    }

    /// Footnote markers by font size or by a raised baseline; a number on the line is text.
    @Test func markersAreToldByFontSizeOrRaisedBaseline() {
        func piece(_ text: String, left: Double, top: Double, height: Double, size: Double) -> PDFPage.Piece {
            PDFPage.Piece(top: top, left: left, width: Double(text.count) * size * 0.5, height: height, fontSize: size, text: text, links: [])
        }
        let words = piece("the Universal Declaration of Human Rights,", left: 100, top: 200, height: 20, size: 16)
        let smaller = piece("2", left: words.right, top: 200, height: 12, size: 10)
        let raised = piece("3", left: words.right, top: 190, height: 20, size: 16)
        let level = piece("12", left: words.right + 4, top: 200, height: 20, size: 16)
        #expect(PDFLayout.text(of: [words, smaller], bodySize: 16) == "the Universal Declaration of Human Rights,²")
        #expect(PDFLayout.text(of: [words, raised], bodySize: 16) == "the Universal Declaration of Human Rights,³")
        #expect(PDFLayout.text(of: [words, level], bodySize: 16) == "the Universal Declaration of Human Rights, 12")
    }

    @Test func spacesBetweenHanCharactersAreTakenOut() {
        #expect(PDFLayout.withoutSpacesBetweenHan("安 全 理 事 会 第 2719 (2023) 号 决 议") == "安全理事会第 2719 (2023) 号决议")
        #expect(PDFLayout.withoutSpacesBetweenHan("resolution 77/10") == "resolution 77/10")
    }

    @Test func pageNumbersJobNumbersAndBarcodesAreFurniture() {
        #expect(PageFurniture.isPageNumber("2/5"))
        #expect(PageFurniture.isJobNumber("25-20108 (E)"))
        #expect(PageFurniture.isJobNumber("23-25405 (C)    221223"))
        #expect(PageFurniture.isBarcode("*2520108*"))
        #expect(!PageFurniture.isJobNumber("S/2025/201"))
        #expect(!PageFurniture.isPageNumber("77/10 号"))
    }

    @Test func linksToTheDocumentSystemNameSymbols() {
        #expect(LinkedSymbols.symbol("https://undocs.org/en/S/RES/2719(2023)") == "S/RES/2719(2023)")
        #expect(LinkedSymbols.symbol("http://undocs.org/A/RES/70/1") == "A/RES/70/1")
        #expect(LinkedSymbols.symbol("https://docs.un.org/zh/A/78/628") == "A/78/628")
        #expect(LinkedSymbols.symbol("https://undocs.org/en/s/2024/100/add.1") == "S/2024/100/Add.1")
        #expect(LinkedSymbols.symbol("https://www.un.org/en/about-us") == nil)
        #expect(LinkedSymbols.symbols(in: ["https://undocs.org/S/2023/856", "https://undocs.org/en/S/2023/856"]) == ["S/2023/856"])
    }
}

/// Modern UN PDFs link the symbols they cite to the document system: a free check of the
/// extraction. The laid-out test PDFs link every symbol they write, as those do.
@Suite struct PDFLinkTests {
    @Test func theLinkedSymbolsAreFoundInTheText() throws {
        var linked = 0
        var found = 0
        var missed: [String] = []
        for name in PDFReaderTests.made {
            let pdf = try #require(try CorpusReader.read([Fixtures.url("formats/made/\(name).pdf").path]).first)
            let extraction = CitationExtractor.extract(pdf)
            let seen = Set(extraction.mentions.flatMap { [$0.target] + ($0.alias.map { [$0] } ?? []) } + extraction.ownSymbols)
            for link in pdf.origin.linkedSymbols {
                linked += 1
                if let symbol = Symbol(link), seen.contains(symbol) { found += 1 } else { missed.append("\(name): \(link)") }
            }
        }
        // Measured: all 61 found.
        #expect(linked >= 45)
        #expect(Double(found) >= Double(linked) * 0.95, "missed: \(missed)")
        print("linked symbols: \(linked), found in the text: \(found), missed: \(missed)")
    }
}

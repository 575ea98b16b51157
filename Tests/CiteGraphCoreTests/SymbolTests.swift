@testable import CiteGraphCore
import Testing

@Suite struct SymbolTests {
    /// Written symbols and their canonical form (SPEC.md's table).
    @Test(arguments: [
        ("S/2023/856", "S/2023/856"),
        ("A/HRC/56/25", "A/HRC/56/25"),
        ("S/PRST/2013/16", "S/PRST/2013/16"),
        ("S/PV.7813", "S/PV.7813"),
        ("A/79/PV.12", "A/79/PV.12"),
        ("S/INF/69", "S/INF/69"),
        ("A/66/53", "A/66/53"),
        ("A/79/L.5/Rev.1", "A/79/L.5/Rev.1"),
        ("A/79/L.5/REV.1", "A/79/L.5/Rev.1"),
        ("A/C.3/79/L.12", "A/C.3/79/L.12"),
        ("E/CN.6/2020/3/Add.1", "E/CN.6/2020/3/Add.1"),
        ("A/RES/77/10", "A/RES/77/10"),
        ("A/RES/ES-10/23", "A/RES/ES-10/23"),
        ("S/RES/2593 (2021)", "S/RES/2593(2021)"),
        ("S/RES/2593(2021)", "S/RES/2593(2021)"),
        ("S/RES/2250", "S/RES/2250(2015)"),
        ("A/RES/3369 (XXX)", "A/RES/3369(XXX)"),
        // OCR of a real PDF (Fixtures/formats/real-pdf/mix-02.pdf, found by FuzzPDFReader).
        ("A/39/1s0", "A/39/150"),
        ("A/39/1S0", "A/39/150"),
    ])
    func canonicalForm(written: String, canonical: String) throws {
        let match = try #require(SymbolScanner.scan(Array(written.utf8), at: 0))
        #expect(match.symbol.rawValue == canonical)
        #expect(match.end == written.utf8.count)
    }

    @Test(arguments: ["A/79/302-S/2024/600", "A/79/302 - S/2024/600", "A/79/302–S/2024/600", "A/79/302—S/2024/600"])
    func jointSymbolsHaveOneNodeAndAnAlias(written: String) throws {
        let match = try #require(SymbolScanner.scan(Array(written.utf8), at: 0))
        #expect(match.symbol.rawValue == "A/79/302")
        #expect(match.alias?.rawValue == "S/2024/600")
    }

    /// Whatever letter OCR puts among the digits, in either case and at any place, the scanner's
    /// symbol reads back as itself: canonical text is a fixed point (FuzzPDFReader found
    /// "A/39/1s0" scanned as A/39/1S0, which reads back as A/39/150).
    @Test func aLetterAmongDigitsGivesASymbolThatReadsBackAsItself() throws {
        let letters = (UInt8(ascii: "a")...UInt8(ascii: "z")).map { String(UnicodeScalar($0)) }
        for letter in letters + letters.map({ $0.uppercased() }) {
            for written in ["A/39/1\(letter)0", "A/39/\(letter)50", "A/39/15\(letter)", "S/\(letter)9456", "A/C.3/39/L.1\(letter)",
                            "S/PV.78\(letter)3", "A/79/L.5/Rev.\(letter)", "A/79/L.5/Add.1\(letter)", "A/C.\(letter)/42",
                            "S/202\(letter)/100", "A/79/302\(letter)/2024/1"] {
                guard let match = SymbolScanner.scan(Array(written.utf8), at: 0) else { continue }
                #expect(Symbol(match.symbol.rawValue) == match.symbol, "\(written) → \(match.symbol.rawValue)")
            }
        }
    }

    @Test func theValidatingInitialiserAcceptsOnlyCanonicalText() {
        #expect(Symbol("A/RES/77/10")?.rawValue == "A/RES/77/10")
        #expect(Symbol("S/RES/2593(2021)") != nil)
        #expect(Symbol("S/RES/2593 (2021)") == nil)
        #expect(Symbol("a/res/77/10") == nil)
        #expect(Symbol("A/RES/77/10.") == nil)
        #expect(Symbol("A/B") == nil)
        #expect(Symbol("X/2023/1") == nil)
        #expect(Symbol("") == nil)
    }

    @Test(arguments: [
        ("A/RES/77/10", DocumentType.resolution, IssuingBody.generalAssembly),
        ("S/RES/2593(2021)", .resolution, .securityCouncil),
        ("A/HRC/RES/16/18", .resolution, .humanRightsCouncil),
        ("E/RES/2023/1", .resolution, .economicAndSocialCouncil),
        ("A/DEC/37/457", .decision, .generalAssembly),
        ("S/PRST/2013/16", .presidentialStatement, .securityCouncil),
        ("S/PV.7813", .meetingRecord, .securityCouncil),
        ("A/79/L.5/Rev.1", .draft, .generalAssembly),
        ("S/2023/856", .document, .securityCouncil),
        ("A/HRC/56/25", .document, .humanRightsCouncil),
    ])
    func typeAndBodyComeFromTheSymbol(symbol: String, type: DocumentType, body: IssuingBody) throws {
        let parsed = try #require(Symbol(symbol))
        #expect(parsed.documentType == type)
        #expect(parsed.body == body)
    }
}

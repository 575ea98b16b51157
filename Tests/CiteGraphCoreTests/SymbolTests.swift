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

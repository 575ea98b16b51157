import CiteGraphCore
import Foundation
import Testing

/// The citation forms of real documents, as data: one row a form, one real sentence a row
/// (Fixtures/forms/*.tsv). Adding a form is a row here and, where the extractor needs it, a row
/// in a lexicon or series table.
@Suite struct FormTableTests {
    struct Row: CustomTestStringConvertible, Sendable {
        let form: String
        let text: String
        let columns: [String]
        let source: String
        var testDescription: String { form }
    }

    static func rows(_ table: String) -> [Row] {
        guard let text = try? String(contentsOf: Fixtures.url("forms/\(table)"), encoding: .utf8) else { return [] }
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let text = fields[1].replacingOccurrences(of: "⏎", with: "\n").replacingOccurrences(of: "⇥", with: "\t")
            return Row(form: fields[0], text: text, columns: Array(fields[2..<(fields.count - 1)]), source: fields[fields.count - 1])
        }
    }

    /// The citations of `document`, procedural mentions left out (they are how a resolution was
    /// adopted, not what it cites).
    static func cited(_ document: DocumentExtraction) -> [String] {
        document.mentions.filter { $0.relation != .procedural }.map(\.target.rawValue)
    }

    static func symbols(_ column: String) -> [String] {
        column == "-" ? [] : column.split(separator: " ").map(String.init)
    }

    @Test(arguments: rows("citations.tsv"))
    func citationForm(_ row: Row) {
        #expect(Self.cited(Fixtures.document("标题\n\n" + row.text)) == Self.symbols(row.columns[0]), "\(row.form) (\(row.source))")
    }

    @Test(arguments: rows("not-citations.tsv"))
    func notACitation(_ row: Row) {
        #expect(Self.cited(Fixtures.document("标题\n\n" + row.text)).isEmpty, "\(row.form) (\(row.source))")
    }

    @Test(arguments: rows("headers.tsv"))
    func headerForm(_ row: Row) {
        let document = Fixtures.document(row.text)
        #expect(document.node == row.columns[0], "\(row.form) (\(row.source))")
        #expect(Self.cited(document) == Self.symbols(row.columns[1]), "\(row.form) (\(row.source))")
    }

    @Test func everyTableHasRows() {
        for table in ["citations.tsv", "not-citations.tsv", "headers.tsv"] { #expect(Self.rows(table).count >= 9, "\(table)") }
    }

    @Test(arguments: [
        ("A_RES_80_10.txt", "A/RES/80/10"), ("S_RES_109(1955).txt", "S/RES/109(1955)"), ("A_44_661-S_20911.txt", "A/44/661"),
        ("notes-on-a-meeting.txt", "notes-on-a-meeting"),
    ])
    func aFileNameThatSpellsASymbolNamesTheNode(name: String, node: String) {
        let document = Fixtures.document("Recalling resolution 1325 (2000),\n", path: "downloads/\(name)")
        #expect(document.node == node)
        #expect(document.nodeSource == (node.contains("/") ? .fileNameSymbol : .fileName))
    }

    @Test func theTextsOwnSymbolWinsOverTheFileName() {
        let document = Fixtures.document("United Nations S/RES/2446 (2018)\n\nRecalling resolution 1325 (2000),\n", path: "A_RES_80_10.txt")
        #expect(document.node == "S/RES/2446(2018)")
        #expect(document.nodeSource == .text)
    }

    @Test func aSecurityCouncilYearThatContradictsTheNumberingIsUnresolved() {
        let document = Fixtures.document("标题\n\nRecalling its resolution 84 (1993),\n")
        #expect(document.mentions.isEmpty)
        #expect(document.unresolved.map(\.reason) == ["the year does not match the Security Council's numbering (resolution 84 is of 1950)"])
    }

    @Test func aRomanSessionIsNeverTheSecurityCouncils() {
        #expect(Self.cited(Fixtures.document("标题\n\nRecalling resolution 1514 (XV) and resolution 2088 (LXIII),\n"))
            == ["A/RES/1514(XV)", "E/RES/2088(LXIII)"])
    }

    @Test func procedualReferencesAreKeptAsMentionsApart() {
        let document = Fixtures.document(
            "Resolution adopted by the General Assembly on 29 October 2025\n\n[without reference to a Main Committee (A/80/L.6)]\n\n80/4. Necessity of ending the embargo\n\nRecalling its resolution 79/7,\n")
        #expect(document.node == "A/RES/80/4")
        #expect(document.mentions.map(\.target.rawValue) == ["A/80/L.6", "A/RES/79/7"])
        #expect(document.mentions.map(\.relation) == [.procedural, .recalls])
    }
}

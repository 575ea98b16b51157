@testable import CiteGraphCore
import Testing

/// Dates as UN texts write them, and ISO 8601 at the precision written.
@Suite struct DateTextTests {
    @Test(arguments: [
        ("of 10 December 1996,", "1996-12-10"), ("on December 7, 2020", "2020-12-07"), ("in December 1996", "1996-12"),
        ("du 1er décembre 1999", "1999-12-01"), ("de 10 de diciembre de 1996", "1996-12-10"), ("от 25 сентября 2015 года", "2015-09-25"),
        ("大会1996年12月10日第51/45号决议", "1996-12-10"), ("1999年9月", "1999-09"), ("于二零零六年十月十四日通过", "2006-10-14"),
        ("一九九八年六月十二日", "1998-06-12"), ("2004428日安全理事会", "2004-04-28"), ("SESIÓN: 21 DE JUNIO DE 1966", "1966-06-21"),
    ])
    func readsTheDate(text: String, iso: String) {
        #expect(DateText.first(in: Array(text))?.date.description == iso)
    }

    @Test(arguments: ["31 February 2020", "resolution 2231 (2015)", "第2231(2015)号决议", "2004 1 28日", "13 Smarch 2020"])
    func readsNoDateWhereThereIsNone(text: String) {
        #expect(DateText.first(in: Array(text)) == nil)
    }

    @Test func partialDatesRoundTripAndAgreeAsFarAsBothGo() throws {
        for iso in ["1996", "1996-12", "1996-12-10"] { #expect(PartialDate(iso: iso)?.description == iso) }
        for bad in ["96", "1996-13", "1996-02-30", "1996-1-1", "x"] { #expect(PartialDate(iso: bad) == nil) }
        let day = try #require(PartialDate(iso: "1996-12-10")), year = try #require(PartialDate(iso: "1996"))
        #expect(day.agrees(with: year) && year.agrees(with: day))
        #expect(!day.agrees(with: try #require(PartialDate(iso: "1996-12-11"))))
    }

    @Test(arguments: [("A/RES/75/33", "75"), ("A/C.3/75/L.12", "75"), ("A/RES/3263(XXIX)", "29"), ("A/ES-10/509", "ES-10"),
                      ("A/RES/ES-11/6", "ES-11"), ("A/HRC/RES/44/11", "HRC 44"), ("A/BUR/54/1", "54")])
    func symbolsNameTheirSession(symbol: String, session: String) throws {
        #expect(try #require(Symbol(symbol)).session == session)
    }

    @Test func councilAndSecretariatSymbolsNameNoSession() throws {
        #expect(try #require(Symbol("S/RES/2254(2015)")).session == nil)
        #expect(try #require(Symbol("A/520/Rev.1")).session == nil)
    }
}

@testable import CiteGraphCore
import Testing

/// What citing texts say of the documents they cite, on sentences as the Organization writes
/// them, and how the graph keeps a corpus document's own date over them.
@Suite struct StatedMetadataTests {
    static func mention(_ text: String, _ target: String) throws -> Mention {
        try #require(Fixtures.document(text).mentions.first { $0.target.rawValue == target })
    }

    @Test func englishDateAndTitleAfterTheMention() throws {
        let m = try Self.mention("The General Assembly,\nRecalling its resolution 70/1 of 25 September 2015, entitled “Transforming our world: the 2030 Agenda for Sustainable Development”,\n", "A/RES/70/1")
        #expect(m.stated.date?.description == "2015-09-25")
        #expect(m.stated.title == "Transforming our world: the 2030 Agenda for Sustainable Development")
    }

    @Test func eachNumberOfAListHasItsOwnDate() throws {
        let text = "Recalling its resolutions 3263 (XXIX) of 9 December 1974, 3474 (XXX) of 11 December 1975 and 31/71 of 10 December 1976,\n"
        #expect(try Self.mention(text, "A/RES/3474(XXX)").stated.date?.description == "1975-12-11")
        #expect(try Self.mention(text, "A/RES/31/71").stated.date?.description == "1976-12-10")
    }

    @Test func chineseDateAndTitleBeforeTheMention() throws {
        let m = try Self.mention("安全理事会，\n还回顾大会2015年9月25日题为“变革我们的世界：2030年可持续发展议程”的第70/1号决议，\n", "A/RES/70/1")
        #expect(m.stated.date?.description == "2015-09-25")
        #expect(m.stated.title == "变革我们的世界：2030年可持续发展议程")
        let plain = try Self.mention("大会，\n回顾其1996年12月10日第51/45号决议，\n", "A/RES/51/45")
        #expect(plain.stated.date?.description == "1996-12-10")
        #expect(plain.stated.title == nil)
    }

    @Test func aCorpusDocumentKeepsItsOwnDateAndTheConflictIsCounted() throws {
        let own = SourceDocument(path: "a.txt", bytes: Array("United Nations A/RES/70/1\nGeneral Assembly\nResolution adopted by the General Assembly on 25 September 2015\n70/1. Transforming our world\nThe General Assembly,\n".utf8))
        let citing = SourceDocument(path: "b.txt", bytes: Array("United Nations A/RES/71/2\nThe General Assembly,\nRecalling its resolution 70/1 of 26 September 2015, entitled “Transforming our world”,\n".utf8))
        let corpus = CorpusExtraction([own, citing])
        let metadata = CorpusMetadata(corpus)
        #expect(metadata.byNode["A/RES/70/1"]?.date?.description == "2015-09-25")
        #expect(metadata.byNode["A/RES/70/1"]?.title == "Transforming our world")
        #expect(metadata.byNode["A/RES/70/1"]?.source == .text)
        #expect(metadata.dateConflicts == 1)
    }

    @Test func aCitedOnlyDocumentTakesTheCitingTextsTitleElseItsSymbolsYear() throws {
        let citing = SourceDocument(path: "b.txt", bytes: Array("United Nations A/RES/71/2\nThe General Assembly,\nRecalling its resolution 70/1 of 25 September 2015, entitled “Transforming our world”, and resolution 69/313,\n".utf8))
        let metadata = CorpusMetadata(CorpusExtraction([citing]))
        #expect(metadata.byNode["A/RES/70/1"]?.title == "Transforming our world")
        #expect(metadata.byNode["A/RES/70/1"]?.source == .citing)
        #expect(metadata.byNode["A/RES/69/313"]?.date == nil)
        #expect(metadata.byNode["A/RES/69/313"]?.year == 2014)
        #expect(metadata.byNode["A/RES/69/313"]?.session == "69")
        #expect(metadata.byNode["A/RES/69/313"]?.source == .symbol)
        #expect(metadata.dateConflicts == 0)
    }
}

@testable import CiteGraphCore
import Testing

/// English, French, Spanish and Russian citation forms: the noun comes before the numbers.
@Suite struct EnglishExtractionTests {
    @Test(arguments: [
        ("Recalling resolution 77/10,", ["A/RES/77/10"]),
        ("Recalling its resolution 77/10 of 10 November 2022,", ["A/RES/77/10"]),
        ("Recalling General Assembly resolutions 37/4 of 22 October 1982, 38/4 of 28 October 1983 and 77/18 of 21 November 2022,",
         ["A/RES/37/4", "A/RES/38/4", "A/RES/77/18"]),
        ("Recalling Security Council resolutions 1267 (1999), 1989 (2011) and 2253 (2015),",
         ["S/RES/1267(1999)", "S/RES/1989(2011)", "S/RES/2253(2015)"]),
        ("Recalling resolutions 1267 (1999), 1989 (2011), and 2253 (2015),", ["S/RES/1267(1999)", "S/RES/1989(2011)", "S/RES/2253(2015)"]),
        ("Recalling resolution 2250 (2015),", ["S/RES/2250(2015)"]),
        ("Recalling Security Council resolution 2250,", ["S/RES/2250(2015)"]),
        ("Recalling S/RES/2593 (2021),", ["S/RES/2593(2021)"]),
        ("Recalling resolution 217 A (III),", ["A/RES/217(III)"]),
        ("Recalling resolution 3369 (XXX),", ["A/RES/3369(XXX)"]),
        ("Recalling resolution ES-10/23,", ["A/RES/ES-10/23"]),
        ("Recalling Human Rights Council resolution 16/18,", ["A/HRC/RES/16/18"]),
        ("Recalling Human Rights Council resolutions 16/18 and 19/25,", ["A/HRC/RES/16/18", "A/HRC/RES/19/25"]),
        ("Recalling Economic and Social Council resolution 2023/1,", ["E/RES/2023/1"]),
        ("Recalling decision 78/548,", ["A/DEC/78/548"]),
        ("Recalling the statement by its President of 28 October 2013 (S/PRST/2013/16),", ["S/PRST/2013/16"]),
        ("See A/HRC/56/25.", ["A/HRC/56/25"]),
        ("Rappelant sa résolution 77/10 et les résolutions 1267 (1999) et 2253 (2015),",
         ["A/RES/77/10", "S/RES/1267(1999)", "S/RES/2253(2015)"]),
        ("Recordando la resolución 2593 (2021),", ["S/RES/2593(2021)"]),
        ("ссылаясь на резолюцию 2250 (2015) и резолюции 77/10,", ["S/RES/2250(2015)", "A/RES/77/10"]),
        ("Recalling resolution 2250 (2015), 10 members of the Council", ["S/RES/2250(2015)"]),
    ])
    func phrases(text: String, expected: [String]) {
        #expect(Fixtures.targets(text) == expected)
    }

    /// Numbers that are not citations, in English.
    @Test(arguments: [
        "agenda item 130(t)", "paragraph 5", "paras. 3-7", "United Nations, Treaty Series, vol. 1249, No. 20378",
        "p. 15", "in 2015", "8852nd meeting", "Sales No. E.20.I.5", "24-12345 (E)", "5,000 dollars",
        "the draft resolution of 2 May 2023", "resolutions of the Council",
    ])
    func falseFriends(text: String) {
        #expect(Fixtures.targets(text).isEmpty, "\(text)")
    }

    @Test func anAdoptedResolutionsOwnSymbolIsNotACitation() {
        let document = Fixtures.document("United Nations  S/RES/2594 (2021)\n\nThe Security Council,\n\nRecalling resolution 2250 (2015),\n")
        #expect(document.node == "S/RES/2594(2021)")
        #expect(document.mentions.map(\.target.rawValue) == ["S/RES/2250(2015)"])
    }

    @Test func ibidRepeatsThePreviousFootnote() throws {
        let text = "Welcoming the report of the Secretary-General,¹ and the note²\n\n¹ A/79/302-S/2024/600.\n² Ibid.\n"
        let mentions = Fixtures.document(text).mentions
        try #require(mentions.count == 2)
        #expect(mentions.map(\.target.rawValue) == ["A/79/302", "A/79/302"])
        #expect(mentions.map(\.via) == [.footnote, .ibid])
        #expect(mentions[1].text == "Ibid.")
        #expect(mentions.map(\.relation) == [.welcomes, .welcomes])
    }
}

/// The citing act, from the governing verb.
@Suite struct RelationTests {
    @Test(arguments: [
        ("回顾其第 77/10 号决议", Relation.recalls),
        ("重申第 77/10 号决议", .reaffirms),
        ("欢迎秘书长的报告(A/79/302)", .welcomes),
        ("表示注意到安全理事会第 2615 (2021)号决议", .takesNote),
        ("充分支持援助团按照安全理事会第 2777(2025) 号决议的授权开展工作", .pursuantTo),
        ("请秘书长根据第 77/10 号决议提交报告", .pursuantTo),
        ("2. 请秘书长提交 A/79/302 所述报告", .requests),
        ("Recalling its resolution 77/10,", .recalls),
        ("Reaffirming resolution 2250 (2015),", .reaffirms),
        ("Welcoming the report of the Secretary-General (A/79/302),", .welcomes),
        ("Taking note of resolution 2250 (2015),", .takesNote),
        ("Acting under Chapter VII and pursuant to resolution 2250 (2015),", .pursuantTo),
        ("1. Requests the Secretary-General to implement resolution 77/10;", .implements),
        ("Decides to remain seized; see A/79/302.", .cites),
    ])
    func theNearestVerbGoverns(text: String, relation: Relation) throws {
        let mention = try #require(Fixtures.document("标题\n\n" + text).mentions.first)
        #expect(mention.relation == relation)
    }

    @Test func oneVerbGovernsAWholeList() {
        let list = (1...60).map { "第 \($0)/1 号" }.joined(separator: "、") + "决议"
        let relations = Set(Fixtures.document("标题\n\n回顾其" + list).mentions.map(\.relation))
        #expect(relations == [.recalls])
    }

    @Test func edgesKeepTheirRelationsAndExportCarriesThem() throws {
        let corpus = CorpusExtraction([SourceDocument(path: "d.txt", bytes: Array("标题\n\n回顾第 77/10 号决议；\n\n根据第 77/10 号决议，\n".utf8))])
        let graph = CitationGraph(corpus)
        let edge = try #require(graph.edges.first)
        #expect(edge.weight == 2)
        #expect(edge.relations.relations == [.recalls, .pursuantTo])
        #expect(ExportFormatter.format(graph, as: .json).contains(#""relations": ["recalls", "pursuant_to"]"#))
    }
}

/// Mentions that look like citations but do not say which document they cite.
@Suite struct UnresolvedTests {
    @Test(arguments: [
        ("又回顾安全理事会所有相关决议，以及安理会主席关于阿富汗局势的声明，", "安理会主席关于阿富汗局势的声明"),
        ("Recalling the statements by the President of the Security Council on Afghanistan,", "statements by the President"),
    ])
    func statementsWithoutSymbolAreListedNotGuessed(text: String, written: String) {
        let document = Fixtures.document("标题\n\n" + text)
        #expect(document.mentions.isEmpty)
        #expect(document.unresolved.map(\.text) == [written])
    }

    @Test(arguments: [
        "安全理事会主席 2013 年 10 月 28 日的声明(S/PRST/2013/16)",
        "Welcoming the statement by its President of 28 October 2013 (S/PRST/2013/16),",
        "通过的安理会主席声明，⁴其中\n\n⁴ S/PRST/2013/16。",
    ])
    func statementsWithTheirSymbolAreResolved(text: String) {
        let document = Fixtures.document("标题\n\n" + text)
        #expect(document.unresolved.isEmpty)
        #expect(document.mentions.map(\.target.rawValue) == ["S/PRST/2013/16"])
    }
}

@testable import CiteGraphCore
import Testing

/// Each Chinese citation form the seeds use, and the false friends around them.
@Suite struct ChineseExtractionTests {
    /// (A phrase alone on a document's first line is that document's own title, so each
    /// example here begins with a verb, as citations do.)
    @Test(arguments: [
        ("回顾其 2022 年 11 月 10 日第 77/10 号决议", ["A/RES/77/10"]),
        ("2013年12月18日第68/127号决议、2015年12月10日第70/109号决议", ["A/RES/68/127", "A/RES/70/109"]),
        ("回顾其第 37/4 号、1983 年 10 月 28 日第 38/4 号和 2022 年 11 月 21 日第 77/18 号决议", ["A/RES/37/4", "A/RES/38/4", "A/RES/77/18"]),
        ("又回顾其 1975 年 10 月 10 日第 3369(XXX)号决议", ["A/RES/3369(XXX)"]),
        ("² 第 217 A (III)号决议。", ["A/RES/217(III)"]),
        ("2024 年 5 月 10 日大会 ES-10/23 号决议的规定", ["A/RES/ES-10/23"]),
        ("回顾第 49/35 A 号决议", ["A/RES/49/35"]),
        ("回顾第 37/457 号决定", ["A/DEC/37/457"]),
        ("回顾第 2593(2021) 号决议", ["S/RES/2593(2021)"]),
        ("回顾第 2615 (2021)号决议", ["S/RES/2615(2021)"]),
        ("回顾第 [2593\\(2021\\)](#) 号决议", ["S/RES/2593(2021)"]),
        ("回顾第 [2615 \\(2021\\)](#)号决议", ["S/RES/2615(2021)"]),
        ("第 [1267\\(1999\\)](#)、[1989\\(2011\\)](#) 和 [2253\\(2015\\)](#) 号决议所设委员会",
         ["S/RES/1267(1999)", "S/RES/1989(2011)", "S/RES/2253(2015)"]),
        ("第 1267(1999)、1989(2011) 和 2253(2015) 号决议", ["S/RES/1267(1999)", "S/RES/1989(2011)", "S/RES/2253(2015)"]),
        ("安全理事会第 242(1967)和 338(1973)号决议", ["S/RES/242(1967)", "S/RES/338(1973)"]),
        ("2021 年 8 月 30 日第 2593(2021) 号、2023 年 4 月 27 日第 2681(2023) 号决议", ["S/RES/2593(2021)", "S/RES/2681(2023)"]),
        ("关于青年与和平与安全的第2250号决议", ["S/RES/2250(2015)"]),
        ("2011 年 3 月 24 日人权理事会通过的第 16/18 号决议", ["A/HRC/RES/16/18"]),
        ("经济及社会理事会第 2023/1 号决议", ["E/RES/2023/1"]),
        ("回顾第２５９３（２０２１）号决议", ["S/RES/2593(2021)"]),
    ])
    func resolutionPhrases(text: String, expected: [String]) {
        #expect(Fixtures.targets(text) == expected)
    }

    @Test(arguments: [
        ("¹ [S/2023/856](#)。", ["S/2023/856"]),
        ("³ 见 A/HRC/56/25。", ["A/HRC/56/25"]),
        ("⁴ S/PRST/2013/16；见《安全理事会决议及决定》(S/INF/69)。", ["S/PRST/2013/16", "S/INF/69"]),
        ("³ 见 S/PV.7813。", ["S/PV.7813"]),
        ("⁶ 见《大会正式记录，第六十六届会议，补编第 53 号》(A/66/53)，第二章，A 节。", ["A/66/53"]),
        ("² A/79/302-S/2024/600。", ["A/79/302"]),
    ])
    func documentSymbols(text: String, expected: [String]) {
        #expect(Fixtures.targets(text) == expected)
    }

    /// Numbers that are not citations of UN documents.
    @Test(arguments: [
        "议程项目 130(t)",
        "议程项目 125(b)",
        "21-05318 (C)    030521    030521",
        "安全理事会 2021 年 9 月 9 日第 8852 次会议通过",
        "⁴ 联合国，《条约汇编》，第 1249 卷，第 20378 号。",
        "⁵ 同上，第 1577 卷、第 2171 卷、第 2173 卷、第 2983 卷第 27531 号。",
        "第 1 至 5 段",
        "第2255(2015)号决议第1(a)段" /* only the resolution */,
        "在 10 个优先合作领域",
        "2016 年 11 月 17 日",
    ])
    func falseFriends(text: String) {
        let targets = Fixtures.targets(text)
        #expect(targets == (text.hasPrefix("第2255") ? ["S/RES/2255(2015)"] : []))
    }

    @Test func theBodyNamedInTheClauseGovernsTheNumber() {
        #expect(Fixtures.targets("回顾大会第 77/18 号决议") == ["A/RES/77/18"])
        #expect(Fixtures.targets("人权理事会第 16/18 号和第 19/25 号决议") == ["A/HRC/RES/16/18", "A/HRC/RES/19/25"])
        // A Council named in an earlier clause does not reach past the comma.
        #expect(Fixtures.targets("回顾人权理事会的工作，又回顾第 77/10 号决议") == ["A/RES/77/10"])
    }

    @Test func aBareNumberInAnAssemblySentenceIsNotGuessed() {
        let document = Fixtures.document("回顾大会第 181 号决议")
        #expect(document.mentions.isEmpty)
        #expect(document.unresolved.map(\.text) == ["第 181 号决议"])
    }

    @Test func ownSymbolsNameTheNodeAndAreNotCitations() {
        let letter = Fixtures.document(" 联 合 国   A/75/860–S/2021/387 \n\n谨提及第 59/50 号决议。\n")
        #expect(letter.node == "A/75/860")
        #expect(letter.ownSymbols.map(\.rawValue) == ["A/75/860", "S/2021/387"])
        #expect(letter.mentions.map(\.target.rawValue) == ["A/RES/59/50"])

        let resolution = Fixtures.document("\n\n第 2594(2021)号决议\n\n安全理事会，\n\n回顾第2250号决议，\n")
        #expect(resolution.node == "S/RES/2594(2021)")
        #expect(resolution.mentions.map(\.target.rawValue) == ["S/RES/2250(2015)"])

        let unnamed = Fixtures.document("大会，\n\n回顾第 77/10 号决议\n", path: "corpus/draft-1.txt")
        #expect(unnamed.node == "draft-1")
    }

    @Test func mentionsReportLineColumnTextAndVia() throws {
        let text = "标题\n\n回顾其第 [77/10](#) 号决议和独立评估¹\n\n¹ [S/2023/856](#)。\n² 同上。\n"
        let mentions = Fixtures.document(text).mentions
        try #require(mentions.count == 3)
        #expect(mentions[0].line == 3)
        #expect(mentions[0].column == 4)
        #expect(mentions[0].text == "第 [77/10](#) 号决议")
        #expect(mentions[0].via == .inline)
        #expect(mentions[1].target.rawValue == "S/2023/856")
        #expect(mentions[1].via == .footnote)
        #expect(mentions[1].line == 5)
        #expect(mentions[2].target.rawValue == "S/2023/856")
        #expect(mentions[2].via == .ibid)
        #expect(mentions[2].line == 6)
    }
}

@testable import CiteGraphCore
import Testing

/// Each mention's evidence: its paragraph's number and kind, the cue word, the pinpoint, its
/// context and offsets, on a resolution laid out as the Organization's PDFs give it.
@Suite struct EvidenceTests {
    static let resolution = """
        United Nations A/RES/77/200
        General Assembly
        77/200. Report of the Human Rights Council
        The General Assembly,
        Recalling its resolutions 60/251 of 15 March 2006, by which it established the Human Rights Council, and 65/281 of 17 June 2011,

        Bearing in mind paragraph 5 of resolution 2231 (2015),

        1. Takes note of the report of the Human Rights Council (A/77/53);

        2. Decides to act in accordance with resolution 60/1, paragraph 138, and with resolution 36/87 B;

        """

    static let document = Fixtures.document(resolution)

    static func mention(_ target: String) throws -> Mention {
        try #require(document.mentions.first { $0.target.rawValue == target })
    }

    @Test func preambularParagraphsAreCountedAndOperativeOnesNumbered() throws {
        let first = try Self.mention("A/RES/60/251").evidence
        #expect(first.paragraphKind == .preambular && first.paragraph == 1)
        let second = try Self.mention("S/RES/2231(2015)").evidence
        #expect(second.paragraphKind == .preambular && second.paragraph == 2)
        let operative = try Self.mention("A/77/53").evidence
        #expect(operative.paragraphKind == .operative && operative.paragraph == 1)
        #expect(try Self.mention("A/RES/60/1").evidence.paragraph == 2)
    }

    @Test func theCueIsTheVerbAsWritten() throws {
        #expect(try Self.mention("A/RES/60/251").evidence.cue == "Recalling")
        #expect(try Self.mention("S/RES/2231(2015)").evidence.cue == "Bearing in mind")
        #expect(try Self.mention("A/77/53").evidence.cue == "Takes note")
        #expect(try Self.mention("A/RES/60/1").evidence.cue == "in accordance with")
    }

    @Test func pinpointsBeforeAndAfterTheMention() throws {
        #expect(try Self.mention("S/RES/2231(2015)").evidence.pinpoint == "paragraph 5")
        #expect(try Self.mention("A/RES/60/1").evidence.pinpoint == "paragraph 138")
        #expect(try Self.mention("A/RES/60/251").evidence.pinpoint == nil)
    }

    @Test func offsetsSliceTheMentionAndTheContextHoldsIt() throws {
        let bytes = Array(Self.resolution.utf8)
        for mention in Self.document.mentions {
            let evidence = mention.evidence
            #expect(String(decoding: bytes[evidence.start..<evidence.end], as: UTF8.self) == mention.text)
            #expect(evidence.context.contains(mention.text))
            #expect(evidence.context.count <= MentionContext.maximumLength)
        }
    }

    @Test func aLongParagraphIsCutAtWordsWithEllipses() throws {
        let filler = Array(repeating: "and all its previous relevant resolutions on the question", count: 12).joined(separator: " ")
        let text = "The General Assembly,\nRecalling \(filler), resolution 70/1 of 25 September 2015, \(filler),\n"
        let mention = try #require(Fixtures.document(text).mentions.first)
        let context = mention.evidence.context
        #expect(context.count <= MentionContext.maximumLength)
        #expect(context.hasPrefix("…") && context.hasSuffix("…"))
        #expect(context.contains("resolution 70/1"))
        #expect(!context.dropFirst().hasPrefix(" "))
    }

    @Test func chineseResolutionsRunIntoOneLine() throws {
        let text = "52/12. 革新联合国：改革方案 A 大会，回顾其1996年5月24日第50/227号决议，欢迎秘书长的报告， 1. 赞扬秘书长的努力； 2. 决定继续审议第51/241号决议第5段。"
        let document = Fixtures.document(text)
        let first = try #require(document.mentions.first { $0.target.rawValue == "A/RES/50/227" }).evidence
        #expect(first.paragraphKind == .preambular && first.paragraph == 1 && first.cue == "回顾")
        let last = try #require(document.mentions.first { $0.target.rawValue == "A/RES/51/241" }).evidence
        #expect(last.paragraphKind == .operative && last.paragraph == 2 && last.pinpoint == "第5段")
    }
}

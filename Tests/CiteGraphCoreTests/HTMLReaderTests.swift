import CiteGraphCore
import Foundation
import Testing

/// Web pages give the citations of the text they show.
@Suite struct HTMLReaderTests {
    /// A corpus document as a web page: one `<p>` per line, footnote markers as `<sup>`, and
    /// navigation, script and style holding symbols that are not the document's.
    static func page(_ text: String, lang: String) -> String {
        let superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹"
        let paragraphs = text.split(separator: "\n").map { line -> String in
            var html = ""
            var sup = ""
            for character in line {
                if let digit = superscripts.firstIndex(of: character) {
                    sup += String(superscripts.distance(from: superscripts.startIndex, to: digit))
                    continue
                }
                if !sup.isEmpty {
                    html += "<sup><a href=\"#fn\(sup)\">\(sup)</a></sup>"
                    sup = ""
                }
                switch character {
                case "&": html += "&amp;"
                case "<": html += "&lt;"
                case ">": html += "&gt;"
                default: html.append(character)
                }
            }
            if !sup.isEmpty { html += "<sup>\(sup)</sup>" }
            return "<p>\(html)</p>"
        }
        return """
            <!DOCTYPE html>
            <html lang="\(lang)"><head><title>S/2099/1</title><style>p::before { content: "A/RES/99/98" }</style></head>
            <body><nav><ul><li><a href="/">A/RES/99/99</a></li></ul></nav>
            <script>const other = "S/RES/9999(2099)";</script>
            \(paragraphs.joined(separator: "\n"))
            </body></html>
            """
    }

    /// Citations without their position (lines differ: each paragraph is one).
    static func citations(_ document: DocumentExtraction) -> [String] {
        document.mentions.map { "\($0.target) \($0.alias?.rawValue ?? "-") \($0.via) \($0.relation) \($0.text)" }
    }

    @Test(arguments: ["zh-01-afghanistan-draft", "zh-14-udhr-draft", "zh-30-afghanistan-sg-report", "en-07-somalia-res2713",
                      "en-22-afghanistan-sg-report", "en-11-udhr-third-committee-draft"])
    func aPageGivesTheCitationsOfItsText(document: String) throws {
        let original = Fixtures.url("corpus/\(document).txt")
        let expected = try Converted.extract(original.path)
        try #require(!expected.mentions.isEmpty)
        let text = try String(contentsOf: original, encoding: .utf8)
        let lang = document.hasPrefix("zh") ? "zh-CN" : "en"
        try Converted.withFolder { folder in
            let file = folder.appendingPathComponent("\(document).html")
            try Data(Self.page(text, lang: lang).utf8).write(to: file)
            let read = try #require(try CorpusReader.read([file.path]).first)
            #expect(read.origin.format == .html)
            #expect(read.origin.language == lang)
            let found = CitationExtractor.extract(read)
            #expect(Self.citations(found) == Self.citations(expected))
            #expect(found.ownSymbols == expected.ownSymbols)
            // Each mention's line is in a numbered paragraph.
            #expect(found.mentions.allSatisfy { read.origin.region(atLine: $0.line)?.paragraph != nil })
        }
    }

    @Test func textWithoutTagsScriptsStylesOrNavigation() throws {
        let html = """
            <html lang="en"><head><title>T</title><script>x = "A/1"</script></head><body>
            <nav>Home</nav><div role="navigation">Menu</div>
            <h1>Resolution&nbsp;2250 (2015)</h1>
            <p>Recalling its <i>resolution</i>
               2250 (2015)<sup>1</sup>,</p><noscript>Enable scripts</noscript>
            <div class="footnotes"><ol start="1"><li>See S/2015/1.</li></ol></div>
            </body></html>
            """
        try Converted.withFolder { folder in
            let file = folder.appendingPathComponent("page.htm")
            try Data(html.utf8).write(to: file)
            let read = try #require(try CorpusReader.read([file.path]).first)
            #expect(String(decoding: read.bytes, as: UTF8.self)
                == "Resolution\u{A0}2250 (2015)\n\nRecalling its resolution 2250 (2015)¹,\n\n¹ See S/2015/1.")
            #expect(read.origin.regions == [TextRegion(line: 1, paragraph: 1), TextRegion(line: 3, paragraph: 2),
                                            TextRegion(line: 5, paragraph: 3)])
        }
    }

    /// A page saved by Word: markers and notes are links to each other, numbers in brackets.
    @Test func wordsHTMLFootnotesAreFollowed() throws {
        let html = """
            <html lang="en"><body><div class="WordSection1">
            <p class="MsoNormal">Recalling the Universal Declaration of Human Rights,<a href="#_ftn1" name="_ftnref1">\
            <span class="MsoFootnoteReference">[1]</span></a></p></div>
            <div style="mso-element:footnote-list"><div style="mso-element:footnote" id="ftn1">
            <p class="MsoFootnoteText"><a href="#_ftnref1" name="_ftn1"><span class="MsoFootnoteReference">[1]</span></a> Resolution 217 A (III).</p>
            </div></div></body></html>
            """
        try Converted.withFolder { folder in
            let file = folder.appendingPathComponent("word.htm")
            try Data(html.utf8).write(to: file)
            let read = try #require(try CorpusReader.read([file.path]).first)
            #expect(String(decoding: read.bytes, as: UTF8.self)
                == "Recalling the Universal Declaration of Human Rights,¹\n\n¹ Resolution 217 A (III).")
            #expect(CitationExtractor.extract(read).mentions.map { "\($0.target) \($0.via)" } == ["A/RES/217(III) footnote"])
        }
    }

    @Test func aPageInGB18030ReadsLikeItsUTF8() throws {
        let html = "<html lang=\"zh\"><head><meta charset=\"gb2312\"></head><body><p>回顾第 77/10 号决议</p></body></html>"
        try Converted.withFolder { folder in
            let file = folder.appendingPathComponent("gb.html")
            try Converted.bytes(Data(html.utf8), to: "GB18030").write(to: file)
            let read = try #require(try CorpusReader.read([file.path]).first)
            #expect(read.origin.encoding == .gb18030)
            #expect(String(decoding: read.bytes, as: UTF8.self) == "回顾第 77/10 号决议")
        }
    }
}

/// Web pages (`.html`, `.htm`): the text a reader sees, one paragraph per block, without
/// tags, scripts, styles or navigation. Footnote markers (`<sup>1</sup>`) become superscript
/// digits and each note of a footnote list starts with its number in superscript, the way
/// the extractor ties markers to notes. The language comes from the `lang` attribute.
enum HTMLReader {
    static func read(_ file: CorpusFile, settings: ReadSettings) throws(CorpusError) -> SourceDocument {
        let path = file.path.display
        let bytes = try CorpusReader.bytes(of: file, settings: settings)
        let (html, encoding) = try CorpusReader.text(of: bytes, path: path)
        guard let events = HTMLTree.parse(html) else {
            throw CorpusError.malformed(path, format: "HTML", reason: "libxml2 made no document of it")
        }
        var page = PageText()
        for event in events { page.take(event) }
        page.endParagraph()
        var document = SourceDocument(path: path, bytes: Array(page.text.utf8))
        document.origin.format = .html
        document.origin.encoding = encoding
        document.origin.language = page.language
        document.origin.regions = page.regions
        return document
    }
}

/// The text of a page, built from its events.
private struct PageText {
    private(set) var text = ""
    private(set) var regions: [TextRegion] = []
    private(set) var language: String?
    private var paragraph = ""
    private var line = 1
    private var elements: [Element] = []
    /// Inside a skipped element (script, nav, …): how many elements deep.
    private var skipped = 0
    /// The text of the `<sup>` being read, if any.
    private var superscript: String?
    /// How deep the element that started `superscript` is, so it ends with that element.
    private var superscriptDepth = 0
    /// The superscript number that starts the next note of a footnote list.
    private var notePrefix: String?

    private struct Element {
        let name: String
        let isBlock: Bool
        let isFootnoteList: Bool
        var items: Int
    }

    /// Elements whose text is not the document's.
    static let skippedElements: Set<String> = [
        "head", "script", "style", "noscript", "template", "nav", "svg", "math", "button", "select", "form", "iframe", "object",
    ]
    /// Elements that start and end a paragraph.
    static let blocks: Set<String> = [
        "p", "div", "li", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "table", "ul", "ol", "dl",
        "blockquote", "section", "article", "aside", "header", "footer", "main", "pre", "hr", "br", "caption",
        "figcaption", "figure", "address", "center", "body", "html",
    ]

    mutating func take(_ event: HTMLTree.Event) {
        switch event {
        case let .open(name, attributes):
            if skipped > 0 || Self.skippedElements.contains(name) || attributes["role"] == "navigation"
                || attributes["aria-hidden"] == "true" || attributes["hidden"] != nil {
                skipped += 1
                elements.append(Element(name: name, isBlock: false, isFootnoteList: false, items: 0))
                return
            }
            if language == nil, name == "html" || name == "body", let lang = attributes["lang"] ?? attributes["xml:lang"],
               !lang.isEmpty {
                language = lang
            }
            let isBlock = Self.blocks.contains(name)
            if isBlock { endParagraph() }
            if name == "li", let index = elements.lastIndex(where: { $0.name == "ol" || $0.name == "ul" }),
               elements[index].isFootnoteList {
                elements[index].items += 1
                notePrefix = Self.superscriptDigits(elements[index].items)
            }
            // A marker: <sup>1</sup>, or a link to a note as Word's HTML writes it
            // (<a href="#_ftn1">[1]</a>) and its way back from the note (#_ftnref1).
            if superscript == nil, name == "sup" || (name == "a" && Self.isNoteLink(attributes["href"])) {
                superscript = ""
                superscriptDepth = elements.count + 1
            }
            var start = 0
            if name == "ol", let value = attributes["start"], let first = Int(value) { start = first - 1 }
            let isNotes = (name == "ol" || name == "ul") && (isFootnoteArea(attributes) || elements.contains { $0.isFootnoteList })
            elements.append(Element(name: name, isBlock: isBlock, isFootnoteList: isNotes || isFootnoteArea(attributes),
                                    items: start))
        case let .text(content):
            guard skipped == 0 else { return }
            if superscript != nil {
                superscript? += content
            } else {
                append(content)
            }
        case .close:
            guard let element = elements.popLast() else { return }
            if skipped > 0 {
                skipped -= 1
                return
            }
            if elements.count + 1 == superscriptDepth, let sup = superscript {
                superscript = nil
                let trimmed = sup.trimming(" \t\n[]()")
                if let number = Int(trimmed), number >= 0, trimmed.count <= 4 {
                    if paragraph.isEmpty, notePrefix != nil { notePrefix = nil }  // the note writes its own number
                    append(Self.superscriptDigits(number), raw: true)
                } else {
                    append(sup)
                }
            }
            if element.isBlock { endParagraph() }
        }
    }

    /// `#_ftn1`, `#_edn2`, `#_ftnref1`, `#fn3`, `#fnref3`: a link between a marker and its note.
    static func isNoteLink(_ href: String?) -> Bool {
        guard let href, href.hasPrefix("#") else { return false }
        let name = href.dropFirst().lowercased().drop { $0 == "_" }
        return ["ftn", "edn", "fn", "footnote", "endnote"].contains { name.hasPrefix($0) } && name.last?.isNumber == true
    }

    /// An element that holds the footnotes (`class="footnotes"`, `id="endnotes"`, pandoc's
    /// and Word's HTML, `role="doc-endnotes"`).
    private func isFootnoteArea(_ attributes: [String: String]) -> Bool {
        let words = [attributes["class"], attributes["id"], attributes["role"], attributes["epub:type"]]
            .compactMap { $0?.lowercased() }
        return words.contains { $0.contains("footnote") || $0.contains("endnote") }
    }

    /// Adds text to the paragraph, with HTML's white space rules: runs of white space are
    /// one space (except in `<pre>`), none at the paragraph's start.
    private mutating func append(_ content: String, raw: Bool = false) {
        let preformatted = elements.contains { $0.name == "pre" }
        var piece = ""
        for character in content {
            if character.isWhitespace, character != "\u{A0}", !preformatted {
                if !(piece.last == " " || (piece.isEmpty && (paragraph.isEmpty || paragraph.last == " "))) { piece.append(" ") }
            } else if character == "\n" {
                piece.append(" ")
            } else {
                piece.append(character)
            }
        }
        guard !piece.isEmpty, piece != " " || !paragraph.isEmpty else { return }
        if let prefix = notePrefix, !raw || !paragraph.isEmpty {
            paragraph += prefix + " "
            notePrefix = nil
        }
        paragraph += piece
    }

    mutating func endParagraph() {
        let finished = paragraph.trimming(" ")
        paragraph = ""
        guard !finished.isEmpty else { return }
        if !text.isEmpty {
            text += "\n\n"
            line += 2
        }
        regions.append(TextRegion(line: line, paragraph: regions.count + 1))
        text += finished
    }

    static func superscriptDigits(_ number: Int) -> String {
        let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        return String(String(number).compactMap { $0.wholeNumberValue.map { digits[$0] } })
    }
}


import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The text of a WordprocessingML part (`word/document.xml`, `footnotes.xml`, a header), read
/// with Foundation's XMLParser: one string per paragraph, footnote and endnote references
/// where they stand, deleted text and field codes left out.
final class WordParagraphs: NSObject, XMLParserDelegate {
    /// A paragraph's text; `\u{0}N\u{0}` marks a reference to note N (a footnote `f`, an
    /// endnote `e` before the number), replaced by its number once all are known.
    private(set) var paragraphs: [String] = []
    /// For footnotes.xml and endnotes.xml: each note's paragraphs, by id.
    private(set) var notes: [(id: String, text: String)] = []

    private var paragraph: String?
    private var inText = false
    private var skipping = 0
    private var superscript = false
    private var noteID: String?
    private var noteText: [String] = []

    static func parse(_ xml: Data) -> WordParagraphs? {
        guard let cleaned = XMLInput.cleaned([UInt8](xml)) else { return nil }
        let reader = WordParagraphs()
        let parser = XMLParser(data: cleaned)
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = reader
        return parser.parse() ? reader : nil
    }

    /// The element's name without its prefix: `w:p` → `p`.
    private static func local(_ name: String) -> Substring {
        name.split(separator: ":").last ?? Substring(name)
    }

    private static func attribute(_ attributes: [String: String], _ name: String) -> String? {
        attributes.first { local($0.key) == Substring(name) }?.value
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        let element = Self.local(name)
        if skipping > 0 {
            skipping += 1
            return
        }
        switch element {
        // Deleted text, field instructions and what Word shows instead of a picture.
        case "del", "instrText", "delInstrText", "fldData", "drawing", "pict", "object":
            skipping = 1
        case "footnote", "endnote":
            noteID = Self.attribute(attributes, "id")
            noteText = []
        case "p": paragraph = ""
        case "t": inText = true
        case "tab": paragraph? += "\t"
        case "br", "cr": paragraph? += "\n"
        case "noBreakHyphen": paragraph? += "-"
        case "vertAlign": superscript = Self.attribute(attributes, "val") == "superscript"
        case "r": superscript = false
        case "footnoteReference", "endnoteReference":
            if let id = Self.attribute(attributes, "id") {
                paragraph? += "\u{0}" + (element == "footnoteReference" ? "f" : "e") + id + "\u{0}"
            }
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard skipping == 0, inText else { return }
        // Digits typed in superscript are footnote markers written by hand.
        if superscript, !string.isEmpty, string.allSatisfy({ $0.isASCII && $0.isNumber }) {
            paragraph? += PDFLayout.superscript(string)
        } else {
            paragraph? += string
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if skipping > 0 {
            skipping -= 1
            return
        }
        switch Self.local(name) {
        case "t": inText = false
        case "p":
            if let finished = paragraph {
                if noteID != nil { noteText.append(finished) } else { paragraphs.append(finished) }
            }
            paragraph = nil
        case "footnote", "endnote":
            if let id = noteID { notes.append((id, noteText.joined(separator: " "))) }
            noteID = nil
        default: break
        }
    }
}

/// `docProps/custom.xml`: the document's custom properties, where UN Word files keep their
/// symbol (`Symbol1`, `Symbol2`).
final class WordProperties: NSObject, XMLParserDelegate {
    private(set) var values: [String: String] = [:]
    private var name: String?
    private var value = ""

    static func parse(_ xml: Data) -> [String: String] {
        guard let cleaned = XMLInput.cleaned([UInt8](xml)) else { return [:] }
        let reader = WordProperties()
        let parser = XMLParser(data: cleaned)
        parser.shouldResolveExternalEntities = false
        parser.delegate = reader
        _ = parser.parse()
        return reader.values
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if name.hasSuffix("property") {
            self.name = attributes["name"]
            value = ""
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if name != nil { value += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name.hasSuffix("property"), let key = self.name {
            values[key] = value.trimming(" \n\t")
            self.name = nil
        }
    }
}

import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A PDF's pages as `pdftohtml -xml` describes them: each piece of text with its box and
/// font size, and the links it carries.
struct PDFPage {
    let number: Int
    let width: Double
    let height: Double
    var pieces: [Piece] = []

    /// One run of text in one font, as poppler gives it (usually a line or part of one).
    struct Piece {
        let top: Double
        let left: Double
        let width: Double
        let height: Double
        let fontSize: Double
        var text: String
        var links: [String]

        var right: Double { left + width }
        var bottom: Double { top + height }
    }
}

/// Reads `pdftohtml -xml` output with Foundation's XMLParser.
enum PDFPages {
    /// The pages, or `nil` when the XML is not well-formed (never a part of the document).
    static func parse(_ xml: [UInt8]) -> [PDFPage]? {
        // poppler copies control characters from broken PDFs into its XML, which XML forbids.
        let cleaned = xml.map { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D ? 0x20 : $0 }
        guard let data = XMLInput.cleaned(cleaned) else { return nil }
        let parser = XMLParser(data: data)
        let reader = Reader()
        parser.delegate = reader
        parser.shouldResolveExternalEntities = false
        return parser.parse() ? reader.pages : nil
    }

    private final class Reader: NSObject, XMLParserDelegate {
        var pages: [PDFPage] = []
        private var fontSizes: [String: Double] = [:]
        private var piece: PDFPage.Piece?

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            switch name {
            case "page":
                pages.append(PDFPage(number: Int(attributes["number"] ?? "") ?? pages.count + 1,
                                     width: Double(attributes["width"] ?? "") ?? 1,
                                     height: Double(attributes["height"] ?? "") ?? 1))
            case "fontspec":
                if let id = attributes["id"], let size = Double(attributes["size"] ?? "") { fontSizes[id] = size }
            case "text":
                let number = { (key: String) in Double(attributes[key] ?? "") ?? 0 }
                piece = PDFPage.Piece(top: number("top"), left: number("left"), width: number("width"),
                                      height: number("height"), fontSize: fontSizes[attributes["font"] ?? ""] ?? 0,
                                      text: "", links: [])
            case "a":
                if let href = attributes["href"] { piece?.links.append(href) }
            default:
                break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            piece?.text += string
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            guard name == "text", let finished = piece else { return }
            piece = nil
            guard !pages.isEmpty, !finished.text.allSatisfy(\.isWhitespace) else { return }
            pages[pages.count - 1].pieces.append(finished)
        }
    }
}

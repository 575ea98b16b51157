import Foundation

/// A report as a list of blocks, written out as Markdown or HTML: the content is built once
/// and each format only decides how a block looks.
struct ReportDocument {
    /// A piece of running text: plain, or a document's id, which HTML links to the place the
    /// report describes that document.
    enum Span {
        case text(String)
        case document(String)
    }

    typealias Inline = [Span]

    struct Table {
        var headers: [String]
        /// Each row, with the id of the document it describes when it is that document's place
        /// in the report (the target of the links to it).
        var rows: [(anchor: String?, cells: [Inline])]
        /// Columns right-aligned and sorted as numbers.
        var numeric: Set<Int>
    }

    enum Block {
        /// A heading; level-2 headings are listed in the table of contents.
        case heading(level: Int, text: String, anchor: String)
        /// The heading of one document's section, its place in the report.
        case documentHeading(id: String, title: String?)
        case paragraph(Inline)
        case table(Table)
        case list([Inline])
        /// An SVG picture, embedded (HTML) or linked as a file beside the report (Markdown).
        case picture(svg: String?, file: String?)
        /// Bars of counts by label, drawn as inline SVG (HTML) or listed as a table (Markdown).
        case barChart(title: String, bars: [(label: String, count: Int)])
    }

    var title: String
    var language: ReportLanguage
    /// The language of undocs.org's links: the corpus's.
    var linkLanguage: String
    /// Lines of the header: version and date, command, filters.
    var header: [String] = []
    var blocks: [Block] = []

    mutating func add(_ block: Block) { blocks.append(block) }

    // MARK: Markdown

    /// Every text is escaped (it holds file names and quoted mentions): none becomes markup.
    var markdown: String {
        var out = "# \(Markdown.escape(title))\n"
        if !header.isEmpty { out += "\n" + header.map { Markdown.escape($0, startsBlock: true) }.joined(separator: "  \n") + "\n" }
        func inline(_ spans: Inline, startsBlock: Bool = false) -> String {
            let text = spans.map { span in
                switch span {
                case let .text(s): s
                case let .document(id): id
                }
            }.joined()
            return Markdown.escape(text, startsBlock: startsBlock)
        }
        for block in blocks {
            // A picture not written to a file has no place in Markdown.
            if case .picture(_, nil) = block { continue }
            out += "\n"
            switch block {
            case let .heading(level, text, _):
                out += String(repeating: "#", count: level) + " " + Markdown.escape(text) + "\n"
            case let .documentHeading(id, title):
                out += "### " + Markdown.escape(id) + (title.map { " — " + Markdown.escape($0) } ?? "") + "\n"
            case let .paragraph(spans):
                out += inline(spans, startsBlock: true) + "\n"
            case let .table(table):
                out += Self.markdownTable(table.headers, table.rows.map { $0.cells.map { inline($0) } }, numeric: table.numeric)
            case let .list(items):
                for item in items { out += "- " + inline(item, startsBlock: true) + "\n" }
            case let .picture(_, file):
                if let file { out += "![\(Markdown.escape(title))](\(Self.markdownLink(file)))\n" }
            case let .barChart(chartTitle, bars):
                out += Markdown.escape(chartTitle, startsBlock: true) + "\n\n"
                out += Self.markdownTable(["", ""], bars.map { [Markdown.escape($0.label), String($0.count)] }, numeric: [1])
            }
        }
        return out
    }

    /// A Markdown table of cells already escaped.
    private static func markdownTable(_ headers: [String], _ rows: [[String]], numeric: Set<Int>) -> String {
        func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |\n" }
        var out = row(headers.map { Markdown.escape($0) })
        out += "|" + headers.indices.map { numeric.contains($0) ? " ---: |" : " --- |" }.joined() + "\n"
        for cells in rows { out += row(cells) }
        return out
    }

    /// A relative file name as a Markdown link target: spaces and brackets percent-encoded.
    private static func markdownLink(_ file: String) -> String {
        file.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "()"))) ?? file
    }

    // MARK: HTML

    /// Text for HTML: control characters shown escaped, then XML-escaped.
    static func text(_ s: String) -> String { XML.escape(VisibleText.escape(s)) }

    /// The `id` of a document's place: `d-` and the id, with what an HTML id cannot hold
    /// (white space, control characters) and `%` percent-encoded.
    static func anchor(_ id: String) -> String {
        var out = "d-"
        for scalar in id.unicodeScalars {
            if scalar.value <= 0x20 || scalar == "%" || scalar.value == 0x7F {
                out += String(format: "%%%02X", scalar.value)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A link to `anchor`: its `%` percent-encoded once more, since the browser decodes the
    /// fragment before it looks for the id; characters a URL cannot carry encoded.
    static func fragment(_ anchor: String) -> String {
        "#" + (anchor.addingPercentEncoding(withAllowedCharacters: .urlFragmentAllowed) ?? anchor)
    }

    /// The document on undocs.org in `language`, for a well-formed symbol.
    static func undocs(_ id: String, language: String) -> String? {
        guard Symbol(id) != nil else { return nil }
        return "https://undocs.org/\(language)/" + (id.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? id)
    }

    /// Tables with more rows than this leave the alignment of their number cells to the script.
    static let longTable = 1_000

    var html: String {
        // Every document described somewhere in the report, so that a link to it has a target.
        var anchored: Set<String> = []
        for block in blocks {
            switch block {
            case let .documentHeading(id, _): anchored.insert(id)
            case let .table(table): for row in table.rows { if let anchor = row.anchor { anchored.insert(anchor) } }
            default: break
            }
        }
        let t = Self.text
        func undocsLink(_ id: String) -> String {
            guard let url = Self.undocs(id, language: linkLanguage) else { return "" }
            return " <a class=\"u\" href=\"\(t(url))\">↗</a>"
        }
        func inline(_ spans: Inline, anchor: String? = nil) -> String {
            spans.map { span in
                switch span {
                case let .text(s): return t(s)
                case let .document(id):
                    if id == anchor { return t(id) + undocsLink(id) }
                    guard anchored.contains(id) else { return t(id) + undocsLink(id) }
                    return "<a href=\"\(t(Self.fragment(Self.anchor(id))))\">\(t(id))</a>"
                }
            }.joined()
        }
        let strings: [ReportPhrase] = [.filterRows, .rowsOf, .previous, .next, .zoomIn, .zoomOut, .zoomReset]
        let data = strings.map { "data-\(String(describing: $0).lowercased())=\"\(t(ReportStrings.text($0, language)))\"" }.joined(separator: " ")
        var out = """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="citegraph">
            <title>\(t(title))</title>
            <style>
            \(ReportAssets.css)</style>
            </head>
            <body \(data)>
            <header>
            <h1>\(t(title))</h1>

            """
        for line in header { out += "<p class=\"meta\">\(t(line))</p>\n" }
        out += "</header>\n<nav>\n<h2>\(t(ReportStrings.text(.contents, language)))</h2>\n<ol>\n"
        for case let .heading(2, text, anchor) in blocks { out += "<li><a href=\"#\(t(anchor))\">\(t(text))</a></li>\n" }
        out += "</ol>\n</nav>\n<main>\n"
        for block in blocks {
            switch block {
            case let .heading(level, text, anchor):
                out += "<h\(level) id=\"\(t(anchor))\">\(t(text))</h\(level)>\n"
            case let .documentHeading(id, title):
                out += "<h3 id=\"\(t(Self.anchor(id)))\">\(t(id))\(undocsLink(id))"
                    + (title.map { " <span class=\"title\">\(t($0))</span>" } ?? "") + "</h3>\n"
            case let .paragraph(spans):
                out += "<p>\(inline(spans))</p>\n"
            case let .table(table):
                // In long tables the script right-aligns number cells from their header's class,
                // rather than each cell carrying it: 30,000 rows are a megabyte smaller.
                let long = table.rows.count > Self.longTable
                func cell(_ tag: String, _ column: Int, _ html: String) -> String {
                    let numeric = table.numeric.contains(column) && (tag == "th" || !long)
                    return "<\(tag)\(numeric ? " class=\"n\"" : "")>\(html)</\(tag)>"
                }
                out += "<table class=\"t\">\n<thead><tr>" + table.headers.enumerated().map { cell("th", $0, t($1)) }.joined()
                    + "</tr></thead>\n<tbody>\n"
                for row in table.rows {
                    let id = row.anchor.map { " id=\"\(t(Self.anchor($0)))\"" } ?? ""
                    out += "<tr\(id)>" + row.cells.enumerated().map { cell("td", $0, inline($1, anchor: row.anchor)) }.joined() + "</tr>\n"
                }
                out += "</tbody>\n</table>\n"
            case let .list(items):
                out += "<ul>\n" + items.map { "<li>\(inline($0))</li>\n" }.joined() + "</ul>\n"
            case let .picture(svg, _):
                guard let svg else { break }
                out += "<figure class=\"picture\">\n<div class=\"zoom\"><button type=\"button\" data-zoom=\"in\">+</button>"
                    + "<button type=\"button\" data-zoom=\"out\">−</button><button type=\"button\" data-zoom=\"reset\">⤢</button></div>\n"
                    + "<div class=\"viewport\">\n" + Self.fittedSVG(svg) + "\n</div>\n</figure>\n"
            case let .barChart(chartTitle, bars):
                out += "<figure class=\"chart\">\n<figcaption>\(t(chartTitle))</figcaption>\n" + BarChart.svg(bars) + "</figure>\n"
            }
        }
        return out + "</main>\n<script>\n\(ReportAssets.script)</script>\n</body>\n</html>\n"
    }

    /// An SVG file's `<svg>` element alone, without the XML declaration and doctype that
    /// may not appear inside HTML.
    static func inlineSVG(_ svg: String) -> String {
        guard let start = svg.range(of: "<svg") else { return svg }
        return String(svg[start.lowerBound...]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The `<svg>` element with its fixed width and height taken off its opening tag, so that it
    /// scales to the page's width (its viewBox keeps the proportions).
    static func fittedSVG(_ svg: String) -> String {
        let element = inlineSVG(svg)
        guard let end = element.firstIndex(of: ">") else { return element }
        var tag = String(element[..<end])
        for attribute in ["width", "height"] {
            if let range = tag.range(of: " \(attribute)=\"[^\"]*\"", options: .regularExpression) { tag.removeSubrange(range) }
        }
        return tag + element[end...]
    }
}

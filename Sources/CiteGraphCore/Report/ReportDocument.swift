import Foundation

/// A report as a list of blocks, written out as Markdown or HTML: the content is built once
/// and each format only decides how a block looks.
struct ReportDocument {
    enum Block {
        case heading(level: Int, text: String)
        case paragraph(String)
        /// Rows of cells; columns listed in `numeric` are right-aligned.
        case table(headers: [String], rows: [[String]], numeric: Set<Int>)
        case list([String])
        /// An SVG picture, embedded as it is.
        case picture(svg: String)
    }

    var title: String
    var blocks: [Block] = []

    mutating func add(_ block: Block) { blocks.append(block) }

    /// Every text is escaped (it holds file names and quoted mentions): none becomes markup.
    var markdown: String {
        var out = "# \(Markdown.escape(title))\n"
        for block in blocks {
            out += "\n"
            switch block {
            case let .heading(level, text):
                out += String(repeating: "#", count: level) + " " + Markdown.escape(text) + "\n"
            case let .paragraph(text):
                out += Markdown.escape(text, startsBlock: true) + "\n"
            case let .table(headers, rows, numeric):
                func row(_ cells: [String]) -> String {
                    "| " + cells.map { Markdown.escape($0) }.joined(separator: " | ") + " |\n"
                }
                out += row(headers)
                out += "|" + headers.indices.map { numeric.contains($0) ? " ---: |" : " --- |" }.joined() + "\n"
                for cells in rows { out += row(cells) }
            case let .list(items):
                for item in items { out += "- " + Markdown.escape(item, startsBlock: true) + "\n" }
            case let .picture(svg):
                // Raw HTML in Markdown: viewers that render HTML show the picture in place.
                out += "<div class=\"citegraph-picture\">\n" + Self.inlineSVG(svg) + "\n</div>\n"
            }
        }
        return out
    }

    /// Text for HTML: control characters shown escaped, then XML-escaped.
    private static func text(_ s: String) -> String { XML.escape(VisibleText.escape(s)) }

    var html: String {
        var out = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>\(Self.text(title))</title>
            <style>
            body { font-family: "Noto Sans", "Noto Sans CJK SC", sans-serif; max-width: 72rem; margin: 2rem auto; padding: 0 1rem; color: #222; }
            table { border-collapse: collapse; margin: 1rem 0; }
            th, td { border-bottom: 1px solid #ddd; padding: 0.25rem 0.6rem; text-align: left; }
            td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
            .picture { overflow: auto; border: 1px solid #eee; max-height: 80vh; }
            </style>
            </head>
            <body>
            <h1>\(Self.text(title))</h1>

            """
        for block in blocks {
            switch block {
            case let .heading(level, text):
                out += "<h\(level)>\(Self.text(text))</h\(level)>\n"
            case let .paragraph(text):
                out += "<p>\(Self.text(text))</p>\n"
            case let .table(headers, rows, numeric):
                func cell(_ tag: String, _ column: Int, _ text: String) -> String {
                    "<\(tag)\(numeric.contains(column) ? " class=\"n\"" : "")>\(Self.text(text))</\(tag)>"
                }
                out += "<table>\n<tr>" + headers.enumerated().map { cell("th", $0, $1) }.joined() + "</tr>\n"
                for cells in rows { out += "<tr>" + cells.enumerated().map { cell("td", $0, $1) }.joined() + "</tr>\n" }
                out += "</table>\n"
            case let .list(items):
                out += "<ul>\n" + items.map { "<li>\(Self.text($0))</li>\n" }.joined() + "</ul>\n"
            case let .picture(svg):
                out += "<div class=\"picture\">\n" + Self.inlineSVG(svg) + "\n</div>\n"
            }
        }
        return out + "</body>\n</html>\n"
    }

    /// An SVG file's `<svg>` element alone, without the XML declaration and doctype that
    /// may not appear inside HTML.
    static func inlineSVG(_ svg: String) -> String {
        guard let start = svg.range(of: "<svg") else { return svg }
        return String(svg[start.lowerBound...]).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

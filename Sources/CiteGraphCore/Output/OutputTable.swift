import Foundation

/// A table of the analysis outputs (pairs, main path, citations by year), written as a
/// terminal table, Markdown, CSV or JSON objects from one description. Cells are JSON values
/// so that JSON keeps numbers as numbers; text columns align left, numbers right.
struct OutputTable {
    /// The table's name: a heading for people, the key of its array in JSON.
    let name: String
    let columns: [String]
    let rows: [[JSON]]

    /// A cell for people: strings as they are (control characters shown escaped), numbers
    /// as integers when they are whole.
    static func text(_ cell: JSON) -> String {
        switch cell {
        case let .string(s): s
        case let .int(i): String(i)
        case let .double(d): d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(format: "%.6g", d)
        case let .bool(b): b ? "yes" : "no"
        case .null: ""
        case .array, .object: cell.compact
        }
    }

    private func isNumeric(_ column: Int) -> Bool {
        rows.contains { row in
            switch row[column] {
            case .int, .double: true
            default: false
            }
        }
    }

    func table() -> String {
        let body = rows.map { $0.map { VisibleText.escape(Self.text($0)) } }
        let all = [columns] + body
        let widths = columns.indices.map { c in all.map { DisplayWidth.of($0[c]) }.max() ?? 0 }
        let numeric = columns.indices.map(isNumeric)
        return all.map { line in
            line.enumerated().map { c, cell in
                let pad = String(repeating: " ", count: widths[c] - DisplayWidth.of(cell))
                return numeric[c] ? pad + cell : cell + pad
            }.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }.joined(separator: "\n") + "\n"
    }

    func markdown() -> String {
        var out = "| " + columns.joined(separator: " | ") + " |\n"
        out += "|" + columns.indices.map { isNumeric($0) ? " ---: |" : " --- |" }.joined() + "\n"
        for row in rows {
            out += "| " + row.map { Markdown.escape(Self.text($0)) }.joined(separator: " | ") + " |\n"
        }
        return out
    }

    func csv() -> String {
        CSV.row(columns) + rows.map { row in
            CSV.row(row.map { cell in
                if case let .double(d) = cell { return JSON.number(d) }
                return Self.text(cell)
            })
        }.joined()
    }

    var json: JSON {
        .array(rows.map { row in .object(Array(zip(columns, row))) })
    }

    /// Several tables under the statistics' summary, in `format`.
    static func write(_ tables: [OutputTable], summary: [String], graph: JSON, extra: [(String, JSON)] = [], as format: StatsFormat) -> String {
        switch format {
        case .table, .markdown:
            var out = summary.joined(separator: "\n") + "\n"
            for table in tables {
                out += "\n" + (format == .markdown ? "### " + table.name : table.name) + "\n\n"
                out += format == .markdown ? table.markdown() : table.table()
            }
            return out
        case .csv:
            // One table per CSV: several are separated by a blank line, each headed by its name.
            if tables.count == 1, let only = tables.first { return only.csv() }
            return tables.map { "# \($0.name)\n" + $0.csv() }.joined(separator: "\n")
        case .json:
            let fields = [("graph", graph)] + extra + tables.map { (key($0.name), $0.json) }
            return "{" + fields.map { "\"\($0.0)\": " + $0.1.compact }.joined(separator: ",\n ") + "}\n"
        }
    }

    /// "citation age" → "citation_age".
    private static func key(_ name: String) -> String {
        name.lowercased().replacingOccurrences(of: " × ", with: "_by_").replacingOccurrences(of: " ", with: "_")
    }
}

/// A user's catalogue of documents (`--metadata nodes.csv`): a CSV file with an `id` column
/// and any others, such as a UN Digital Library export. `title`, `date` (ISO 8601: 1996,
/// 1996-12 or 1996-12-10), `year`, `session`, `languages` and `files` (lists separated by
/// ";") override what citegraph read; any other column is added as an attribute. An empty
/// cell overrides nothing. Rows naming no document of the graph are ignored.
public struct MetadataCatalogue: Sendable {
    /// Columns that override what citegraph read.
    public static let overridable: Set<String> = ["title", "date", "year", "session", "languages", "files"]

    /// Document id -> (column, value), the columns in file order, empty cells left out.
    public let rows: [String: [(column: String, value: String)]]
    /// The columns other than `id`, in file order.
    public let columns: [String]

    /// Parses `bytes`, the contents of `file`; `reserved` are the attribute names citegraph
    /// writes itself, which a column may not take unless it is overridable.
    public init(csv bytes: [UInt8], file: String, reserved: Set<String>) throws(CatalogueError) {
        func fail(_ line: Int, _ problem: String) -> CatalogueError { CatalogueError(file: file, line: line, problem: problem) }
        guard let text = String(validating: bytes, as: UTF8.self) else { throw fail(1, "not UTF-8 text") }
        let records = try CSVRecords.parse(text, file: file)
        guard let (headerLine, header) = records.first else { throw fail(1, "empty: a header line with an id column is needed") }
        let names = header.map { $0.trimming(" ") }
        guard let idColumn = names.firstIndex(of: "id") else { throw fail(headerLine, "no id column in the header") }
        var seen: Set<String> = []
        for name in names {
            guard !name.isEmpty else { throw fail(headerLine, "a column has no name") }
            guard seen.insert(name).inserted else { throw fail(headerLine, "column \(name) is named twice") }
            if name != "id", reserved.contains(name), !Self.overridable.contains(name) {
                throw fail(headerLine, "column \(name) is one citegraph computes and cannot be set")
            }
        }
        var rows: [String: [(column: String, value: String)]] = [:]
        for (line, fields) in records.dropFirst() {
            if fields.count == 1, fields[0].isEmpty { continue }
            guard fields.count == names.count else { throw fail(line, "\(fields.count) fields, the header has \(names.count)") }
            let id = fields[idColumn].trimming(" ")
            guard !id.isEmpty else { throw fail(line, "empty id") }
            guard rows[id] == nil else { throw fail(line, "id \(id) is given twice") }
            var cells: [(column: String, value: String)] = []
            for (name, value) in zip(names, fields) where name != "id" && !value.isEmpty {
                switch name {
                case "date": guard PartialDate(iso: value.trimming(" ")) != nil else { throw fail(line, "date \(value) is not ISO 8601 (1996, 1996-12 or 1996-12-10)") }
                case "year": guard Int(value.trimming(" ")) != nil else { throw fail(line, "year \(value) is not a number") }
                default: break
                }
                cells.append((name, value))
            }
            rows[id] = cells
        }
        self.rows = rows
        self.columns = names.filter { $0 != "id" }
    }

    /// `graph` with the catalogue's values in its nodes' metadata.
    public func apply(to graph: CitationGraph) -> CitationGraph {
        let nodes = graph.nodes.map { node -> GraphNode in
            guard let cells = rows[node.id] else { return node }
            var node = node
            var metadata = node.metadata
            for (column, value) in cells {
                let trimmed = value.trimming(" ")
                switch column {
                case "title": metadata.title = value
                case "date":
                    metadata.date = PartialDate(iso: trimmed)
                    if !cells.contains(where: { $0.column == "year" }) { metadata.year = metadata.date?.year }
                case "year": metadata.year = Int(trimmed)
                case "session": metadata.session = trimmed
                case "languages": metadata.languages = Self.list(value)
                case "files": metadata.files = Self.list(value)
                default: metadata.extra[column] = value
                }
            }
            metadata.source = .catalogue
            node.metadata = metadata
            return node
        }
        let edges = graph.edges.map { (source: graph.nodes[$0.source].id, target: graph.nodes[$0.target].id, weight: $0.weight, relations: $0.relations) }
        do {
            return try CitationGraph(nodes: nodes, citations: edges)
        } catch {
            // The same ids and edges as `graph`, which was consistent.
            preconditionFailure("catalogue changed the graph's ids: \(error)")
        }
    }

    private static func list(_ value: String) -> [String] {
        value.split(separator: ";").map { String($0).trimming(" ") }.filter { !$0.isEmpty }
    }
}

/// A catalogue that cannot be read: its file, the line and what is wrong.
public struct CatalogueError: Error, CustomStringConvertible, Equatable {
    public let file: String
    public let line: Int
    public let problem: String

    public var description: String { "\(file):\(line): \(problem)" }
}

/// RFC 4180 records: fields separated by commas, quoted with "…" ("" for a quote), which may
/// run over lines; each record with the line it starts on.
enum CSVRecords {
    static func parse(_ text: String, file: String) throws(CatalogueError) -> [(line: Int, fields: [String])] {
        var records: [(line: Int, fields: [String])] = []
        var fields: [String] = []
        var field = ""
        var line = 1, recordLine = 1
        var quoted = false, wasQuoted = false
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var i = 0
        func endRecord() {
            fields.append(field)
            records.append((recordLine, fields))
            fields = []
            field = ""
            wasQuoted = false
        }
        while i < scalars.count {
            let c = scalars[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < scalars.count, scalars[i + 1] == "\"" {
                        field.unicodeScalars.append("\"")
                        i += 1
                    } else {
                        quoted = false
                    }
                } else {
                    if c == "\n" { line += 1 }
                    field.unicodeScalars.append(c)
                }
            } else {
                switch c {
                case "\"":
                    guard field.isEmpty, !wasQuoted else {
                        throw CatalogueError(file: file, line: line, problem: "a quote inside an unquoted field")
                    }
                    quoted = true
                    wasQuoted = true
                case ",":
                    fields.append(field)
                    field = ""
                    wasQuoted = false
                case "\r":
                    break
                case "\n":
                    endRecord()
                    line += 1
                    recordLine = line
                default:
                    if wasQuoted { throw CatalogueError(file: file, line: line, problem: "text after a closing quote") }
                    field.unicodeScalars.append(c)
                }
            }
            i += 1
        }
        if quoted { throw CatalogueError(file: file, line: recordLine, problem: "a quoted field is never closed") }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        return records
    }
}

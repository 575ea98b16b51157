/// `extract --format`.
public enum ExtractFormat: String, CaseIterable, Sendable {
    case jsonl, csv
}

/// `stats --format`.
public enum StatsFormat: String, CaseIterable, Sendable {
    case table, markdown, csv, json
}

/// `export --format`.
public enum ExportFormat: String, CaseIterable, Sendable {
    case json, graphml, gexf, csv
}

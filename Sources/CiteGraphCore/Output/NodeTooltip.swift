/// What a node's tooltip adds after its first part: what is known of the document besides its
/// symbol, in the exports' names, separated by "; " (a tooltip stays one line: Graphviz would
/// show a newline escaped).
enum NodeTooltip {
    /// The longest title shown; a longer one is cut with an ellipsis.
    static let maximumTitle = 200

    static func metadataLines(_ node: GraphNode) -> String {
        let metadata = node.metadata
        var lines: [String] = []
        if let title = metadata.title { lines.append(title.count > maximumTitle ? String(title.prefix(maximumTitle - 1)) + "…" : title) }
        if let date = metadata.date {
            lines.append("date: \(date)")
        } else if let year = metadata.year {
            lines.append("year: \(year)")
        }
        if let session = metadata.session { lines.append("session: \(session)") }
        let languages = metadata.languages ?? node.languages.map(\.rawValue)
        if !languages.isEmpty { lines.append("languages: " + languages.joined(separator: ", ")) }
        let files = metadata.files ?? node.files
        if !files.isEmpty { lines.append("files: " + files.joined(separator: ", ")) }
        for (name, value) in metadata.extra.sorted(by: { $0.key < $1.key }) { lines.append("\(name): \(value)") }
        return lines.map { "; " + $0 }.joined()
    }
}

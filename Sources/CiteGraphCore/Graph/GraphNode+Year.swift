extension GraphNode {
    /// The year the document was issued, as far as citegraph knows it: its metadata's (the date
    /// its own text or a citing text gives, or a catalogue's), else the year its symbol implies
    /// (`Symbol.year`). Every analysis by year asks here.
    public var year: Int? { metadata.year ?? Symbol(id)?.year }

    /// Each titled node's title by id: what `--label title|both` draws.
    public static func titles(of graph: CitationGraph) -> [String: String] {
        Dictionary(uniqueKeysWithValues: graph.nodes.compactMap { node in node.metadata.title.map { (node.id, $0) } })
    }
}

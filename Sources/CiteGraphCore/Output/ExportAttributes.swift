/// The attributes every export writes, as tables: one row per attribute, the same in JSON,
/// GraphML, GEXF and CSV. A new attribute is one more row (a `community` would be
/// `.init("community", .int) { $0.row?.community.map(JSON.int) ?? .null }`).
struct ExportAttribute<Input> {
    enum Kind {
        case string, int, double, bool
        /// A list: an array in JSON, its items joined by "; " elsewhere.
        case strings

        var graphml: String {
            switch self {
            case .string, .strings: "string"
            case .int: "int"
            case .double: "double"
            case .bool: "boolean"
            }
        }

        var gexf: String {
            switch self {
            case .string, .strings: "string"
            case .int: "integer"
            case .double: "double"
            case .bool: "boolean"
            }
        }
    }

    let name: String
    let kind: Kind
    /// The value, `.null` where there is none (written as null in JSON, left out elsewhere).
    let value: @Sendable (Input) -> JSON

    init(_ name: String, _ kind: Kind, _ value: @escaping @Sendable (Input) -> JSON) {
        self.name = name
        self.kind = kind
        self.value = value
    }

    /// The value as text, for GraphML, GEXF and CSV; nil where there is none (an empty list too).
    func text(_ input: Input) -> String? {
        switch value(input) {
        case .null: nil
        case let .string(s): s
        case let .array(items): items.isEmpty ? nil : items.map(\.plainText).joined(separator: "; ")
        case let other: other.compact
        }
    }
}

/// What a node attribute is read from.
struct NodeAttributeInput {
    let graph: CitationGraph
    let index: Int
    let row: NodeStatistics?
    var node: GraphNode { graph.nodes[index] }
}

/// What an edge attribute is read from.
struct EdgeAttributeInput {
    let weight: Int
    let relations: RelationSet
    /// The first mention of the citation, where known.
    let first: Mention?
    let file: String?
}

enum ExportAttributes {
    typealias Node = ExportAttribute<NodeAttributeInput>
    typealias Edge = ExportAttribute<EdgeAttributeInput>

    private static func text(_ s: String?) -> JSON { s.map(JSON.string) ?? .null }

    /// Every node's attributes, after its id.
    static let nodes: [Node] = [
        .init("type", .string) { .string($0.node.type.rawValue) },
        .init("body", .string) { .string($0.node.body.rawValue) },
        .init("in_corpus", .bool) { .bool($0.node.inCorpus) },
        .init("title", .string) { text($0.node.metadata.title) },
        .init("date", .string) { text($0.node.metadata.date?.description) },
        .init("year", .int) { $0.node.metadata.year.map(JSON.int) ?? .null },
        .init("session", .string) { text($0.node.metadata.session) },
        .init("metadata_source", .string) { text($0.node.metadata.source?.rawValue) },
        .init("aliases", .strings) { .array($0.node.aliases.map(JSON.string)) },
        .init("files", .strings) { .array(($0.node.metadata.files ?? $0.node.files).map(JSON.string)) },
        .init("languages", .strings) { .array(($0.node.metadata.languages ?? $0.node.languages.map(\.rawValue)).map(JSON.string)) },
        .init("in_degree", .int) { .int($0.graph.inDegree($0.index)) },
        .init("out_degree", .int) { .int($0.graph.outDegree($0.index)) },
    ]

    /// The centralities, when the export carries them.
    static let measures: [Node] = [
        .init("times_cited", .int) { $0.row.map { JSON.int($0.timesCited) } ?? .null },
        .init("pagerank", .double) { $0.row.map { JSON.double($0.pagerank) } ?? .null },
        .init("hub", .double) { $0.row.map { JSON.double($0.hub) } ?? .null },
        .init("authority", .double) { $0.row.map { JSON.double($0.authority) } ?? .null },
        .init("betweenness", .double) { $0.row.map { JSON.double($0.betweenness) } ?? .null },
        .init("closeness", .double) { $0.row.map { JSON.double($0.closeness) } ?? .null },
        .init("katz", .double) { $0.row?.katz.map(JSON.double) ?? .null },
        .init("community", .int) { $0.row.map { JSON.int($0.community) } ?? .null },
    ]

    /// A user catalogue's own columns, as string attributes.
    static func extra(_ name: String) -> Node {
        .init(name, .string) { text($0.node.metadata.extra[name]) }
    }

    /// Every edge's attributes, after its source and target.
    static let edges: [Edge] = [
        .init("weight", .int) { .int($0.weight) },
        .init("relations", .strings) { .array($0.relations.relations.map { .string($0.rawValue) }) },
        .init("cue", .string) { text($0.first?.evidence.cue) },
        .init("context", .string) { text($0.first?.evidence.context) },
        .init("paragraph", .int) { $0.first?.evidence.paragraph.map(JSON.int) ?? .null },
        .init("paragraph_kind", .string) { text($0.first?.evidence.paragraphKind?.rawValue) },
        .init("pinpoint", .string) { text($0.first?.evidence.pinpoint) },
        .init("file", .string) { text($0.file) },
        .init("line", .int) { $0.first.map { JSON.int($0.line) } ?? .null },
    ]
}

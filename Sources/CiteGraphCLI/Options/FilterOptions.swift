import ArgumentParser
import Foundation
import CiteGraphCore

/// Filters for graphs too big to read, shared by `stats`, `export` and `render`.
struct FilterOptions: ParsableArguments {
    // Numbers are read as values even when they start with "-", so that `--top -1` is told it
    // must be at least 1 rather than that its value is missing.
    @Option(parsing: .unconditional, help: "Keep only the N documents ranked highest by --by, and the corpus documents citing them. With stats --pairs: the number of pairs.")
    var top: Int?

    @Option(help: "The measure that ranks documents for --top and sorts stats (default: cited, the mentions a document receives).")
    var by: Measure = .cited

    @Option(help: ArgumentHelp("Keep only the documents within --depth citations of this one, either way; render draws it highlighted.", valueName: "symbol"))
    var focus: String?

    @Option(parsing: .unconditional, help: "How many citation steps --focus reaches.")
    var depth: Int = 1

    @Option(parsing: .unconditional, help: ArgumentHelp("Keep only documents cited at least N times.", valueName: "N"))
    var minCited: Int?

    @Option(help: ArgumentHelp("Keep only documents of these bodies, comma-separated: GA, SC, HRC, ECOSOC, ST, other.", valueName: "bodies"))
    var body: String?

    @Option(help: ArgumentHelp(
        "Keep only documents of these types, comma-separated: resolution, decision, presidential_statement, meeting_record, draft, document.",
        valueName: "types"))
    var type: String?

    @Flag(help: "Keep only the documents --top, --min-cited, --body and --type choose, not the corpus documents citing them.")
    var only = false

    @Option(help: ArgumentHelp("Keep only citations with these relations, comma-separated (recalls, reaffirms, pursuant_to, …, cites, procedural).",
                               valueName: "relations"))
    var relation: String?

    @Option(help: ArgumentHelp("Leave out citations with these relations, comma-separated.", valueName: "relations"))
    var excludeRelation: String?

    func validate() throws {
        if let top, top < 1 { throw ValidationError("--top must be at least 1") }
        if depth < 0 { throw ValidationError("--depth must be 0 or more") }
        if let minCited, minCited < 0 { throw ValidationError("--min-cited must be 0 or more") }
        _ = try bodies()
        _ = try types()
        _ = try relationFilter(procedural: false)
    }

    /// Which citations the graph keeps: by --relation and --exclude-relation, procedural
    /// mentions only with --procedural (or when --relation names them).
    func relationFilter(procedural: Bool) throws -> RelationFilter {
        var filter = RelationFilter(procedural: procedural)
        filter.included = try relation.map { Set(try Self.relations(in: $0, option: "--relation")) }
        filter.excluded = try excludeRelation.map { Set(try Self.relations(in: $0, option: "--exclude-relation")) } ?? []
        return filter
    }

    private static func relations(in list: String, option: String) throws -> [Relation] {
        let known = Relation.allCases.map(\.rawValue).joined(separator: ", ")
        return try names(in: list, option: option, what: "relation", known: known).map { name in
            let name = name.lowercased().replacingOccurrences(of: "-", with: "_").replacingOccurrences(of: " ", with: "_")
            guard let relation = Relation(rawValue: name) else { throw ValidationError("\(option): unknown relation '\(name)' (\(known))") }
            return relation
        }
    }

    /// The filter these options describe.
    func filter() throws -> GraphFilter {
        var filter = GraphFilter()
        filter.top = top
        filter.rankBy = by
        filter.focus = focus
        filter.depth = depth
        filter.minCited = minCited
        filter.bodies = try bodies()
        filter.types = try types()
        filter.only = only
        return filter
    }

    private func bodies() throws -> Set<IssuingBody>? {
        let known = "GA, SC, HRC, ECOSOC, ST, other"
        return try body.map { list in
            Set(try Self.names(in: list, option: "--body", what: "body", known: known).map { name in
                guard let body = IssuingBody.allCases.first(where: { $0.rawValue.lowercased() == name.lowercased() }) else {
                    throw ValidationError("--body: unknown body '\(name)' (\(known))")
                }
                return body
            })
        }
    }

    private func types() throws -> Set<DocumentType>? {
        let known = DocumentType.allCases.map(\.rawValue).joined(separator: ", ")
        return try type.map { list in
            Set(try Self.names(in: list, option: "--type", what: "type", known: known).map { name in
                let name = name.lowercased().replacingOccurrences(of: "-", with: "_")
                guard let type = DocumentType(rawValue: name) ?? Self.typeAliases[name] else {
                    throw ValidationError("--type: unknown type '\(name)' (\(known))")
                }
                return type
            })
        }
    }

    /// The names of a comma-separated list. An empty list or an empty name is refused: it
    /// would keep nothing, and an empty result with no word of why helps no one.
    private static func names(in list: String, option: String, what: String, known: String) throws -> [String] {
        let names = list.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        if names.allSatisfy(\.isEmpty) { throw ValidationError("\(option): give at least one \(what) (\(known))") }
        if names.contains(where: \.isEmpty) { throw ValidationError("\(option): empty name in '\(list)' (\(known))") }
        return names
    }

    private static let typeAliases: [String: DocumentType] = [
        "resolutions": .resolution, "decisions": .decision, "prst": .presidentialStatement,
        "statement": .presidentialStatement, "meeting": .meetingRecord, "report": .document, "letter": .document,
    ]
}

extension Measure: ExpressibleByArgument {}

/// The corpus read, its graph, the statistics of the whole graph, and the part the filters keep.
struct Analysis {
    let corpus: CorpusExtraction
    let graph: CitationGraph
    let stats: GraphStatistics
    /// The filtered graph (the whole graph when no filter is given).
    let view: CitationGraph
    /// The statistics rows of the documents the filters chose (not the citing documents
    /// added to the view), ranked by the filter's measure.
    let viewStats: GraphStatistics
    /// Phases so far, for --timings.
    var clock = PhaseClock()

    /// `topIsNodes`: false when --top counts something else (stats --pairs) and chooses no documents.
    init(corpus options: CorpusOptions, filter filterOptions: FilterOptions, centrality: CentralityOptions? = nil,
         topIsNodes: Bool = true) throws {
        let catalogue = try options.catalogue()
        corpus = try options.extract()
        clock.lap("read and extract \(corpus.documents.count) documents")
        graph = options.graph(of: corpus, catalogue: catalogue, relations: try filterOptions.relationFilter(procedural: options.procedural))
        clock.lap("build the graph (\(graph.nodeCount) nodes, \(graph.edgeCount) edges)")
        stats = GraphStatistics(graph, weighted: centrality?.weighted ?? false, samples: centrality?.samples,
                                seed: UInt64(centrality?.seed ?? 1))
        clock.lap("statistics")
        var filter = try filterOptions.filter()
        if !topIsNodes { filter.top = nil }
        if filter.isEmpty {
            view = graph
            viewStats = stats
        } else {
            let selection: GraphFilter.Selection
            do { selection = try filter.select(in: graph, stats: stats) } catch { throw InputError(description: error.description) }
            view = graph.subgraph(selection.kept)
            viewStats = stats.restricted(to: graph, selection.chosen)
        }
        clock.lap("filter")
    }

    /// The phases so far with the statistics' own broken out, then `later` ones.
    func laps(then later: PhaseClock) -> [(phase: String, seconds: Double)] {
        clock.laps.flatMap { lap in
            lap.phase == "statistics" ? stats.timings.map { ("statistics: " + $0.phase, $0.seconds) } : [lap]
        } + later.laps
    }
}

/// Citations over time: how many citations each year's documents make, by citing body; how
/// old the cited documents are when cited (citing year − cited year); and which relations
/// each body uses. Every count is of citations, one per citing/cited pair (an edge), with the
/// mentions (the edges' weights) beside the yearly counts.
public struct CitationsByYear: Sendable {
    public struct YearRow: Sendable, Equatable {
        public let year: Int?
        public let body: IssuingBody
        public let citations: Int
        public let mentions: Int
    }

    public struct AgeRow: Sendable, Equatable {
        public let age: Int
        public let citations: Int
    }

    public struct RelationRow: Sendable, Equatable {
        public let relation: Relation
        public let body: IssuingBody
        public let citations: Int
    }

    /// By citing year (oldest first, unknown last) then body (in `IssuingBody` order).
    public let years: [YearRow]
    /// By age, youngest first; citations where either year is unknown are left out.
    public let ages: [AgeRow]
    /// Citations with a known age, and those without.
    public let dated: Int
    public let undated: Int
    /// By relation (in `Relation` order) then citing body. A citation carrying two relations
    /// counts under each.
    public let relations: [RelationRow]

    public init(_ graph: CitationGraph) {
        let years = graph.nodes.map(\.year)
        var byYear: [YearKey: (citations: Int, mentions: Int)] = [:]
        var byAge: [Int: Int] = [:]
        var byRelation: [RelationKey: Int] = [:]
        var dated = 0, undated = 0
        for edge in graph.edges {
            let body = graph.nodes[edge.source].body
            let citing = years[edge.source]
            byYear[YearKey(year: citing, body: body), default: (0, 0)].citations += 1
            byYear[YearKey(year: citing, body: body), default: (0, 0)].mentions += edge.weight
            if let citing, let cited = years[edge.target] {
                byAge[citing - cited, default: 0] += 1
                dated += 1
            } else {
                undated += 1
            }
            for relation in edge.relations.relations {
                byRelation[RelationKey(relation: relation, body: body), default: 0] += 1
            }
        }
        let bodies = IssuingBody.allCases
        self.years = byYear.map { YearRow(year: $0.key.year, body: $0.key.body, citations: $0.value.citations, mentions: $0.value.mentions) }
            .sorted { a, b in
                if a.year != b.year { return (a.year ?? .max) < (b.year ?? .max) }
                return (bodies.firstIndex(of: a.body) ?? 0) < (bodies.firstIndex(of: b.body) ?? 0)
            }
        ages = byAge.map { AgeRow(age: $0.key, citations: $0.value) }.sorted { $0.age < $1.age }
        self.dated = dated
        self.undated = undated
        let relationOrder = Relation.allCases
        relations = byRelation.map { RelationRow(relation: $0.key.relation, body: $0.key.body, citations: $0.value) }
            .sorted { a, b in
                let ra = relationOrder.firstIndex(of: a.relation) ?? 0, rb = relationOrder.firstIndex(of: b.relation) ?? 0
                if ra != rb { return ra < rb }
                return (bodies.firstIndex(of: a.body) ?? 0) < (bodies.firstIndex(of: b.body) ?? 0)
            }
    }

    private struct YearKey: Hashable {
        let year: Int?
        let body: IssuingBody
    }

    private struct RelationKey: Hashable {
        let relation: Relation
        let body: IssuingBody
    }
}

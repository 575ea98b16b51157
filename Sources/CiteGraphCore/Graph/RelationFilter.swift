/// Which citations the graph keeps, by what the citing text does with the cited document
/// (`--relation`, `--exclude-relation`). Procedural mentions (how an adopted resolution came
/// to be) stay out unless `procedural` is set or `included` names them.
public struct RelationFilter: Sendable, Equatable {
    /// Keep only these relations (`nil`: every one).
    public var included: Set<Relation>?
    public var excluded: Set<Relation> = []
    public var procedural = false

    public init(included: Set<Relation>? = nil, excluded: Set<Relation> = [], procedural: Bool = false) {
        self.included = included
        self.excluded = excluded
        self.procedural = procedural
    }

    public func keeps(_ relation: Relation) -> Bool {
        if excluded.contains(relation) { return false }
        if let included { return included.contains(relation) }
        return relation != .procedural || procedural
    }
}

/// The title, date, year and session of every document of a corpus's graph, from the
/// documents' own texts, then from what citing texts say of them, then from their symbols.
/// A corpus document's own title and date are kept over any citing text's; each cited date
/// that disagrees with the one kept is counted as a conflict.
public struct CorpusMetadata: Sendable {
    public let byNode: [String: NodeMetadata]
    /// How many dates stated by citing texts disagree with the date kept for the document.
    public let dateConflicts: Int

    public init(_ corpus: CorpusExtraction) {
        var byNode: [String: NodeMetadata] = [:]
        var symbols: [String: Symbol] = [:]
        // Corpus documents: their own text, the first of their versions (path order) that states it.
        for document in corpus.documents {
            var metadata = byNode[document.node] ?? NodeMetadata()
            if metadata.title == nil { metadata.title = document.metadata.title }
            if metadata.date == nil { metadata.date = document.metadata.date }
            if metadata.title != nil || metadata.date != nil { metadata.source = .text }
            byNode[document.node] = metadata
            if let own = document.ownSymbols.first { symbols[document.node] = corpus.primaryOf[own] ?? own }
        }
        let ownDates = byNode.compactMapValues(\.date)
        // Cited documents: the first citing text (corpus order) that gives a title or date.
        var conflicts = 0
        for document in corpus.documents {
            for mention in document.mentions {
                let id = mention.target.rawValue
                symbols[id] = symbols[id] ?? mention.target
                var metadata = byNode[id] ?? NodeMetadata()
                if let stated = mention.stated.date {
                    if let kept = ownDates[id] ?? metadata.date, !stated.agrees(with: kept) {
                        conflicts += 1
                    } else if metadata.date == nil || (stated.day != nil && metadata.date?.day == nil && ownDates[id] == nil) {
                        metadata.date = stated
                        if metadata.source == nil { metadata.source = .citing }
                    }
                }
                if metadata.title == nil, let title = mention.stated.title {
                    metadata.title = title
                    if metadata.source == nil { metadata.source = .citing }
                }
                byNode[id] = metadata
            }
        }
        for (id, var metadata) in byNode {
            let symbol = symbols[id]
            metadata.year = metadata.date?.year ?? symbol?.year
            metadata.session = symbol?.session
            if metadata.source == nil, metadata.year != nil { metadata.source = .symbol }
            byNode[id] = metadata
        }
        self.byNode = byNode
        self.dateConflicts = conflicts
    }
}

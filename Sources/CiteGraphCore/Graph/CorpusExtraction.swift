/// The citations of a whole corpus, with jointly issued symbols joined into one node:
/// `S/2024/600` is cited as `A/79/302` once any document names them together.
public struct CorpusExtraction: Sendable {
    /// One entry per document, in path order, targets already resolved to primary symbols.
    public let documents: [DocumentExtraction]
    /// Alias -> primary symbol.
    public let primaryOf: [Symbol: Symbol]
    /// Where each document came from (format, pages or paragraphs of its lines, links), in
    /// the order of `documents`; empty for documents given as text.
    public private(set) var origins: [DocumentOrigin] = []
    /// The files that could not be read and were left out, in path order.
    public private(set) var skipped: [CorpusError] = []
    /// Primary symbol -> its aliases, sorted.
    private let aliasesOf: [Symbol: [Symbol]]

    /// Extracts every document, in parallel, and resolves aliases across the corpus.
    public init(_ sources: [SourceDocument]) {
        self.init(extracted: ConcurrentMap.map(sources, CitationExtractor.extract))
    }

    /// Reads and extracts `files` in parallel, each file's bytes dropped once its citations are
    /// found, so memory holds the citations, not the corpus. `progress` is told the size of
    /// each document done (from any thread). A file that cannot be read is skipped and listed
    /// in `skipped`, in path order; with `strict`, the first such file in path order is thrown.
    public init(files: [CorpusFile], settings: ReadSettings = ReadSettings(), strict: Bool = false,
                progress: (@Sendable (Int) -> Void)? = nil) throws(CorpusError) {
        let results = ConcurrentMap.map(files) { file -> Result<(DocumentExtraction, DocumentOrigin), CorpusError> in
            do throws(CorpusError) {
                let document = try CorpusReader.readDocument(file, settings: settings)
                progress?(document.bytes.count)
                return .success((CitationExtractor.extract(document, metadata: settings.readsMetadata), document.origin))
            } catch {
                return .failure(error)
            }
        }
        var extracted: [DocumentExtraction] = []
        var origins: [DocumentOrigin] = []
        var skipped: [CorpusError] = []
        extracted.reserveCapacity(results.count)
        for result in results {
            switch result {
            case let .success((document, origin)):
                extracted.append(document)
                origins.append(origin)
            case let .failure(error):
                if strict { throw error }
                skipped.append(error)
            }
        }
        self.init(extracted: extracted)
        self.skipped = skipped
        self.origins = origins
    }

    /// Reads and extracts the files at `paths` (each named by the caller), throwing the first
    /// that cannot be read in path order, as this initialiser did before files could be skipped.
    public init(files paths: [String], progress: (@Sendable (Int) -> Void)? = nil) throws(CorpusError) {
        try self.init(files: paths.map { CorpusFile(path: DocumentPath($0), named: true) }, strict: true, progress: progress)
    }

    private init(extracted: [DocumentExtraction]) {
        // Where two documents disagree about a pair, the first in path order wins.
        // A symbol is either a primary or an alias, never both, so no chain can form.
        var primaryOf: [Symbol: Symbol] = [:]
        var primaries: Set<Symbol> = []
        for document in extracted {
            for (primary, alias) in document.aliases
            where primary != alias && primaryOf[alias] == nil && primaryOf[primary] == nil && !primaries.contains(alias) {
                primaryOf[alias] = primary
                primaries.insert(primary)
            }
        }
        self.primaryOf = primaryOf
        self.aliasesOf = Dictionary(grouping: primaryOf.keys, by: { primaryOf[$0] ?? $0 }).mapValues { $0.sorted() }
        // Each document already left out its own symbols; only aliases can change anything.
        guard !primaryOf.isEmpty else {
            self.documents = extracted
            return
        }
        let resolved = primaryOf
        self.documents = ConcurrentMap.map(extracted) { document in
            var document = document
            let own = Set(document.ownSymbols.map { resolved[$0] ?? $0 })
            if let first = document.ownSymbols.first { document.node = (resolved[first] ?? first).rawValue }
            document.mentions = document.mentions.compactMap { mention in
                var mention = mention
                if let primary = resolved[mention.target] {
                    mention.alias = mention.target
                    mention.target = primary
                }
                return own.contains(mention.target) ? nil : mention
            }
            return document
        }
    }

    /// Every alias of `primary`, sorted.
    public func aliases(of primary: Symbol) -> [Symbol] {
        aliasesOf[primary] ?? []
    }
}

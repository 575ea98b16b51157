/// What a document says about itself: the symbols it states for itself and the body it comes
/// from. Its own symbols name its node and are never citations. They are read from
///
/// - the masthead: a symbol at the start or end of a short line near the top, in any layout
///   (`S/RES/2446 (2018)`, `United Nations A/RES/80/4`, `| S/2020/185 |`, `A/78/6 (Sect. 25)*`),
///   two symbols stacked on two lines being one jointly issued document (`A/44/661` / `S/20911`);
/// - an adopted resolution's number line under "Resolution adopted by the General Assembly …"
///   (`80/6. Report of the International Criminal Court` → A/RES/80/6), and the Security
///   Council's heading `Resolution 338 (1973)` / `第2446(2018)号决议`;
/// - running heads: a line of nothing but symbols and page furniture (`2/5`, `25-20108`), the
///   same symbol on several pages;
/// - failing all of these, a file name that spells a symbol (`A_RES_80_10.txt`).
///
/// The "[on the report of the First Committee (A/80/534)]" and "(A/80/L.9)" lines of an adopted
/// resolution are procedural: they are kept apart (see `proceduralLines`).
struct DocumentHeader {
    /// The document's own symbols, the first one naming its node.
    private(set) var ownSymbols: [Symbol] = []
    /// Pairs (primary, alias) of jointly issued symbols it states for itself.
    private(set) var aliases: [(Symbol, Symbol)] = []
    /// The body named by a heading line (大会, 安全理事会, "Security Council", …), if any.
    private(set) var headingBody: IssuingBody?
    /// Whether the heading calls the document a draft resolution (决议草案, "draft resolution").
    private(set) var isDraft = false
    /// Whether the own symbol came from the file's name, the text stating none.
    private(set) var namedByFile = false
    /// 0-based lines recording how a resolution was adopted; their symbols are procedural.
    private(set) var proceduralLines: Set<Int> = []
    /// 0-based lines of a web page's links to neighbouring resolutions: no citations.
    private(set) var navigationLines: Set<Int> = []

    init(_ s: [UInt8], lines: LineIndex, fileName: String = "") {
        var nonEmpty = 0                   // non-empty lines so far
        var bracketOpen = false            // inside a procedural [ … ] running over lines
        var bracketLines = 0
        var previousMasthead: (line: Int, symbol: Symbol)?
        var adoptedBy: (body: IssuingBody, noun: CitedNoun, within: Int)?
        var furniture: [Symbol: Int] = [:]  // symbols of running-head lines, and how often
        var firstFurniture: [Symbol] = []   // those of the first such line
        var pendingHeading: Symbol?         // a Council heading below the top, awaiting its "Adopted by"
        var sawTitle = false                // a line holding one resolution title was read
        var mastheadLines: [(line: Int, symbol: Symbol)] = []  // symbol lines near the top
        var titleSymbols: [Symbol] = []     // resolution titles near the top, after the masthead's symbols
        var issuedAs: [SymbolScanner.Match] = []  // "[S/1588]" under an early resolution's title, after it
        var textStart = 1                   // the non-empty line where the text itself starts
        var volumeSession: String?          // "XXX. RESOLUTIONS ADOPTED …": the session of the number lines below
        // A web page whose conversion ran the header into the text: its masthead, heading or
        // number line within its first bytes comes first.
        if let match = HeaderText.embeddedSymbol(s, prefix: Self.embeddedReach) { add(match) }
        for line in 0..<lines.count {
            let range = HeaderText.core(lines.range(ofLine: line, in: s), in: s)
            guard !range.isEmpty else { continue }
            nonEmpty += 1
            let inHeader = nonEmpty <= Self.headerLines
            if let heading = pendingHeading, HeaderText.confirmsHeading(s, in: range) { add(heading) }
            pendingHeading = nil
            if let match = HeaderText.statedSymbol(s, in: range) {
                add(match)
                continue
            }
            if inHeader, range.count <= Self.headingLength {
                if headingBody == nil { headingBody = HeaderText.heading(s, in: range) }
                if !isDraft { isDraft = HeaderText.namesDraft(s, in: range) }
                if let match = HeaderText.hyphenatedSymbol(s, in: range) ?? HeaderText.splitSeriesSymbol(s, in: range) {
                    add(match)
                    continue
                }
                if let session = HeaderText.sessionHeading(s, in: range) {
                    volumeSession = session
                    continue
                }
                if let session = volumeSession, let own = HeaderText.serialNumberLine(s, in: range, session: session) {
                    titleSymbols.append(own)
                    volumeSession = nil
                    continue
                }
            }
            // A web page's links to the documents before and after it ("← | 决议案八(一) | 决议案九(一)
            // A/RES/9(I) …"): none is cited, though the line may state the page's own symbol.
            if inHeader, HeaderText.startsNavigation(s, in: range) { navigationLines.insert(line) }
            // An adoption line below a page's metadata and lists, when nothing above named the document.
            if !inHeader, ownSymbols.isEmpty, titleSymbols.isEmpty, range.count <= Self.headingLength {
                if let adopted = HeaderText.adoptedBy(s, in: range) {
                    adoptedBy = (adopted.body, adopted.noun, nonEmpty + Self.numberLineDistance)
                    continue
                }
                if let adopted = adoptedBy, nonEmpty <= adopted.within,
                   let own = HeaderText.numberLine(s, at: range.lowerBound, end: range.upperBound, adoptedBy: (adopted.body, adopted.noun), defaultBody: nil) {
                    titleSymbols.append(own)
                    adoptedBy = nil
                    continue
                }
            }
            if inHeader, let match = HeaderText.bracketedOwnSymbol(s, in: range) {
                issuedAs.append(match)
                continue
            }
            if bracketOpen || HeaderText.opensProcedure(s, in: range, inHeader: inHeader) {
                proceduralLines.insert(line)
                bracketOpen = (bracketOpen || s[range.lowerBound] == 0x5B) && !HeaderText.closesBracket(s, in: range)
                bracketLines = bracketOpen ? bracketLines + 1 : 0
                if bracketLines > Self.maximumNoteLines { bracketOpen = false }
                continue
            }
            if let symbols = HeaderText.furnitureSymbols(s, in: range) {
                for symbol in symbols { furniture[symbol, default: 0] += 1 }
                if firstFurniture.isEmpty { firstFurniture = symbols }
            }
            // A text that starts with a symbol starts with its own (a masthead whose line ran on),
            // after a site's words above it if any.
            if nonEmpty == 1 || nonEmpty == textStart, Bytes.isUpper(s[range.lowerBound]), let match = SymbolScanner.scan(s, at: range.lowerBound) {
                add(match)
            }
            if inHeader, HeaderText.endsSiteNavigation(s, in: range) { textStart = nonEmpty + 1 }
            // "52/12. 革新联合国：改革方案 A 大会，…": a number line starting one of the first lines,
            // however long the line ran on.
            if nonEmpty <= Self.titleLines, range.count > Self.headingLength,
               let title = HeaderText.numberLine(s, at: range.lowerBound, end: range.upperBound, adoptedBy: nil, defaultBody: headingBody) {
                add(title)
            }
            guard inHeader, range.count <= Self.headingLength else {
                // Pages of the Council's yearly volumes hold several resolutions, each headed.
                pendingHeading = HeaderText.securityCouncilHeading(s, in: range)
                continue
            }
            if nonEmpty <= Self.titleLines, let statement = HeaderText.statementTitle(s, in: range) { add(statement) }
            if let named = HeaderText.namedResolutionLine(s, in: range, defaultBody: headingBody), nonEmpty <= Self.titleLines || s[range.lowerBound] == 0x28 {
                titleSymbols.append(named)
                continue
            }
            if let supplement = HeaderText.supplementSymbol(s, in: range) { add(supplement) }
            // A line of resolution titles and nothing else: the document's own title when it is
            // the first and only one, else a page's links to the resolutions around it.
            let titles = HeaderText.titlesOnly(s, in: range)
            if titles > 1 || (titles == 1 && !ownSymbols.isEmpty && sawTitle) {
                navigationLines.insert(line)
                continue
            }
            if titles == 1 { sawTitle = true }
            if let match = HeaderText.mastheadSymbol(s, in: range) {
                if !seen.contains(match.symbol) { mastheadLines.append((nonEmpty, match.symbol)) }
                add(match.symbol)
                if let alias = match.alias {
                    add(alias)
                    aliases.append((match.symbol, alias))
                } else if let previous = previousMasthead, previous.line == line - 1 || previous.line == line - 2,
                          previous.symbol.body != match.symbol.body, !aliases.contains(where: { $0.0 == previous.symbol }) {
                    // Two symbols stacked on two lines: one document issued to two organs.
                    aliases.append((previous.symbol, match.symbol))
                }
                previousMasthead = (line, match.symbol)
                continue
            }
            if let adopted = HeaderText.adoptedBy(s, in: range) {
                adoptedBy = (adopted.body, adopted.noun, nonEmpty + Self.numberLineDistance)
                continue
            }
            if let title = HeaderText.resolutionTitle(s, in: range, adoptedBy: adoptedBy.flatMap { nonEmpty <= $0.within ? ($0.body, $0.noun) : nil },
                                                      defaultBody: headingBody) {
                titleSymbols.append(title)
                adoptedBy = nil
            }
        }
        for title in titleSymbols { add(title) }
        for match in issuedAs { add(match) }
        // Many symbol lines at the top are a list of documents (a table of reports), not a
        // masthead: only one standing in the first lines may still be the document's own.
        if mastheadLines.count > Self.mastheadSymbols {
            let listed = Set(mastheadLines.map(\.symbol)).subtracting(mastheadLines.first.map { $0.line <= Self.titleLines + 2 ? [$0.symbol] : [] } ?? [])
            ownSymbols.removeAll { listed.contains($0) }
            seen.subtract(listed)
            aliases.removeAll { listed.contains($0.0) || listed.contains($0.1) }
        }
        // Running heads: a symbol heading several pages is the document's own, even when the
        // masthead was lost; one already named costs nothing.
        for (symbol, count) in furniture.sorted(by: { $0.key < $1.key }) where count >= Self.runningHeadPages {
            add(symbol)
        }
        // A text with no masthead (a page's text copied without its top): the symbol of its
        // running head, even on one page only.
        // Not when lone symbols stand on many lines: that is a list of documents.
        if ownSymbols.isEmpty, furniture.count <= Self.runningHeadSymbols {
            for symbol in firstFurniture { add(symbol) }
            if firstFurniture.count == 2 { aliases.append((firstFurniture[0], firstFurniture[1])) }
        }
        // A page of the Council's volumes run into one line, a masthead's "Distr." left in a sentence.
        if ownSymbols.isEmpty {
            for symbol in HeaderText.runningTextSymbols(s) { add(symbol) }
        }
        if ownSymbols.isEmpty, let match = HeaderText.symbolSpelled(byFileName: fileName) {
            add(match)
            namedByFile = true
        }
    }

    /// A symbol the document states for itself, and the other symbol of a joint one.
    private mutating func add(_ match: SymbolScanner.Match) {
        add(match.symbol)
        if let alias = match.alias {
            add(alias)
            aliases.append((match.symbol, alias))
        }
    }

    private mutating func add(_ symbol: Symbol) {
        if seen.insert(symbol).inserted { ownSymbols.append(symbol) }
    }

    /// The own symbols as a set.
    private var seen: Set<Symbol> = []

    /// How many non-empty lines from the top make the masthead and headings, and how long a
    /// heading line may be.
    private static let headerLines = 30
    private static let headingLength = 160
    /// How many lines an adoption note "[on the report of … (A/80/534)]" may run over.
    private static let maximumNoteLines = 3
    /// How many lines at the top may be a page's title naming the document.
    private static let titleLines = 3
    /// How far into the text a header run into a line ("United Nations S/PV.5947 Security
    /// Council …") is looked for.
    private static let embeddedReach = 3_000
    /// How many lines below "Resolution adopted by …" its number line may stand.
    private static let numberLineDistance = 8
    /// How many symbol lines a masthead holds at most (a joint document's two, a revision's).
    private static let mastheadSymbols = 3
    /// How many different symbols running heads may hold (a joint document's two).
    private static let runningHeadSymbols = 2
    /// On how many running-head lines a symbol must stand to be the document's own.
    private static let runningHeadPages = 2
}

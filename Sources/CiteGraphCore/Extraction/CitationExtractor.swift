/// Finds the citations in one document's text, in three stages: normalization (width,
/// script variants, spaces; `NormalizedText`), the header and footnotes (`DocumentHeader`,
/// `Footnotes`), and one scan that tries the citation forms (`Forms/`) at each byte that can
/// start one, resolving each number through `NumberResolution`.
public enum CitationExtractor {
    /// Extracts the citations of `document`, and with `metadata` its own title and date.
    public static func extract(_ document: SourceDocument) -> DocumentExtraction { extract(document, metadata: true) }

    public static func extract(_ document: SourceDocument, metadata: Bool) -> DocumentExtraction {
        let text = NormalizedText(document.bytes)
        let s = text.bytes
        let lines = LineIndex(s)
        let header = DocumentHeader(s, lines: lines, fileName: document.name)
        let footnotes = Footnotes(s, lines: lines)
        let documentBody = header.ownSymbols.first?.body ?? header.headingBody ?? .generalAssembly
        let ownType = header.ownSymbols.first?.documentType
        let context = MentionContext(text: text, lines: lines,
                                     isResolution: ownType == .resolution || ownType == .decision || ownType == .draft || header.isDraft)
        var scan = Scan(text: text, lines: lines, footnotes: footnotes, documentBody: documentBody,
                        proceduralLines: header.proceduralLines, navigationLines: header.navigationLines, context: context,
                        annexedPreamble: AnnexedPreamble.start(in: s, lines: lines))
        scan.run()
        scan.repeatIbidFootnotes()

        let own = Set(header.ownSymbols)
        var aliases = header.aliases.map { (primary: $0.0, alias: $0.1) }
        for mention in scan.mentions {
            if let alias = mention.alias { aliases.append((mention.target, alias)) }
        }
        return DocumentExtraction(
            file: document.path,
            node: header.ownSymbols.first?.rawValue ?? document.name,
            ownSymbols: header.ownSymbols,
            aliases: aliases,
            body: header.ownSymbols.first?.body ?? header.headingBody,
            type: header.ownSymbols.first?.documentType ?? (header.isDraft ? .draft : nil),
            mentions: scan.mentions.filter { !own.contains($0.target) && !($0.alias.map(own.contains) ?? false) },
            unresolved: scan.unresolved,
            nodeSource: header.ownSymbols.isEmpty ? .fileName : header.namedByFile ? .fileNameSymbol : .text,
            language: Language.detect(s),
            metadata: metadata ? DocumentMetadataReader.read(text, lines: lines, ownSymbols: header.ownSymbols) : DocumentMetadata()
        )
    }
}

/// One pass over a document's normalized bytes.
private struct Scan {
    let text: NormalizedText
    let lines: LineIndex
    let footnotes: Footnotes
    let documentBody: IssuingBody
    /// Header lines recording how a resolution was adopted: their symbols are procedural.
    let proceduralLines: Set<Int>
    private static let secretariat = Array("ST/".utf8)
    /// A web page's links to neighbouring documents: not the document's citations.
    let navigationLines: Set<Int>
    /// Builds each mention's evidence.
    let context: MentionContext
    var mentions: [Mention] = []
    var unresolved: [UnresolvedMention] = []
    /// Where the last column was counted: (line, original offset, column).
    private var columnCursor = (line: -1, offset: 0, column: 1)

    /// Where the text of another organisation annexed to the document starts (see `AnnexedPreamble`).
    let annexedPreamble: Int?

    init(text: NormalizedText, lines: LineIndex, footnotes: Footnotes, documentBody: IssuingBody, proceduralLines: Set<Int>,
         navigationLines: Set<Int>, context: MentionContext, annexedPreamble: Int?) {
        self.navigationLines = navigationLines
        self.context = context
        self.annexedPreamble = annexedPreamble
        self.text = text
        self.lines = lines
        self.footnotes = footnotes
        self.documentBody = documentBody
        self.proceduralLines = proceduralLines
    }

    mutating func run() {
        let s = text.bytes
        let n = s.count
        let table = Self.byteClass
        var i = 0
        while i < n {
            // Most bytes start nothing: the rest of a Chinese character, punctuation, spaces,
            // and the letters inside a word (a token starts only after a boundary, see
            // `startsToken`) unless they may start a statement mention. Skip them in one loop.
            let skipped = s.withUnsafeBufferPointer { buffer in
                table.withUnsafeBufferPointer { byteClass in
                    var j = i
                    while j < n {
                        let c = byteClass[Int(buffer[j])]
                        if c & Self.mayStartBit == 0 { j += 1; continue }
                        guard c & Self.statementBit == 0, j > 0 else { break }
                        let previous = byteClass[Int(buffer[j - 1])]
                        // ASCII after a letter, digit or / . - _ , ; Cyrillic after any non-ASCII byte or an ASCII letter or digit.
                        let inWord = c & Self.nonASCIIBit == 0 ? previous & Self.joinsASCIIBit != 0
                                                               : previous & (Self.nonASCIIBit | Self.alphanumericBit) != 0
                        guard inWord else { break }
                        j += 1
                    }
                    return j
                }
            }
            i = skipped
            guard i < n else { break }
            let b = s[i]
            if StatementMentions.mayStart(b), let range = StatementMentions.unresolved(in: s, at: i) {
                let (line, column, written) = locate(range)
                unresolved.append(UnresolvedMention(line: line, column: column, text: written,
                                                    reason: "a presidential statement named without its symbol"))
            }
            if (b < 0x80 ? Bytes.isAlphanumeric(b) : b == 0xD0 || b == 0xD1), startsToken(s, at: i) {
                // "2253 (ES-V)": the number was passed over; the bracket after it says what it is.
                if b == 0x45 /* E */, i > 0, s[i - 1] == 0x28, let phrase = SpecialSessionNumber.scan(s, bracketAt: i - 1) {
                    record(phrase)
                    i = phrase.end
                    continue
                }
                if Bytes.isUpper(b), let match = SymbolScanner.scan(s, at: i) {
                    let (relation, cue) = relation(before: i)
                    // A torn table cell is read on its own line; the rows below it are read next.
                    let end = match.resume ?? match.end
                    record(match.symbol, alias: match.alias, range: i..<end, inList: false, relation: relation, cue: cue)
                    for also in match.also { record(also, alias: nil, range: i..<end, inList: true, relation: relation, cue: cue) }
                    i = end
                    continue
                }
                if ChinesePhraseScanner.mayStart(b) {
                    var reached = i
                    if let phrase = ChinesePhraseScanner.scan(s, at: i, reached: &reached) {
                        record(phrase)
                        i = phrase.end
                        continue
                    }
                    // A list that ends in no citation: none of its numbers starts one either.
                    if reached > i {
                        i = reached
                        continue
                    }
                }
                if KeywordPhraseScanner.mayStart(b), let phrase = KeywordPhraseScanner.scan(s, at: i) {
                    record(phrase)
                    i = phrase.end
                    continue
                }
            }
            i += 1
        }
        // Unresolved numbers and statements were found in one pass, each in order: merge them.
        unresolved.sort { ($0.line, $0.column) < ($1.line, $1.column) }
    }

    /// What the skip loop of `run` needs to know of a byte, as bits of one table entry.
    private static let mayStartBit: UInt8 = 1, statementBit: UInt8 = 2, joinsASCIIBit: UInt8 = 4,
                       nonASCIIBit: UInt8 = 8, alphanumericBit: UInt8 = 16

    /// `mayStart`: a citation or statement mention can start with it (capitals and digits,
    /// the first letters of `KeywordPhraseScanner`'s nouns and of statement mentions, the
    /// Cyrillic leads 0xD0 and 0xD1, 0xE4 for 主: a word starting with any other letter is
    /// passed whole); `statement`: a statement mention can, wherever it stands;
    /// `joinsASCII`: an ASCII token cannot start after it.
    private static let byteClass: [UInt8] = (0..<256).map { value in
        let b = UInt8(value)
        var c: UInt8 = 0
        if Bytes.isUpper(b) || Bytes.isDigit(b) || KeywordPhraseScanner.mayStart(b) || ChinesePhraseScanner.mayStart(b)
            || StatementMentions.mayStart(b) || b == 0xD0 || b == 0xD1 { c |= mayStartBit }
        if StatementMentions.mayStart(b) { c |= statementBit }
        if Bytes.isAlphanumeric(b) || b == 0x2F || b == 0x2E || b == 0x2D || b == 0x5F || b == 0x2C { c |= joinsASCIIBit }
        if b >= 0x80 { c |= nonASCIIBit }
        if Bytes.isAlphanumeric(b) { c |= alphanumericBit }
        return c
    }

    /// Re-emits, on each 同上 / Ibid. footnote, the citations of the footnote before it (its
    /// own, or those it repeated in turn), in one pass however many footnotes there are.
    mutating func repeatIbidFootnotes() {
        guard !footnotes.ibidWords.isEmpty else { return }
        var byLine = Dictionary(grouping: mentions, by: \.line)
        var repeated: [Mention] = []
        for line in footnotes.definitionLines {
            guard let wordRange = footnotes.ibidWords[line], let previous = footnotes.previousDefinition(before: line) else { continue }
            let (_, column, word) = locate(wordRange)
            let evidence = context.evidence(for: wordRange, cue: nil, inFootnote: true)
            let copies = (byLine[previous + 1] ?? []).map {
                var copied = evidence
                copied.cue = $0.evidence.cue
                copied.pinpoint = $0.evidence.pinpoint
                return Mention(target: $0.target, alias: $0.alias, line: line + 1, column: column,
                               text: word, via: .ibid, relation: $0.relation, evidence: copied)
            }
            byLine[line + 1, default: []] += copies
            repeated += copies
        }
        // Both lists run in line order: merge them, a line's own citations before its repeats.
        var merged: [Mention] = []
        merged.reserveCapacity(mentions.count + repeated.count)
        var k = 0
        for mention in mentions {
            while k < repeated.count, repeated[k].line < mention.line {
                merged.append(repeated[k])
                k += 1
            }
            merged.append(mention)
        }
        merged += repeated[k...]
        mentions = merged
    }

    /// A token starts here: not in the middle of a word, number or symbol.
    private func startsToken(_ s: [UInt8], at i: Int) -> Bool {
        guard i > 0 else { return true }
        let p = s[i - 1]
        // Cyrillic words start after an ASCII space or punctuation, not inside another word.
        if s[i] >= 0x80 { return p < 0x80 && !Bytes.isAlphanumeric(p) }
        return !(Bytes.isAlphanumeric(p) || p == 0x2F || p == 0x2E || p == 0x2D || p == 0x5F || p == 0x2C)
    }

    private mutating func record(_ phrase: CitationPhrase) {
        // The body's name may take the noun with it ("Assembly resolution 67/290"): look up to the number.
        var named = phrase.namedBody ?? BodyContext.namedBody(in: text.bytes, before: phrase.numbers[0].range.lowerBound)
        // In an annexed text of another organisation, "its resolution" is its author's.
        if named == nil, let annex = annexedPreamble, phrase.spans[0].lowerBound > annex,
           AnnexedPreamble.isPossessive(text.bytes, before: phrase.spans[0].lowerBound) { named = .otherOrganisation }
        // One verb governs the whole list, however long.
        let (relation, cue) = relation(before: phrase.spans[0].lowerBound)
        if phrase.unread > 0, let last = phrase.spans.last {
            let (line, column, written) = locate(last)
            unresolved.append(UnresolvedMention(line: line, column: column, text: written,
                                                reason: "a list of more than \(phrase.numbers.count) numbers: the \(phrase.unread) after them are not read"))
        }
        for (number, span) in zip(phrase.numbers, phrase.spans) {
            switch NumberResolution.outcome(for: number, noun: phrase.noun, namedBody: named, documentBody: documentBody) {
            case let .symbol(symbol):
                record(symbol, alias: nil, range: span, inList: phrase.numbers.count > 1, relation: relation, cue: cue)
            case let .unresolved(reason):
                let (line, column, written) = locate(span)
                unresolved.append(UnresolvedMention(line: line, column: column, text: written, reason: reason))
            case .notACitation:
                continue
            }
        }
    }

    /// The verb governing a mention at `offset`, and where it stands; in a footnote's text,
    /// the verb where the running text points at the footnote.
    private func relation(before offset: Int) -> (Relation, Range<Int>?) {
        let line = lines.line(of: offset)
        if proceduralLines.contains(line) || HeaderText.isInAdoptionNote(text.bytes, at: offset) { return (.procedural, nil) }
        let marker = footnotes.isDefinition(line) ? footnotes.markerOffset(forDefinitionAt: line, lineStart: lines.starts[line]) : nil
        return RelationContext.match(in: text.bytes, before: marker ?? offset)
    }

    private mutating func record(_ symbol: Symbol, alias: Symbol?, range: Range<Int>, inList: Bool, relation: Relation, cue: Range<Int>?) {
        let lineIndex = lines.line(of: range.lowerBound)
        if navigationLines.contains(lineIndex)
            || symbol.rawValue.utf8.starts(with: Self.secretariat) && Boilerplate.surrounds(text.bytes, range, line: lines.range(ofLine: lineIndex, in: text.bytes)) {
            return
        }
        let (line, column, written) = locate(range)
        let via: Via = footnotes.isDefinition(line - 1) ? .footnote : (inList ? .list : .inline)
        mentions.append(Mention(target: symbol, alias: alias, line: line, column: column, text: written, via: via,
                                relation: relation, evidence: context.evidence(for: range, cue: cue, inFootnote: via == .footnote),
                                stated: context.stated(for: range)))
    }

    /// 1-based line and column, and the original text, of a normalized byte range.
    private mutating func locate(_ range: Range<Int>) -> (Int, Int, String) {
        let line = lines.line(of: range.lowerBound)
        let originalRange = text.originalRange(range)
        let written = String(decoding: text.original[originalRange], as: UTF8.self)
        return (line + 1, column(ofOriginal: originalRange.lowerBound, onLine: line), written)
    }

    /// The 1-based column, in Unicode scalars, of original byte `offset` on 0-based `line`.
    /// Counting goes on from the previous mention's column when it is further along the same
    /// line, so a line of megabytes with thousands of citations is read once, not once each.
    private mutating func column(ofOriginal offset: Int, onLine line: Int) -> Int {
        var (i, column) = (text.origin(lines.starts[line]), 1)
        if columnCursor.line == line, columnCursor.offset <= offset { (i, column) = (columnCursor.offset, columnCursor.column) }
        while i < offset {
            if text.original[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        columnCursor = (line, offset, column)
        return column
    }
}

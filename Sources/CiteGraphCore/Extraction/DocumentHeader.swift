/// What a document says about itself: the symbols it states for itself (header lines such as
/// `A/75/860–S/2021/387`, an adopted resolution's title `第 2594(2021)号决议`) and the body it
/// comes from. Its own symbols name its node and are never citations.
struct DocumentHeader {
    /// The document's own symbols, the first one naming its node.
    var ownSymbols: [Symbol] = []
    /// Pairs (primary, alias) of jointly issued symbols it states for itself.
    var aliases: [(Symbol, Symbol)] = []
    /// The body named by a heading line (大会, 安全理事会, "Security Council", …), if any.
    var headingBody: IssuingBody?
    /// Whether the heading calls the document a draft resolution (决议草案, "draft resolution").
    var isDraft = false

    init(_ s: [UInt8], lines: LineIndex) {
        var sawText = false
        for line in 0..<lines.count {
            let range = trimmed(lines.range(ofLine: line, in: s), in: s)
            guard !range.isEmpty else { continue }
            if let (symbol, alias) = loneSymbol(s, in: range) {
                add(symbol)
                if let alias {
                    add(alias)
                    aliases.append((symbol, alias))
                }
            } else if !sawText, let title = resolutionTitle(s, in: range) {
                add(title)
            }
            // Headings are short lines near the top; paragraphs are not read for them.
            if line < Self.headingLines, range.count <= Self.headingLength {
                if headingBody == nil { headingBody = Self.heading(s, in: range) }
                if !isDraft { isDraft = Self.namesDraft(s, in: range) }
            }
            sawText = true
        }
    }

    private mutating func add(_ symbol: Symbol) {
        if seen.insert(symbol).inserted { ownSymbols.append(symbol) }
    }

    /// The own symbols as a set, so a running head repeated on every page costs nothing.
    private var seen: Set<Symbol> = []

    /// How far from the top a heading naming the body may stand, and how long it may be.
    private static let headingLines = 60
    private static let headingLength = 160

    /// A line holding nothing but a symbol, possibly after "联合国" / "United Nations": the
    /// header or running head of a UN document.
    private func loneSymbol(_ s: [UInt8], in range: Range<Int>) -> (Symbol, Symbol?)? {
        var i = range.lowerBound
        for prefix in Self.organisationNames {
            if let end = Self.matchSpaced(prefix, in: s, at: i, limit: range.upperBound) {
                i = s.skippingSpaces(from: end)
                break
            }
        }
        guard i < range.upperBound, Bytes.isUpper(s[i]),
              let match = SymbolScanner.scan(s, at: i), match.end == range.upperBound
        else { return nil }
        return (match.symbol, match.alias)
    }

    /// An adopted resolution's title line: `第 2594(2021)号决议`, nothing else on the line.
    private func resolutionTitle(_ s: [UInt8], in range: Range<Int>) -> Symbol? {
        var i = range.lowerBound
        if s.has(Token.di, at: i) { i = s.skippingSpaces(from: i + Token.di.count) }
        guard i < range.upperBound, let phrase = ChinesePhraseScanner.scan(s, at: i),
              phrase.end == range.upperBound, phrase.numbers.count == 1
        else { return nil }
        return NumberResolution.symbol(for: phrase.numbers[0], noun: phrase.noun, namedBody: nil, documentBody: .generalAssembly)
    }

    private static func heading(_ s: [UInt8], in range: Range<Int>) -> IssuingBody? {
        // Spaces removed (大  会) and a closing comma (大会，) allowed.
        var text = s[range].filter { !Bytes.isSpace($0) }
        for comma in [Bytes.of("，"), Bytes.of(",")] where text.count >= comma.count && Array(text.suffix(comma.count)) == comma {
            text.removeLast(comma.count)
        }
        return headings.first { $0.0 == text }?.1
    }

    private static let headings: [([UInt8], IssuingBody)] = [
        (Bytes.of("大会"), .generalAssembly),
        (Bytes.of("GeneralAssembly"), .generalAssembly),
        (Bytes.of("安全理事会"), .securityCouncil),
        (Bytes.of("SecurityCouncil"), .securityCouncil),
        (Bytes.of("人权理事会"), .humanRightsCouncil),
        (Bytes.of("HumanRightsCouncil"), .humanRightsCouncil),
        (Bytes.of("经济及社会理事会"), .economicAndSocialCouncil),
        (Bytes.of("EconomicandSocialCouncil"), .economicAndSocialCouncil),
    ]

    private static func namesDraft(_ s: [UInt8], in range: Range<Int>) -> Bool {
        draftNames.lastMatch(in: s, range) != nil
    }

    private static let draftNames = PatternSet<Void>([("决议草案", ()), ("draft resolution", ())])

    private static let organisationNames = [Bytes.of("联合国"), Bytes.of("UnitedNations")]

    /// Matches `word` at `index` allowing spaces between its characters ("联 合 国").
    private static func matchSpaced(_ word: [UInt8], in s: [UInt8], at index: Int, limit: Int) -> Int? {
        var i = index
        var k = 0
        while k < word.count {
            guard i < limit else { return nil }
            if s[i] == word[k] {
                i += 1
                k += 1
            } else if s[i] == 0x20, k > 0 {  // a space byte never falls inside a character
                i += 1
            } else {
                return nil
            }
        }
        return i
    }

    private func trimmed(_ range: Range<Int>, in s: [UInt8]) -> Range<Int> {
        var low = range.lowerBound
        var high = range.upperBound
        while low < high, Bytes.isSpace(s[low]) { low += 1 }
        while high > low, Bytes.isSpace(s[high - 1]) { high -= 1 }
        return low..<high
    }
}

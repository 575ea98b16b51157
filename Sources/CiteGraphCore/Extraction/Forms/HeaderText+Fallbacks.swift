/// Own-symbol forms of texts whose header is damaged or was never a header: pages of the
/// Council's printed volumes run into one line by OCR, web pages that spell a symbol their own
/// way, a masthead symbol split by a space, a title line naming the resolution.
extension HeaderText {

    // MARK: Lines of the header

    /// "S-PV-6210 2009-10-29 12:00": a site's spelling of the symbol, hyphens for the slash and
    /// the full stop, at the start of a line and followed by a date.
    static func hyphenatedSymbol(_ s: [UInt8], in range: Range<Int>) -> SymbolScanner.Match? {
        guard range.count <= maximumShortLine, Bytes.isUpper(s[range.lowerBound]) else { return nil }
        var end = range.lowerBound
        while end < range.upperBound, Bytes.isAlphanumeric(s[end]) || s[end] == 0x2D || s[end] == 0x2E { end += 1 }
        let date = s.skippingSpaces(from: end)
        guard end < range.upperBound, date + 10 <= range.upperBound, s.digitRunEnd(from: date) == date + 4, s[date + 4] == 0x2D else { return nil }
        var bytes = s[range.lowerBound..<end].map { $0 == 0x2D ? 0x2F : $0 }
        // The meeting records' "PV.6210": the part after PV was written with a hyphen too.
        for k in bytes.indices.dropLast(3) where bytes[k] == 0x2F && bytes[k + 1] == 0x50 && bytes[k + 2] == 0x56 && bytes[k + 3] == 0x2F {
            bytes[k + 3] = 0x2E
        }
        guard let match = SymbolScanner.scan(bytes, at: 0), match.end == bytes.count, match.symbol.rawValue.contains("/PV.") else { return nil }
        return match
    }

    /// "C EDAW/C/BLR/CO/7": a masthead symbol whose series a PDF's text split with a space.
    static func splitSeriesSymbol(_ s: [UInt8], in range: Range<Int>) -> SymbolScanner.Match? {
        guard range.count <= maximumShortLine, Bytes.isUpper(s[range.lowerBound]) else { return nil }
        var space = range.lowerBound
        while space < range.upperBound, Bytes.isUpper(s[space]) { space += 1 }
        guard space < range.upperBound, s[space] == 0x20, space + 1 < range.upperBound, Bytes.isUpper(s[space + 1]) else { return nil }
        let bytes = Array(s[range.lowerBound..<space] + s[(space + 1)..<range.upperBound])
        guard let match = SymbolScanner.scan(bytes, at: 0), match.end == bytes.count else { return nil }
        return match
    }

    /// "(Resolution 1514(XV)", "UN General Assembly Resolutions: Resolution 47/69": a line, or the
    /// end of a page's title after its colon, naming one resolution and nothing else.
    static func namedResolutionLine(_ s: [UInt8], in range: Range<Int>, defaultBody: IssuingBody?) -> Symbol? {
        guard range.count <= maximumShortLine else { return nil }
        var i = range.lowerBound
        if s[i] == 0x28 /* ( */ {
            i += 1
        } else if let colon = s[range].lastIndex(of: 0x3A /* : */) {
            i = s.skippingSpaces(from: colon + 1)
        } else {
            return nil
        }
        guard let word = titleWords.match(in: s, at: i) else { return nil }
        i = s.skippingSpaces(from: i + word.length)
        guard i < range.upperBound, let number = ResolutionNumber.scan(s, at: i) else { return nil }
        var end = number.range.upperBound
        while end < range.upperBound, s[end] == 0x29 || Bytes.isSpace(s[end]) { end += 1 }
        guard end >= range.upperBound else { return nil }
        let before = s[range.lowerBound..<i]
        switch number.form {
        case .sessional, .withSession, .special, .emergency:
            let named: IssuingBody = before.firstRange(of: humanRightsCouncil) != nil ? .humanRightsCouncil : defaultBody ?? .generalAssembly
            return symbol(number, noun: .resolution, body: named == .securityCouncil ? .generalAssembly : named)
        case .withYear:
            return symbol(number, noun: .resolution, body: .securityCouncil)
        case .bare:
            return nil
        }
    }

    private static let humanRightsCouncil = Bytes.of("Human Rights Council")
    private static let titleWords = PatternSet<Void>([("Resolution", ()), ("Résolution", ()), ("Resolución", ())])

    /// "XXX. RESOLUTIONS ADOPTED ON THE REPORTS OF THE SECOND COMMITTEE": a volume's section
    /// heading, naming the session of the numbers below it; the roman session.
    static func sessionHeading(_ s: [UInt8], in range: Range<Int>) -> String? {
        var i = range.lowerBound
        while i < range.upperBound, romanLetters.contains(s[i]) { i += 1 }
        guard i > range.lowerBound, i < range.upperBound, s[i] == 0x2E else { return nil }
        let roman = s.ascii(range.lowerBound..<i)
        guard RomanNumerals.value(roman) != nil, sessionHeadingWords.match(in: s, at: s.skippingSpaces(from: i + 1)) != nil else { return nil }
        return roman
    }

    private static let romanLetters: Set<UInt8> = Set("IVXLC".utf8)
    private static let sessionHeadingWords = PatternSet<Void>([("RESOLUTIONS ADOPTED", ()), ("Resolutions adopted", ())])

    /// "3516. Permanent sovereignty …" under a session heading: the Assembly's resolution of that session.
    static func serialNumberLine(_ s: [UInt8], in range: Range<Int>, session: String) -> Symbol? {
        let end = s.digitRunEnd(from: range.lowerBound)
        guard end > range.lowerBound, end - range.lowerBound <= 4, end + 2 < range.upperBound, s[end] == 0x2E,
              s[end + 1] == 0x20, Bytes.isUpper(s[end + 2])
        else { return nil }
        let number = ResolutionNumber(form: .withSession(number: s.ascii(range.lowerBound..<end), session: session), range: range.lowerBound..<end)
        return symbol(number, noun: .resolution, body: .generalAssembly)
    }

    /// Whether the line is a site's words above the text it transcribes ("Page content
    /// transcription"): the line after it starts the text.
    static func endsSiteNavigation(_ s: [UInt8], in range: Range<Int>) -> Bool {
        siteNavigation.match(in: s, at: range.lowerBound).map { $0.length == range.count } ?? false
    }

    private static let siteNavigation = PatternSet<Void>([
        ("Page content transcription", ()),
        ("If your browser does not render page correctly, please read the page content below", ()),
    ])

    /// A line short enough to be a heading or a masthead of one symbol.
    private static let maximumShortLine = 90

    // MARK: Anywhere in the text

    /// When no line gave the document's own symbol: the first of
    ///
    /// - a Council heading inside running text, as OCR of the printed volumes runs a page into
    ///   one line: "… the ‘question. Resolution 242 (1967) ‘of 22 November 1967 The Security
    ///   Council, …", "44 (1948). Resolution of 1 April 1948 [S/714, II]", with the symbol it was
    ///   issued under in brackets after it;
    /// - a symbol followed on its line by the masthead's "Distr.": "[The following is Statement
    ///   number S/PRST/2012/13 taken from the UN Security Council website. Distr.: General, …".
    static func runningTextSymbols(_ s: [UInt8]) -> [Symbol] {
        let limit = min(s.count, runningTextReach)
        var i = 0
        while i < limit {
            let b = s[i]
            if b == 0x52 /* R */, let heading = councilHeading(s, at: i) { return heading }
            if Bytes.isDigit(b), i == 0 || !Bytes.isAlphanumeric(s[i - 1]), let heading = volumeNumberLine(s, at: i) { return heading }
            if b == 0x44 /* D */, s.has(distr, at: i), let symbol = symbolBefore(s, distrAt: i) { return [symbol] }
            if let notice = symbolNotices.match(in: s, at: i) {
                let k = s.skippingSpaces(from: i + notice.length)
                if k < s.count, Bytes.isUpper(s[k]), let match = SymbolScanner.scan(s, at: k) { return [match.symbol] }
                i += notice.length
                continue
            }
            i += 1
        }
        return []
    }

    private static let runningTextReach = 20_000
    /// The notice on the cover of the Official Records, right before the record's own symbol:
    /// "… indica que se hace referencia a un documento de las Naciones Unidas. S/PV.502 ( 19 p. )".
    private static let symbolNotices = PatternSet<Void>([
        ("indicates a reference to a United Nations document.", ()),
        ("se hace referencia a un documento de las Naciones Unidas.", ()),
    ])
    private static let distr = Bytes.of("Distr.")

    /// "Resolution 242 (1967) of 22 November 1967", after the end of a sentence or a line.
    private static func councilHeading(_ s: [UInt8], at start: Int) -> [Symbol]? {
        guard let word = councilHeadingWords.match(in: s, at: start), startsSentence(s, at: start) else { return nil }
        let i = s.skippingSpaces(from: start + word.length)
        guard i < s.count, Bytes.isDigit(s[i]), let number = ResolutionNumber.scan(s, at: i), case .withYear = number.form,
              let dateEnd = headingDateEnd(s, from: number.range.upperBound),
              let own = symbol(number, noun: .resolution, body: .securityCouncil)
        else { return nil }
        return [own] + issuedUnder(s, from: dateEnd)
    }

    /// "44 (1948). Resolution of 1 April 1948": the number line of the Council's volumes.
    private static func volumeNumberLine(_ s: [UInt8], at start: Int) -> [Symbol]? {
        guard let number = ResolutionNumber.scan(s, at: start), case .withYear = number.form else { return nil }
        let stop = number.range.upperBound
        guard stop < s.count, s[stop] == 0x2E else { return nil }
        let i = s.skippingSpaces(from: stop + 1)
        guard let word = councilHeadingWords.match(in: s, at: i), let dateEnd = headingDateEnd(s, from: i + word.length),
              let own = symbol(number, noun: .resolution, body: .securityCouncil)
        else { return nil }
        return [own] + issuedUnder(s, from: dateEnd)
    }

    private static let councilHeadingWords = PatternSet<Void>([("Resolution", ()), ("Résolution", ()), ("RESOLUTION", ())])

    /// Whether `start` begins a sentence or a line: after a line break, or a full stop, bracket or
    /// quote and a space.
    private static func startsSentence(_ s: [UInt8], at start: Int) -> Bool {
        var k = start
        while k > 0, s[k - 1] == 0x20 || s[k - 1] == 0x09 { k -= 1 }
        guard k > 0 else { return true }
        let p = s[k - 1]
        return p == 0x0A || p == 0x0D || p == 0x2E || p == 0x29 || p == 0x3A || (k < start && p >= 0x80)
    }

    /// Past "of 22 November 1967" / "du 4 novembre 1948" (some OCR noise allowed before the
    /// month) after a heading's number: the end of the month's name, or `nil`.
    private static func headingDateEnd(_ s: [UInt8], from index: Int) -> Int? {
        let limit = min(s.count, index + headingDateReach)
        var i = index
        while i < limit {
            if Bytes.isLetter(s[i]), i == 0 || !Bytes.isLetter(s[i - 1]), let month = months.match(in: s, at: i) {
                let end = i + month.length
                return end < s.count && Bytes.isLetter(s[end]) ? nil : end
            }
            // A new sentence or a bracket ends the heading.
            if s[i] == 0x2E || s[i] == 0x5B || s[i] == 0x2C { return nil }
            i += 1
        }
        return nil
    }

    private static let headingDateReach = 24
    private static let months = PatternSet<Void>([
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    ].map { ($0, ()) })

    /// "[S/714, II]" / "[S/1070]" within a few words after the heading's date: the symbol the
    /// resolution was issued under.
    private static func issuedUnder(_ s: [UInt8], from index: Int) -> [Symbol] {
        let limit = min(s.count, index + issuedUnderReach)
        var i = index
        while i < limit, s[i] != 0x5B /* [ */ { i += 1 }
        let k = s.skippingSpaces(from: i + 1)
        guard i < limit, k < s.count, Bytes.isUpper(s[k]), let match = SymbolScanner.scan(s, at: k) else { return [] }
        return [match.symbol]
    }

    private static let issuedUnderReach = 80

    /// The symbol standing shortly before "Distr." on the same line.
    private static func symbolBefore(_ s: [UInt8], distrAt index: Int) -> Symbol? {
        let from = max(0, index - distrReach)
        var k = from
        while k < index {
            if s[k] == 0x0A { return nil }
            if Bytes.isUpper(s[k]), k == 0 || !Bytes.isAlphanumeric(s[k - 1]) && s[k - 1] != 0x2F,
               let match = SymbolScanner.scan(s, at: k), match.end <= index {
                var j = match.end
                while j < index, s[j] != 0x0A { j += 1 }
                return j == index ? match.symbol : nil
            }
            k += 1
        }
        return nil
    }

    private static let distrReach = 64
}

/// One resolution or decision number as written in a citation phrase, before the issuing
/// body is known: `77/10`, `49/35 A`, `41/6J`, `ES-10/23`, `S-10/2`, `2593(2021)`,
/// `3369(XXX)`, `2248 (S-V)`, `217 A (III)` or a bare `2250`. Spaces between its pieces may
/// be line breaks ("447⏎(1979)", "217 A⏎(III)"), as text taken from PDFs wraps.
struct ResolutionNumber: Equatable {
    enum Form: Equatable {
        /// session/number: the General Assembly, the Human Rights Council, ECOSOC (year/number).
        case sessional(session: String, number: String)
        /// ES-10/23: an emergency special session of the General Assembly.
        case emergency(session: String, number: String)
        /// S-10/2: a special session of the General Assembly.
        case special(session: String, number: String)
        /// 2593(2021): a Security Council resolution and its year.
        case withYear(number: String, year: String)
        /// 3369(XXX): a General Assembly resolution numbered before 1976, with its session.
        case withSession(number: String, session: String)
        /// 2250: a number alone; a Security Council resolution whose year follows from it.
        case bare(number: String)
    }

    let form: Form
    /// Byte range of the number in the normalized text.
    let range: Range<Int>

    /// The number written at `start`, which the caller has checked starts a token.
    static func scan(_ s: [UInt8], at start: Int) -> ResolutionNumber? {
        for (prefix, isEmergency) in sessionPrefixes {
            guard let sessionStart = prefixEnd(prefix, in: s, at: start) else { continue }
            let sessionEnd = s.digitRunEnd(from: sessionStart)
            guard sessionEnd > sessionStart else { return nil }
            let numberStart: Int
            if sessionEnd < s.count, s[sessionEnd] == 0x2F { numberStart = sessionEnd + 1 }
            else if let (_, second) = spacedSlash(s, after: sessionEnd) { numberStart = second }
            else { return nil }
            let numberEnd = s.digitRunEnd(from: numberStart)
            guard numberEnd > numberStart, !continuesWord(s, at: numberEnd) else { return nil }
            let (session, number) = (s.ascii(sessionStart..<sessionEnd), s.ascii(numberStart..<numberEnd))
            return ResolutionNumber(
                form: isEmergency ? .emergency(session: session, number: number) : .special(session: session, number: number),
                range: start..<partLetterEnd(s, from: numberEnd))
        }
        let firstEnd = s.digitRunEnd(from: start)
        guard firstEnd > start, firstEnd - start <= 5, s[start] != 0x30 else { return nil }
        let first = s.ascii(start..<firstEnd)
        // "第 5 / 1 号决议": justified PDF lines put spaces around the slash.
        if let (slash, second) = spacedSlash(s, after: firstEnd), slash > firstEnd {
            let numberEnd = s.digitRunEnd(from: second)
            guard numberEnd - second <= 5, !continuesWord(s, at: numberEnd) else { return nil }
            return ResolutionNumber(form: .sessional(session: first, number: s.ascii(second..<numberEnd)),
                                    range: start..<partLetterEnd(s, from: numberEnd))
        }
        if firstEnd + 1 < s.count, s[firstEnd] == 0x2F, Bytes.isDigit(s[firstEnd + 1]) {
            var numberEnd = s.digitRunEnd(from: firstEnd + 1)
            guard numberEnd - firstEnd - 1 <= 5, numberEnd >= s.count || s[numberEnd] != 0x2F else { return nil }
            // A part letter written against the number: 第41/6J号.
            if numberEnd < s.count, Bytes.isUpper(s[numberEnd]), !continuesWord(s, at: numberEnd + 1) { numberEnd += 1 }
            // A comma right after it is a list or a footnote marker ("78/187,34"), not a thousands separator;
            // a list's conjunction glued to it ("résolutions5/1et 5/2") ends it too.
            guard !continuesWord(s, at: numberEnd) || s[numberEnd] == 0x2C || gluedConjunction(s, at: numberEnd) else { return nil }
            return ResolutionNumber(
                form: .sessional(session: first, number: s.ascii(firstEnd + 1..<min(numberEnd, s.digitRunEnd(from: firstEnd + 1)))),
                range: start..<partLetterEnd(s, from: numberEnd))
        }
        // 2593(2021), 2593 (2021), 3369(XXX), 217 A (III): an optional part letter, then brackets.
        let afterPart = partLetterEnd(s, from: firstEnd)
        if let (bracket, end) = bracketedYearOrSession(s, from: afterPart) {
            let inner = String(bracket.dropFirst().dropLast())
            let form: Form = inner.utf8.allSatisfy(Bytes.isDigit)
                ? .withYear(number: first, year: inner)
                : .withSession(number: first, session: inner)
            return ResolutionNumber(form: form, range: start..<end)
        }
        guard !continuesWord(s, at: firstEnd) else { return nil }
        return ResolutionNumber(form: .bare(number: first), range: start..<firstEnd)
    }

    /// Past "ES-" or "S-" at `start`, one space allowed on either side of the hyphen ("S - 7 / 1",
    /// as justified PDF lines space it), or `nil`.
    private static func prefixEnd(_ prefix: [UInt8], in s: [UInt8], at start: Int) -> Int? {
        // Called at every number the scanners meet: the first byte rules most out.
        guard start < s.count, s[start] == prefix[0] else { return nil }
        if s.has(prefix, at: start) { return start + prefix.count }
        let letters = prefix.count - 1
        guard start + letters <= s.count, s[start..<(start + letters)].elementsEqual(prefix[..<letters]) else { return nil }
        var i = start + letters
        if i < s.count, s[i] == 0x20 { i += 1 }
        guard i < s.count, s[i] == 0x2D else { return nil }
        i += 1
        if i < s.count, s[i] == 0x20 { i += 1 }
        return i > start + prefix.count && i < s.count && Bytes.isDigit(s[i]) ? i : nil
    }

    /// " / " after a number, with one space on either side: where the slash is and where the
    /// second number starts; `nil` where the slash stands against the number (the usual form).
    private static func spacedSlash(_ s: [UInt8], after index: Int) -> (Int, Int)? {
        var i = index
        if i < s.count, s[i] == 0x20 { i += 1 }
        guard i < s.count, s[i] == 0x2F else { return nil }
        let slash = i
        i += 1
        if i < s.count, s[i] == 0x20 { i += 1 }
        guard i < s.count, Bytes.isDigit(s[i]), slash > index || i > slash + 1 else { return nil }
        return (slash, i)
    }

    /// `(2021)`, `(XXX)` or `(S-V)` after optional spaces, as canonical text, and where it ends.
    static func bracketedYearOrSession(_ s: [UInt8], from index: Int) -> (String, Int)? {
        var i = s.skippingSpaces(from: index)
        guard i < s.count, s[i] == 0x28 /* ( */ else { return nil }
        i = s.skippingSpaces(from: i + 1)
        let innerStart = i
        if i < s.count, Bytes.isDigit(s[i]) {
            i = s.digitRunEnd(from: i)
            guard i - innerStart == 4, let year = Int(s.ascii(innerStart..<i)), (1946...2100).contains(year) else { return nil }
        } else {
            // A special session's resolutions: 2248 (S-V), ES-I.
            for prefix in sessionPrefixes where s.has(prefix.0, at: i) { i += prefix.0.count }
            let romanStart = i
            while i < s.count, romanDigits.contains(s[i]) { i += 1 }
            guard i > romanStart, i - romanStart <= 6 else { return nil }
        }
        let innerEnd = i
        i = s.skippingSpaces(from: i)
        guard i < s.count, s[i] == 0x29 /* ) */ else { return nil }
        return ("(" + s.ascii(innerStart..<innerEnd) + ")", i + 1)
    }

    /// Past a resolution part letter (`49/35 A`, `217 A (III)`), or `index` if there is none.
    /// The letter is a pinpoint, like a paragraph, and is not part of the symbol.
    private static func partLetterEnd(_ s: [UInt8], from index: Int) -> Int {
        var end = index
        var i = s.skippingSpaces(from: index)
        // "36/87 A and B", "3201 A, B and C": several parts of one resolution.
        while isPartLetter(s, at: i) {
            end = i + 1
            var next = s.skippingSpaces(from: end)
            if next < s.count, s[next] == 0x2C || s[next] == 0x2D { next = s.skippingSpaces(from: next + 1) }
            else if s.has(and, at: next), next + 3 < s.count, Bytes.isSpace(s[next + 3]) { next = s.skippingSpaces(from: next + 3) }
            else if let word = chineseJoiners.first(where: { s.has($0, at: next) }) { next = s.skippingSpaces(from: next + word.count) }
            else { break }
            guard isPartLetter(s, at: next) else { break }
            i = next
        }
        return end
    }

    /// A part letter from A to about T (51/45 O) standing alone; "I" is left out, being a word
    /// and a numeral.
    private static func isPartLetter(_ s: [UInt8], at i: Int) -> Bool {
        guard i < s.count, (0x41...0x54).contains(s[i]), s[i] != 0x49 else { return false }
        return !(i + 1 < s.count && (Bytes.isAlphanumeric(s[i + 1]) || s[i + 1] == 0x2F || s[i + 1] == 0x2E))
    }

    private static let and = Bytes.of("and")
    /// "第47/202 A至D号", "A和B": parts joined the Chinese way.
    private static let chineseJoiners = ["至", "和", "、"].map { Array($0.utf8) }

    /// Whether the number runs on into a longer token (`1.5`, `21-05318`, `3a`).
    /// "et 5/2" run on to the number before it, as a page's text may glue words: a list's
    /// conjunction, then a space and a digit.
    private static func gluedConjunction(_ s: [UInt8], at i: Int) -> Bool {
        gluedConjunctions.contains { word in
            s.has(word, at: i) && i + word.count + 1 < s.count && s[i + word.count] == 0x20 && Bytes.isDigit(s[i + word.count + 1])
        }
    }

    private static let gluedConjunctions = ["and", "et", "y"].map { Array($0.utf8) }

    private static func continuesWord(_ s: [UInt8], at i: Int) -> Bool {
        guard i < s.count else { return false }
        let b = s[i]
        if Bytes.isAlphanumeric(b) { return true }
        if b == 0x2D || b == 0x2E || b == 0x2F || b == 0x2C {  // - . / ,
            return i + 1 < s.count && Bytes.isAlphanumeric(s[i + 1])
        }
        return false
    }

    /// ES-10/23 (emergency special session) and S-10/2 (special session), longest first.
    private static let sessionPrefixes = [(Bytes.of("ES-"), true), (Bytes.of("S-"), false)]
    private static let romanDigits: Set<UInt8> = Set("IVXLC".utf8)
}

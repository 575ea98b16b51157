/// One resolution or decision number as written in a citation phrase, before the issuing
/// body is known: `77/10`, `49/35 A`, `ES-10/23`, `2593(2021)`, `3369(XXX)`, `217 A (III)`
/// or a bare `2250`.
struct ResolutionNumber: Equatable {
    enum Form: Equatable {
        /// session/number: the General Assembly, the Human Rights Council, ECOSOC (year/number).
        case sessional(session: String, number: String)
        /// ES-10/23: an emergency special session of the General Assembly.
        case emergency(session: String, number: String)
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
        if s.has(emergencyPrefix, at: start) {
            let sessionEnd = s.digitRunEnd(from: start + 3)
            guard sessionEnd > start + 3, sessionEnd < s.count, s[sessionEnd] == 0x2F else { return nil }
            let numberEnd = s.digitRunEnd(from: sessionEnd + 1)
            guard numberEnd > sessionEnd + 1, !continuesWord(s, at: numberEnd) else { return nil }
            return ResolutionNumber(
                form: .emergency(session: s.ascii(start + 3..<sessionEnd), number: s.ascii(sessionEnd + 1..<numberEnd)),
                range: start..<partLetterEnd(s, from: numberEnd))
        }
        let firstEnd = s.digitRunEnd(from: start)
        guard firstEnd > start, firstEnd - start <= 5, s[start] != 0x30 else { return nil }
        let first = s.ascii(start..<firstEnd)
        if firstEnd + 1 < s.count, s[firstEnd] == 0x2F, Bytes.isDigit(s[firstEnd + 1]) {
            let numberEnd = s.digitRunEnd(from: firstEnd + 1)
            guard numberEnd - firstEnd - 1 <= 5, !continuesWord(s, at: numberEnd),
                  numberEnd >= s.count || s[numberEnd] != 0x2F
            else { return nil }
            return ResolutionNumber(
                form: .sessional(session: first, number: s.ascii(firstEnd + 1..<numberEnd)),
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

    /// `(2021)` or `(XXX)` after optional spaces, as canonical text, and where it ends.
    static func bracketedYearOrSession(_ s: [UInt8], from index: Int) -> (String, Int)? {
        var i = index
        while i < s.count, s[i] == 0x20 { i += 1 }
        guard i < s.count, s[i] == 0x28 /* ( */ else { return nil }
        i += 1
        while i < s.count, s[i] == 0x20 { i += 1 }
        let innerStart = i
        if i < s.count, Bytes.isDigit(s[i]) {
            i = s.digitRunEnd(from: i)
            guard i - innerStart == 4, let year = Int(s.ascii(innerStart..<i)), (1946...2100).contains(year) else { return nil }
        } else {
            while i < s.count, romanDigits.contains(s[i]) { i += 1 }
            guard i > innerStart, i - innerStart <= 6 else { return nil }
        }
        let innerEnd = i
        while i < s.count, s[i] == 0x20 { i += 1 }
        guard i < s.count, s[i] == 0x29 /* ) */ else { return nil }
        return ("(" + s.ascii(innerStart..<innerEnd) + ")", i + 1)
    }

    /// Past a resolution part letter (`49/35 A`, `217 A (III)`), or `index` if there is none.
    /// The letter is a pinpoint, like a paragraph, and is not part of the symbol.
    private static func partLetterEnd(_ s: [UInt8], from index: Int) -> Int {
        var i = index
        while i < s.count, s[i] == 0x20 { i += 1 }
        guard i < s.count, (0x41...0x48).contains(s[i]) /* A–H */ else { return index }
        if i + 1 < s.count, Bytes.isAlphanumeric(s[i + 1]) || s[i + 1] == 0x2F || s[i + 1] == 0x2E { return index }
        return i + 1
    }

    /// Whether the number runs on into a longer token (`1.5`, `21-05318`, `3a`).
    private static func continuesWord(_ s: [UInt8], at i: Int) -> Bool {
        guard i < s.count else { return false }
        let b = s[i]
        if Bytes.isAlphanumeric(b) { return true }
        if b == 0x2D || b == 0x2E || b == 0x2F || b == 0x2C {  // - . / ,
            return i + 1 < s.count && Bytes.isAlphanumeric(s[i + 1])
        }
        return false
    }

    private static let emergencyPrefix = Bytes.of("ES-")
    private static let romanDigits: Set<UInt8> = Set("IVXLC".utf8)
}

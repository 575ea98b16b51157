/// Reads a UN document symbol written in text, such as `S/2023/856`, `A/HRC/56/25`,
/// `S/RES/2593 (2021)`, `A/79/L.5/Rev.1` or the joint `A/79/302-S/2024/600`, and gives its
/// canonical form.
enum SymbolScanner {
    struct Match {
        let symbol: Symbol
        /// The second symbol of a jointly issued document (`S/2024/600` in `A/79/302-S/2024/600`).
        let alias: Symbol?
        /// Where the written symbol ends.
        var end: Int
        /// Further documents the same words cite: the corrigenda of "S/1995/222 and Corr.1 and 2",
        /// the addenda of "A/62/7/Add.1-6" beyond the first.
        var also: [Symbol] = []
        /// Where the written symbol's own line ends, when its last part is the ending of a
        /// torn table cell further down (see `TornTableRows`): the text to go on reading from.
        var resume: Int?
    }

    /// The first parts a symbol may start with (see `SymbolSeries`).
    static let roots: Set<String> = SymbolSeries.firstParts

    /// Letters OCR puts for digits.
    private static let ocrDigits: [Character: String] = ["I": "1", "l": "1", "L": "1", "O": "0", "o": "0", "S": "5", "s": "5"]
    /// What OCR writes for the digit 1 after a dot.
    private static let oneLookalikes: Set<Character> = ["l", "I", "i"]

    /// Suffixes that keep their written case: revision, addendum, corrigendum, amendment.
    private static let suffixes = ["REV": "Rev", "ADD": "Add", "CORR": "Corr", "AMEND": "Amend"]

    /// The symbol starting at `start`, which must be an upper-case letter the caller has
    /// checked is not inside a longer word.
    static func scan(_ s: [UInt8], at start: Int) -> Match? {
        guard let first = scanSingle(s, at: start) else { return nil }
        // A joint symbol: two symbols joined by a hyphen or dash, spaces and a line break allowed
        // ("A/44/872-⏎S/21019", as PDFs wrap them).
        let j = s.skippingSpaces(from: first.end)
        var dashEnd = -1
        if j < s.count, s[j] == 0x2D { dashEnd = j + 1 }
        else if s.has(Dashes.enDash, at: j) || s.has(Dashes.emDash, at: j) { dashEnd = j + 3 }
        // Run on with no dash at all, as a page's text may leave it: A/ES-10/484S/2010/158.
        if first.end < s.count, Bytes.isUpper(s[first.end]), let second = scanSingle(s, at: first.end) {
            return Match(symbol: first.symbol, alias: second.symbol, end: second.end, resume: first.resume)
        }
        if dashEnd > 0 {
            let k = s.skippingSpaces(from: dashEnd)
            if k < s.count, Bytes.isUpper(s[k]), let second = scanSingle(s, at: k) {
                return Match(symbol: first.symbol, alias: second.symbol, end: second.end, resume: first.resume)
            }
        }
        var match = Match(symbol: first.symbol, alias: nil, end: first.end, resume: first.resume)
        SuffixExpansion.extend(&match, in: s)
        return match
    }

    private struct Single {
        let symbol: Symbol
        let end: Int
        var resume: Int?
    }

    private static func scanSingle(_ s: [UInt8], at start: Int) -> Single? {
        var i = start
        while i < s.count, Bytes.isUpper(s[i]) { i += 1 }
        guard i > start, i - start <= 8, i < s.count, s[i] == 0x2F /* / */ else { return nil }
        let root = s.ascii(start..<i)
        guard roots.contains(root) else { return nil }
        var parts = [root]
        var sawDigit = false
        var resume: Int?
        while i < s.count, let slash = slashAfterPart(s, at: i), let (next, torn) = partStart(s, after: slash) {
            guard let (part, end) = scanPart(s, at: next) else { break }
            if torn, resume == nil { resume = slash + 1 }
            parts.append(part)
            if part.utf8.contains(where: Bytes.isDigit) { sawDigit = true }
            i = end
        }
        // "A/ES-11/L." cut short: a closing part of letters alone is no part of a symbol.
        while parts.count > 2, let last = parts.last, last.utf8.allSatisfy(Bytes.isLetter) {
            parts.removeLast()
            i -= last.utf8.count + 1
        }
        guard parts.count >= 2, sawDigit else { return nil }
        // "(S/194432)": an old serial number with a footnote marker run into it.
        if parts.count == 2, parts[1].utf8.allSatisfy(Bytes.isDigit), let number = SerialNumbers.withoutMarker(parts[1], root: root) {
            parts[1] = number
        }
        // The numbered resolutions carry their year (SC) or session (early GA) in brackets,
        // often after a space: S/RES/2593 (2021), A/RES/3369 (XXX).
        if parts.count == 3, parts[1] == "RES", parts[2].utf8.allSatisfy(Bytes.isDigit) {
            if let (bracket, end) = ResolutionNumber.bracketedYearOrSession(s, from: i) {
                parts[2] += bracket
                i = end
            } else if root == "S", let number = Int(parts[2]), let year = SecurityCouncilYears.year(ofResolution: number) {
                parts[2] += "(\(year))"
            }
        }
        // A budget fascicle names its section: A/78/6 (Sect. 25).
        if let (section, end) = sectionSuffix(s, from: i) {
            parts[parts.count - 1] += section
            i = end
        }
        return Single(symbol: Symbol(assembled: parts.joined(separator: "/")), end: i, resume: resume)
    }

    /// Where the part after the slash at `slash` starts: right after it, or after one space, as
    /// justified PDF lines split "E/1980/WG.1/ SR.12"; `torn` when it is the ending of a torn
    /// table cell some lines down.
    private static func partStart(_ s: [UInt8], after slash: Int) -> (Int, torn: Bool)? {
        var i = slash + 1
        var torn = false
        // One space, or the break of a line ending in the slash ("(E/1982/WG.1/⏎SR.3)"), or
        // the row's own ending in a column of them.
        if i < s.count, s[i] == 0x20 { i += 1 } else if i < s.count, s[i] == 0x0A || s[i] == 0x0D {
            if let ending = TornTableRows.ending(s, lineBreak: i) {
                i = ending
                torn = true
            } else {
                i = s.skippingSpaces(from: i)
                guard i - slash <= 8, !startsSymbol(s, at: i) else { return nil }
            }
        }
        return i < s.count && (Bytes.isUpper(s[i]) || Bytes.isDigit(s[i])) ? (i, torn) : nil
    }

    /// The slash that goes on from a part ending at `index`: right there, or after one space
    /// when a part of letters follows it, as justified lines split "E/1986 /WG.1/ SR.10".
    private static func slashAfterPart(_ s: [UInt8], at index: Int) -> Int? {
        if s[index] == 0x2F { return index }
        guard s[index] == 0x20, index + 2 < s.count, s[index + 1] == 0x2F, Bytes.isUpper(s[index + 2]) else { return nil }
        return index + 1
    }

    /// "(Sect. 25)" after a symbol, as canonical text "(Sect.25)", and where it ends.
    private static func sectionSuffix(_ s: [UInt8], from index: Int) -> (String, Int)? {
        var i = index
        while i < s.count, s[i] == 0x20 { i += 1 }
        guard s.has(sectionOpening, at: i) else { return nil }
        i = s.skippingSpaces(from: i + sectionOpening.count)
        let digitsEnd = s.digitRunEnd(from: i)
        guard digitsEnd > i, digitsEnd < s.count, s[digitsEnd] == 0x29 else { return nil }
        return ("(Sect." + s.ascii(i..<digitsEnd) + ")", digitsEnd + 1)
    }

    private static let sectionOpening = Bytes.of("(Sect.")

    /// One slash-separated part: `2023`, `PV.7813`, `C.3`, `ES-10`, `Rev.1`.
    private static func scanPart(_ s: [UInt8], at start: Int) -> (String, Int)? {
        var i = start
        var allLetters = true
        var allDigits = true
        while i < s.count {
            let b = s[i]
            // "CRC/C/SR. 1707", "E/1986/4/Add. 19", "CRC/C/SR 1464": a record's or addendum's
            // number set off by a space, with or without its full stop.
            if b == 0x2E || b == 0x20, allLetters, i - start >= 2, i - start <= 4, i + 2 < s.count,
               s[i + 1] == 0x20 || Bytes.isDigit(s[i + 1]), spacedKinds.contains(where: { $0.count == i - start && s.has($0, at: start) }) {
                let gap = b == 0x2E ? i + 1 : i
                if gap + 1 < s.count, s[gap] == 0x20, Bytes.isDigit(s[gap + 1]) {
                    let end = s.digitRunEnd(from: gap + 1)
                    guard end >= s.count || !Bytes.isLetter(s[end]) else { break }
                    let part = s.ascii(start..<i) + "." + s.ascii(gap + 1..<end)
                    return (canonicalPart(part), end)
                }
            }
            if Bytes.isAlphanumeric(b) {
                // "A/ES-10/484S/2010/158": a second symbol run on without its dash.
                if Bytes.isUpper(b), !allLetters, i > start, Bytes.isDigit(s[i - 1]), startsSymbol(s, at: i) { break }
                // The same in lower case ("S/202t/100") ends the part too: upper-cased, it would
                // be read as above the next time, and canonical text must read back as itself.
                if Bytes.isLower(b), !allLetters, i > start, Bytes.isDigit(s[i - 1]), startsSymbol(Self.upperCased(s, from: i), at: 0) { break }
                // "S/PRST/2006/52Distr.: General": a word run on after the number.
                if Bytes.isLetter(b), i > start, Bytes.isDigit(s[i - 1]), letterRun(s, from: i) >= 3 { break }
                if !Bytes.isLetter(b) { allLetters = false } else { allDigits = false }
                i += 1
            } else if b == 0x2E /* . */, i + 1 < s.count, Bytes.isAlphanumeric(s[i + 1]), i > start {
                allLetters = false
                allDigits = false
                i += 1
            } else if b == 0x2D /* - */, allLetters, i > start, i + 1 < s.count, Bytes.isDigit(s[i + 1]) {
                // ES-10, S-27: special sessions. A hyphen after digits starts a joint symbol.
                allLetters = false
                allDigits = false
                i += 1
            } else if b == 0x2D, allDigits, i > start, i - start <= 2, combinedReportEnd(s, from: i + 1) != nil {
                // CRC/C/AGO/5-7, CEDAW/C/CAF/1-5: reports combined into one document.
                i = combinedReportEnd(s, from: i + 1) ?? i
                break
            } else {
                break
            }
        }
        guard i > start else { return nil }
        return (canonicalPart(s.ascii(start..<i)), i)
    }

    /// The kinds of part whose number a space may set off.
    private static let spacedKinds = ["SR", "PV", "Add", "Rev", "Corr"].map { Array($0.utf8) }

    /// The end of the "7" in "5-7": one or two digits, then nothing that continues a symbol.
    private static func combinedReportEnd(_ s: [UInt8], from index: Int) -> Int? {
        let end = s.digitRunEnd(from: index)
        // A part may follow ("CRC/C/NZL/Q/3-4/Add.1"), not more of the number.
        guard end > index, end - index <= 2, end >= s.count || !(Bytes.isAlphanumeric(s[end]) || s[end] == 0x2D) else { return nil }
        return end
    }

    /// How many letters follow `index`.
    private static func letterRun(_ s: [UInt8], from index: Int) -> Int {
        var i = index
        while i < s.count, Bytes.isLetter(s[i]) { i += 1 }
        return i - index
    }

    /// The letters from `index` on, upper-cased, with the byte after them.
    private static func upperCased(_ s: [UInt8], from index: Int) -> [UInt8] {
        var i = index
        var out: [UInt8] = []
        while i < s.count, Bytes.isLetter(s[i]), out.count < 16 {
            out.append(Bytes.isLower(s[i]) ? s[i] - 0x20 : s[i])
            i += 1
        }
        if i < s.count { out.append(s[i]) }
        return out
    }

    /// Whether a symbol's first part and its slash start at `index` (S/ in "484S/2010/158").
    private static func startsSymbol(_ s: [UInt8], at index: Int) -> Bool {
        var i = index
        while i < s.count, Bytes.isUpper(s[i]) { i += 1 }
        return i < s.count && s[i] == 0x2F && roots.contains(s.ascii(index..<i))
    }

    /// A part as canonical text. What this gives reads back as itself (the symbol scanner
    /// upper-cases, repairs OCR and drops leading zeros, so each step must leave nothing for
    /// the next reading to change: SymbolTests checks every letter in every place).
    static func canonicalPart(_ written: String) -> String {
        var part = written
        var digits = 0, letters = 0, dot = false
        for b in part.utf8 {
            if Bytes.isDigit(b) { digits += 1 } else if b == 0x2E { dot = true } else { letters += 1 }
        }
        // OCR reads digits as letters inside a number: A/39/1S0, S/I9456, S/AGENDA/68S. The
        // letter in either case, since the part is upper-cased below (A/39/1s0).
        if digits >= 2, letters == 1, !dot, let letter = part.first(where: { !$0.isNumber }),
           let digit = ocrDigits[letter] ?? letter.uppercased().first.flatMap({ ocrDigits[$0] }) {
            part = String(part.map { $0 == letter ? Character(digit) : $0 })
            letters = 0
        }
        // OCR reads the digit 1 as l or I (i, once upper-cased) after a dot: "Add.l", "Rev.I", "A/C.l/42".
        if dot, let at = part.firstIndex(of: ".") {
            let tail = part[part.index(after: at)...]
            if tail.contains(where: oneLookalikes.contains), tail.allSatisfy({ $0.isNumber || oneLookalikes.contains($0) }) {
                part = part[...at] + String(tail.map { $0.isNumber ? $0 : "1" })
            }
        }
        if dot, let at = part.firstIndex(of: "."), let suffix = suffixes[part[..<at].uppercased()] {
            return suffix + part[at...]
        }
        // A number is written without leading zeros: S/RES/0598 (1987) is resolution 598.
        if letters == 0, !dot, part.utf8.count > 1, part.utf8.first == 0x30 {
            let digits = part.drop { $0 == "0" }
            return digits.isEmpty ? "0" : String(digits)
        }
        return letters == 0 ? part : part.uppercased()
    }
}

/// The paragraphs of one document's normalized text, found once in one pass: where each
/// starts, its number and its kind. A paragraph starts after a blank line, after a line that
/// ends a clause (, ; . : 。 ；), at a number that continues the count ("1." then "2." …, even
/// run into one line, as web pages run a resolution's text), and, in a resolution's preamble,
/// at an opening word after a comma ("…, Recalling …", "…，回顾…").
struct ParagraphIndex {
    struct Paragraph {
        let start: Int
        let number: Int?
        let kind: ParagraphKind?
    }

    private(set) var paragraphs: [Paragraph] = []

    init(_ s: [UInt8], lines: LineIndex, isResolution: Bool) {
        var preamble = false          // after "The General Assembly," and before operative paragraph 1
        var preambleCount = 0
        var expected = 1              // the number the next operative paragraph would carry
        var current: (number: Int?, kind: ParagraphKind?) = (nil, nil)
        var annex = false
        var previousEndsClause = true
        var previousBlank = true
        func add(_ start: Int, _ number: Int?, _ kind: ParagraphKind?) {
            if let last = paragraphs.last, last.start == start { paragraphs.removeLast() }
            paragraphs.append(Paragraph(start: start, number: number, kind: kind))
            current = (number, kind)
        }
        let mayStartBody = Self.mayStartBody, mayEndClause = Self.mayEndClause
        for line in 0..<lines.count {
            let whole = lines.range(ofLine: line, in: s)
            var start = whole.lowerBound
            while start < whole.upperBound, Bytes.isSpace(s[start]) { start += 1 }
            var end = whole.upperBound
            while end > start, Bytes.isSpace(s[end - 1]) { end -= 1 }
            guard start < end else {
                previousEndsClause = true
                previousBlank = true
                continue
            }
            defer { previousBlank = false }
            if Self.isAnnexHeading(s, start..<end) {
                annex = true
                preamble = false
                add(start, nil, .annex)
                previousEndsClause = true
                continue
            }
            var i = start
            if let bodyEnd = Self.bodyLine(s, at: start, end: end) {
                preamble = isResolution && !annex
                preambleCount = 0
                expected = 1
                add(start, nil, nil)
                i = bodyEnd
                while i < end, Bytes.isSpace(s[i]) { i += 1 }
                if i < end, preamble {
                    preambleCount += 1
                    add(i, preambleCount, .preambular)
                }
            } else if let (number, _) = Self.numberMark(s, at: start, end: end), number == expected || number == 1 {
                expected = number + 1
                preamble = false
                add(start, number, annex ? .annex : isResolution ? .operative : nil)
                i = start + 1
            } else if previousEndsClause {
                if preamble, previousBlank || Bytes.isUpper(s[start]) || Self.opensPreamble(s, at: start) {
                    preambleCount += 1
                    add(start, preambleCount, .preambular)
                } else if !preamble {
                    add(start, current.number, annex ? .annex : current.kind)
                }
            }
            // Paragraphs run into the line.
            while i < end {
                // Only a space after a clause's end or before a body's name or, in a preamble, a
                // byte after ， (its last byte 8C) can start one: the rest is passed in a tight loop.
                i = s.withUnsafeBufferPointer { buffer in
                    var j = i
                    func passed(_ j: Int) -> Bool {
                        guard buffer[j] == 0x20 else { return true }
                        return j + 1 >= end || j == start || !(mayStartBody[Int(buffer[j + 1])] || mayEndClause[Int(buffer[j - 1])])
                    }
                    if preamble {
                        while j < end, passed(j), buffer[j] < 0x80 || j < 3 || buffer[j - 1] != 0x8C { j += 1 }
                    } else {
                        while j < end, passed(j) { j += 1 }
                    }
                    return j
                }
                guard i < end else { break }
                let b = s[i]
                if b == 0x20, i + 1 < end, mayStartBody[Int(s[i + 1])], let bodyEnd = Self.bodyLine(s, at: i + 1, end: end) {
                    // A resolution's next part run into the line: "… B 大会，…", "… B The General Assembly,".
                    preamble = isResolution && !annex
                    preambleCount = 0
                    expected = 1
                    add(i + 1, nil, nil)
                    i = bodyEnd
                    continue
                } else if b == 0x20, i + 1 < end, let before = Self.lastNonSpace(s, before: i, from: start), Self.endsClause(s, at: before) {
                    let at = i + 1
                    if Bytes.isDigit(s[at]), let (number, _) = Self.numberMark(s, at: at, end: end), number == expected {
                        expected = number + 1
                        preamble = false
                        add(at, number, annex ? .annex : isResolution ? .operative : nil)
                    } else if preamble, Self.endsWithComma(s, at: before), Self.opensPreamble(s, at: at) {
                        preambleCount += 1
                        add(at, preambleCount, .preambular)
                    }
                } else if b >= 0x80, preamble, i >= 3, s[i - 1] == 0x8C, s.has(ChineseWords.fullComma, at: i - 3), Self.opensPreamble(s, at: i) {
                    preambleCount += 1
                    add(i, preambleCount, .preambular)
                }
                i += 1
            }
            previousEndsClause = Self.endsClause(s, at: end - 1)
        }
    }

    /// The paragraph holding byte `offset`, and where it ends.
    func paragraph(at offset: Int, textEnd: Int) -> (paragraph: Paragraph, end: Int)? {
        var low = 0, high = paragraphs.count
        while low < high {
            let mid = (low + high) / 2
            if paragraphs[mid].start <= offset { low = mid + 1 } else { high = mid }
        }
        guard low > 0 else { return nil }
        return (paragraphs[low - 1], low < paragraphs.count ? paragraphs[low].start : textEnd)
    }

    /// "12." or "12 ." followed by a space or a Chinese character: the number and where it ends.
    static func numberMark(_ s: [UInt8], at i: Int, end: Int) -> (Int, Int)? {
        var j = i, value = 0
        while j < end, Bytes.isDigit(s[j]), j - i < 3 {
            value = value * 10 + Int(s[j] - 0x30)
            j += 1
        }
        guard j > i, j < end else { return nil }
        guard s[j] == 0x2E, j + 1 == end || s[j + 1] == 0x20 || s[j + 1] >= 0xE0 else { return nil }
        return value > 0 ? (value, j + 1) : nil
    }

    private static func lastNonSpace(_ s: [UInt8], before i: Int, from start: Int) -> Int? {
        var j = i - 1
        while j >= start, Bytes.isSpace(s[j]) { j -= 1 }
        return j >= start ? j : nil
    }

    /// The byte at `i` ends a clause: , ; . : or the last byte of ， ； 。 ：.
    static func endsClause(_ s: [UInt8], at i: Int) -> Bool {
        let b = s[i]
        if b == 0x2C || b == 0x3B || b == 0x2E || b == 0x3A { return true }
        // The last bytes of ， ； ： (EF BC 8C, 9B, 9A) and 。 (E3 80 82): most bytes are none.
        guard i >= 2, b == 0x8C || b == 0x9B || b == 0x9A || b == 0x82 else { return false }
        return s.has(ChineseWords.fullComma, at: i - 2) || s.has(ChineseWords.fullSemicolon, at: i - 2)
            || s.has(ChineseWords.fullStop, at: i - 2) || s.has(fullColon, at: i - 2)
    }

    /// The bytes `endsClause` can be true at, and white space (which `lastNonSpace` passes
    /// over to find the byte to look at): a space after any other byte starts no paragraph.
    private static let mayEndClause: [Bool] = (0..<256).map { value in
        let b = UInt8(value)
        return [0x2C, 0x3B, 0x2E, 0x3A, 0x8C, 0x9B, 0x9A, 0x82].contains(b) || Bytes.isSpace(b)
    }

    private static func endsWithComma(_ s: [UInt8], at i: Int) -> Bool {
        s[i] == 0x2C || (i >= 2 && s.has(ChineseWords.fullComma, at: i - 2))
    }

    private static let fullColon = Array("：".utf8)

    private static let bodyLines = ParagraphWords.bodyLines.map { Array($0.utf8) }
    /// The first bytes of `bodyLines`, so that most spaces are passed with one look-up.
    private static let mayStartBody: [Bool] = (0..<256).map { b in bodyLines.contains { $0.first == UInt8(b) } }
    private static let openers = ParagraphWords.preambleOpeners.map { Array($0.utf8) }
    private static let annexHeadings = ParagraphWords.annexHeadings.map { Array($0.utf8) }

    /// A line that starts with "The General Assembly," or the like: where that ends.
    private static func bodyLine(_ s: [UInt8], at i: Int, end: Int) -> Int? {
        for body in bodyLines where s.has(body, at: i) { return i + body.count }
        return nil
    }

    private static func opensPreamble(_ s: [UInt8], at i: Int) -> Bool {
        openers.contains { s.has($0, at: i) }
    }

    private static func isAnnexHeading(_ s: [UInt8], _ range: Range<Int>) -> Bool {
        guard range.count <= 24 else { return false }
        return annexHeadings.contains { heading in
            guard s.has(heading, at: range.lowerBound) else { return false }
            let after = range.lowerBound + heading.count
            return after == range.upperBound || s[after] == 0x20
        }
    }
}

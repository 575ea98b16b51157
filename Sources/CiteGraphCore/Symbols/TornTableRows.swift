/// Symbols a PDF table tore across lines: a column of cells each ending in a slash, then the
/// column of their endings, row for row,
///
///     (E/1982/WG.1/
///     (E/1983/WG.1/
///     SR.3)
///     SR.14-15)
///
/// is E/1982/WG.1/SR.3 and E/1983/WG.1/SR.14-15: the k-th open cell goes on in the k-th ending.
/// A single open line goes on in the next line (see `SymbolScanner`); this is the case of two
/// or more open lines in a row.
enum TornTableRows {
    /// At most this many open cells in one column, blank lines between rows at most this many.
    private static let maxRows = 12
    private static let maxBlankLines = 2

    /// Where the ending of the open cell whose line break is at `lineBreak` starts, when its
    /// line is one of two or more open lines in a row followed by as many endings; else `nil`.
    static func ending(_ s: [UInt8], lineBreak: Int) -> Int? {
        let line = lineStart(s, before: lineBreak)
        // How many open lines come before this one, and after it.
        var row = 0
        var start = line
        while row < maxRows, let previous = previousLine(s, before: start), isOpen(s, previous) {
            row += 1
            start = previous.lowerBound
        }
        var rows = row + 1
        var next = nextLine(s, after: lineBreak)
        while rows <= maxRows, let line = next, isOpen(s, line) {
            rows += 1
            next = nextLine(s, after: line.upperBound)
        }
        guard rows >= 2, rows <= maxRows else { return nil }
        // As many endings, each a part that starts with a capital letter and closes the cell.
        var found: Int?
        for k in 0..<rows {
            guard let line = next, isEnding(s, line) else { return nil }
            if k == row { found = s.skippingSpaces(from: line.lowerBound) }
            next = nextLine(s, after: line.upperBound)
        }
        return found
    }

    /// A line whose last character (spaces aside) is a slash after a letter or digit.
    private static func isOpen(_ s: [UInt8], _ line: Range<Int>) -> Bool {
        var end = line.upperBound
        while end > line.lowerBound, s[end - 1] == 0x20 || s[end - 1] == 0x0D { end -= 1 }
        return end - line.lowerBound >= 3 && s[end - 1] == 0x2F && Bytes.isAlphanumeric(s[end - 2])
    }

    /// A line that starts with a capital letter, holds no slash and ends in a closing bracket:
    /// "SR.3)", "SR.2-3 和 12)".
    private static func isEnding(_ s: [UInt8], _ line: Range<Int>) -> Bool {
        let first = s.skippingSpaces(from: line.lowerBound)
        guard first < line.upperBound, Bytes.isUpper(s[first]) else { return false }
        var end = line.upperBound
        while end > first, s[end - 1] == 0x20 || s[end - 1] == 0x0D { end -= 1 }
        return s[end - 1] == 0x29 && !s[first..<end].contains(0x2F)
    }

    private static func lineStart(_ s: [UInt8], before index: Int) -> Int {
        var i = index
        while i > 0, s[i - 1] != 0x0A { i -= 1 }
        return i
    }

    /// The next line that is not blank after the line break at `lineBreak`, skipping at most
    /// `maxBlankLines` blank ones: its range without its line break.
    private static func nextLine(_ s: [UInt8], after lineBreak: Int) -> Range<Int>? {
        var i = lineBreak
        for _ in 0...maxBlankLines {
            guard i < s.count, s[i] == 0x0A || s[i] == 0x0D else { return nil }
            if s[i] == 0x0D, i + 1 < s.count, s[i + 1] == 0x0A { i += 1 }
            let start = i + 1
            var end = start
            while end < s.count, s[end] != 0x0A { end += 1 }
            if s[start..<end].contains(where: { $0 != 0x20 && $0 != 0x0D }) { return start..<end }
            i = end
        }
        return nil
    }

    /// The last line that is not blank before the line starting at `start`.
    private static func previousLine(_ s: [UInt8], before start: Int) -> Range<Int>? {
        var end = start - 1  // the line break before `start`
        for _ in 0...maxBlankLines {
            guard end >= 0 else { return nil }
            let begin = lineStart(s, before: end)
            if s[begin..<end].contains(where: { $0 != 0x20 && $0 != 0x0D }) { return begin..<end }
            end = begin - 1
        }
        return nil
    }
}

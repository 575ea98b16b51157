/// Turns a PDF's positioned text into the running text of the document: lines built from
/// pieces, columns read in order, page furniture left out, paragraphs joined across lines and
/// pages, footnote markers told by their smaller font and footnotes kept with their numbers.
struct PDFLayout {
    /// The text, one paragraph per line with a blank line between, and the page of each.
    private(set) var paragraphs: [(text: String, page: Int)] = []
    /// The most common font size: the body text's.
    let bodySize: Double

    init(_ pages: [PDFPage]) {
        bodySize = Self.bodySize(pages)
        let furniture = PageFurniture(pages)
        var pending: [String] = []   // the previous page's footnotes, placed after the paragraph it ended in
        var pendingPage = 0
        var previousEndedShort = true
        for page in pages {
            let lines = Self.lines(of: page.pieces.filter { !furniture.contains($0, on: page) }, bodySize: bodySize)
            let (body, notes) = Self.separateFootnotes(lines, page: page, bodySize: bodySize)
            var first = true
            let (ordered, twoColumns) = Self.columns(body, page: page)
            let (pageParagraphs, endsShort, startsIndented) = Self.paragraphsAndEnd(ordered, page: page, twoColumns: twoColumns,
                                                                                   bodySize: bodySize)
            for paragraph in pageParagraphs {
                if first, !previousEndedShort, !startsIndented, let last = paragraphs.last, Self.continues(last.text, with: paragraph) {
                    paragraphs[paragraphs.count - 1].text = Self.join(last.text, paragraph)
                } else {
                    paragraphs += pending.map { ($0, pendingPage) }
                    pending = []
                    paragraphs.append((paragraph, page.number))
                }
                first = false
            }
            paragraphs += pending.map { ($0, pendingPage) }
            previousEndedShort = endsShort
            pending = Self.footnotes(notes, bodySize: bodySize)
            pendingPage = page.number
        }
        paragraphs += pending.map { ($0, pendingPage) }
        paragraphs = paragraphs.map { (Self.withoutSpacesBetweenHan($0.text), $0.page) }
    }

    // MARK: Lines

    /// A line of text: pieces side by side, left to right.
    struct Line {
        var pieces: [PDFPage.Piece]
        var top: Double
        var bottom: Double
        var left: Double { pieces.map(\.left).min() ?? 0 }
        var right: Double { pieces.map(\.right).max() ?? 0 }
        /// The size of the line's longest piece.
        var fontSize: Double { pieces.max { $0.text.count < $1.text.count }?.fontSize ?? 0 }
        var text = ""
    }

    static func bodySize(_ pages: [PDFPage]) -> Double {
        var weight: [Double: Int] = [:]
        for page in pages { for piece in page.pieces { weight[piece.fontSize, default: 0] += piece.text.count } }
        return weight.max { $0.value < $1.value || ($0.value == $1.value && $0.key < $1.key) }?.key ?? 12
    }

    /// Pieces grouped into lines by vertical overlap, each line's text with its footnote
    /// markers (small digits) written as superscripts.
    static func lines(of pieces: [PDFPage.Piece], bodySize: Double) -> [Line] {
        var lines: [Line] = []
        for piece in pieces.sorted(by: { ($0.top, $0.left) < ($1.top, $1.left) }) {
            let middle = piece.top + piece.height / 2
            // The line it overlaps and continues, searched from the latest: a gap wider than a
            // few characters is a column's gutter, and two columns put two lines side by side.
            if let index = lines.lastIndex(where: { middle >= $0.top && middle <= $0.bottom && !overlapsHorizontally(piece, $0)
                && piece.left - $0.right < max(piece.fontSize, $0.fontSize, 1) }) {
                lines[index].pieces.append(piece)
                lines[index].top = min(lines[index].top, piece.top)
                lines[index].bottom = max(lines[index].bottom, piece.bottom)
            } else {
                lines.append(Line(pieces: [piece], top: piece.top, bottom: piece.bottom))
            }
        }
        return lines.map { line in
            var line = line
            line.pieces.sort { $0.left < $1.left }
            line.text = text(of: line.pieces, bodySize: bodySize)
            return line
        }
    }

    private static func overlapsHorizontally(_ piece: PDFPage.Piece, _ line: Line) -> Bool {
        line.pieces.contains { piece.left < $0.right - 1 && piece.right > $0.left + 1 }
    }

    /// The text of a line's pieces: a space where there is a gap, none between Chinese
    /// characters; small digits raised above the line are footnote markers (¹).
    static func text(of pieces: [PDFPage.Piece], bodySize: Double) -> String {
        let main = pieces.max { $0.text.count < $1.text.count }
        var text = ""
        var previous: PDFPage.Piece?
        for piece in pieces {
            // Justified lines come with runs of spaces: one is enough.
            var part = piece.text.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ").trimming(" \u{A0}")
            // A footnote marker: a short number, smaller than the line's text and not below its
            // top, or of any size but raised (its foot a quarter of the line above the line's).
            let digits = !part.isEmpty && part.count <= 3 && part.allSatisfy(\.isASCIIDigitCharacter) && pieces.count > 1
            let smaller = piece.fontSize < (main?.fontSize ?? bodySize) * 0.8 && piece.top <= (main?.top ?? piece.top) + 1
            let raised = main.map { piece.bottom < $0.bottom - ($0.bottom - $0.top) * 0.25 } ?? false
            let isMarker = digits && (smaller || raised)
            if isMarker { part = superscript(part) }
            if let previous, !text.isEmpty, !part.isEmpty {
                let gap = piece.left - previous.right
                // Spaces by the gap, Chinese too: those that justification put between Han
                // characters are taken out once the paragraph is whole.
                if !isMarker, !continuesSymbol(text, part),
                   gap > 0.15 * max(piece.fontSize, 1) || piece.text.first == " " || previous.text.last == " " {
                    text += " "
                }
            }
            text += part
            previous = piece
        }
        return text
    }

    /// Whether `next` goes on a document symbol that `text` ends in: "A/78" + "/628", "S/" +
    /// "2024/92" (a font change or a line break inside a symbol is no space).
    static func continuesSymbol(_ text: String, _ next: String) -> Bool {
        guard let end = text.last, let start = next.first else { return false }
        return (end == "/" && (start.isLetter || start.isNumber)) || (start == "/" && (end.isLetter || end.isNumber))
    }

    static func superscript(_ digits: String) -> String {
        let table: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        return String(digits.compactMap { $0.wholeNumberValue.map { table[$0] } })
    }

    // MARK: Reading order and paragraphs

    /// Lines in reading order: top to bottom, and where the page has two columns, the left
    /// column before the right one between lines that span both.
    static func readingOrder(_ lines: [Line], page: PDFPage) -> [Line] {
        columns(lines, page: page).lines
    }

    /// The lines in reading order, and whether the page has two columns.
    static func columns(_ lines: [Line], page: PDFPage) -> (lines: [Line], twoColumns: Bool) {
        let middle = page.width / 2
        let isLeft = { (line: Line) in line.right < middle + page.width * 0.03 }
        let isRight = { (line: Line) in line.left > middle - page.width * 0.03 }
        // Two columns show as lines side by side: a left-half line with a right-half line at
        // the same height, at least three times.
        let leftOnly = lines.filter { isLeft($0) && !isRight($0) }
        let rightOnly = lines.filter { isRight($0) && !isLeft($0) }
        let sideBySide = leftOnly.filter { left in rightOnly.contains { abs($0.top - left.top) < max(left.bottom - left.top, 1) } }
        guard sideBySide.count >= 3 else { return (lines.sorted { $0.top < $1.top }, false) }
        var ordered: [Line] = []
        var left: [Line] = []
        var right: [Line] = []
        for line in lines.sorted(by: { $0.top < $1.top }) {
            if isRight(line), !isLeft(line) {
                right.append(line)
            } else if isLeft(line) {
                left.append(line)
            } else {
                ordered += left + right + [line]
                left = []
                right = []
            }
        }
        return (ordered + left + right, true)
    }

    /// Lines joined into paragraphs: a new one after a wider gap than the page's usual line
    /// spacing, at an indented line, after a line that stops short of the column's right
    /// edge, or where the column or the font size changes.
    static func paragraphs(_ lines: [Line], page: PDFPage, bodySize: Double) -> [String] {
        paragraphsAndEnd(lines, page: page, twoColumns: columns(lines, page: page).twoColumns, bodySize: bodySize).paragraphs
    }

    /// The paragraphs; whether the last line stopped short of its column's right edge (then
    /// the last paragraph ends on this page); whether the first line is indented from the
    /// page's usual left edge (then the first paragraph starts on this page).
    static func paragraphsAndEnd(_ lines: [Line], page: PDFPage, twoColumns: Bool, bodySize: Double)
        -> (paragraphs: [String], endsShort: Bool, startsIndented: Bool) {
        let lines = lines.filter { !$0.text.isEmpty }
        // Lines of one paragraph may overlap a little (negative gaps); lines side by side are
        // not a gap at all.
        let gaps = zip(lines, lines.dropFirst()).filter { $1.top > $0.top }.map { $1.top - $0.bottom }.sorted()
        // The spacing of lines within a paragraph: among the smallest gaps, since on a page of
        // short paragraphs most gaps are between paragraphs.
        let usualGap = gaps.isEmpty ? 0 : gaps[gaps.count / 5]
        // The right edge of the text: the page's, or with two columns, that of the lines on
        // the same side of the middle.
        let pageRight = lines.map(\.right).max() ?? page.width
        let columnRight = { (line: Line) -> Double in
            guard twoColumns else { return pageRight }
            let inLeftHalf = line.right < page.width * 0.53
            return lines.filter { ($0.right < page.width * 0.53) == inLeftHalf }.map(\.right).max() ?? line.right
        }
        // A line that ends a paragraph leaves a fifth of the column or more; a shorter gap is
        // a word (or symbol, or Chinese closing punctuation) that did not fit and wrapped.
        let pageLeft = lines.map(\.left).min() ?? 0
        let stopsShort = { (line: Line) -> Bool in
            let right = columnRight(line)
            return line.right < right - max(bodySize * 4, (right - pageLeft) * (twoColumns ? 0.1 : 0.2))
        }
        var paragraphs: [String] = []
        var previous: Line?
        for line in lines {
            // A footnote marker that did not fit at the end of a full line wraps onto a line
            // of its own: it belongs to the end of the paragraph before.
            if line.fontSize < bodySize * 0.8, line.text.count <= 3, line.text.allSatisfy(\.isASCIIDigitCharacter),
               previous != nil, let last = paragraphs.last {
                paragraphs[paragraphs.count - 1] = last + superscript(line.text)
                continue
            }
            defer { previous = line }
            guard let before = previous, let last = paragraphs.last else {
                paragraphs.append(line.text)
                continue
            }
            let height = max(before.bottom - before.top, 1)
            let gap = line.top - before.bottom
            let sameColumn = line.top > before.top && abs(line.left - before.left) < bodySize * 4
            let indented = line.left > before.left + bodySize * 1.2
            let sizeChanged = abs(line.fontSize - before.fontSize) > 0.5
            let short = stopsShort(before)
            if !sameColumn || gap > usualGap + height * 0.25 || indented || sizeChanged || short {
                paragraphs.append(line.text)
            } else {
                paragraphs[paragraphs.count - 1] = join(last, line.text)
            }
        }
        let endsShort = lines.last.map(stopsShort) ?? true
        let lefts = Dictionary(grouping: lines, by: { ($0.left / 4).rounded() }).max { $0.value.count < $1.value.count }?.key ?? 0
        let startsIndented = (lines.first?.left ?? 0) > lefts * 4 + bodySize * 1.2
        return (paragraphs, endsShort, startsIndented)
    }

    /// Whether `paragraph`, first on its page, continues `last`, the previous page's last,
    /// whose last line ran to the column's edge: not after a full stop, colon or semicolon.
    /// (A comma says nothing: preambular paragraphs end with one.)
    static func continues(_ last: String, with paragraph: String) -> Bool {
        guard let end = last.last, let start = paragraph.first else { return false }
        if ".。:：;；!?！？".contains(end) { return false }
        return start.isLowercase || start.isCJK || !start.isLetter
    }
}

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
            let isMarker = piece.fontSize < (main?.fontSize ?? bodySize) * 0.8 && !part.isEmpty && part.count <= 3
                && part.allSatisfy(\.isASCIIDigitCharacter) && piece.top <= (main?.top ?? piece.top) + 1
                && pieces.count > 1
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

    // MARK: Footnotes

    /// The page's lines split into body and footnotes: the footnotes are the lines in a
    /// smaller font below the page's last line of body text, in its lower half.
    static func separateFootnotes(_ lines: [Line], page: PDFPage, bodySize: Double) -> (body: [Line], notes: [Line]) {
        let isSmall = { (line: Line) in line.fontSize < bodySize * 0.9 }
        guard let lastBody = lines.lastIndex(where: { !isSmall($0) }) else { return (lines, []) }
        let lastBodyBottom = lines[lastBody].bottom
        var body: [Line] = []
        var notes: [Line] = []
        for line in lines {
            if isSmall(line), line.top >= lastBodyBottom, line.top > page.height * 0.45, startsNoteOrContinues(line, notes) {
                notes.append(line)
            } else {
                body.append(line)
            }
        }
        return (body, notes)
    }

    private static func startsNoteOrContinues(_ line: Line, _ notes: [Line]) -> Bool {
        !notes.isEmpty || noteNumber(line, after: nil) != nil
    }

    /// The number a footnote line starts with (a raised marker or plain digits), and the rest;
    /// `nil` when the line continues a note. After note `previous`, only the next number
    /// starts one: "12 January 2024" on a note's second line is not note 12.
    static func noteNumber(_ line: Line, after previous: Int?) -> (number: String, rest: String)? {
        let text = line.text
        let superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹"
        let lead = text.prefix { superscripts.contains($0) || $0.isASCIIDigitCharacter }
        guard !lead.isEmpty, lead.count <= 3 else { return nil }
        let digits = String(lead.compactMap { c -> Character? in
            if let index = superscripts.firstIndex(of: c) { return Character(String(superscripts.distance(from: superscripts.startIndex, to: index))) }
            return c
        })
        let rest = text.dropFirst(lead.count)
        guard let next = rest.first, next == " " || next == "\t" || next.isUppercase || next.isCJK || "《“\"(".contains(next) else { return nil }
        if let previous, Int(digits) != previous + 1 { return nil }
        return (digits, String(rest).trimming(" \t"))
    }

    /// Footnote lines joined into notes, each starting with its number in superscript.
    static func footnotes(_ lines: [Line], bodySize: Double) -> [String] {
        var notes: [String] = []
        var number: Int?
        for line in lines {
            if let (digits, rest) = noteNumber(line, after: number) {
                notes.append(superscript(digits) + " " + rest)
                number = Int(digits)
            } else if let last = notes.last {
                notes[notes.count - 1] = join(last, line.text)
            }
        }
        return notes
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

    // MARK: Joining text

    /// Prefixes that keep their hyphen at a line end: "self-⏎determination".
    static let hyphenatedPrefixes: Set<String> = [
        "self", "non", "co", "anti", "cross", "well", "long", "multi", "inter", "intra", "sub", "semi", "pre", "post", "ex",
        "counter", "half", "one", "two", "three", "four", "five", "short", "medium", "high", "low", "full", "part", "so",
        "follow", "peace", "state", "gender", "people", "child", "time", "country", "decision", "policy", "rule", "law",
    ]

    /// Two lines of one paragraph as one: a hyphen that breaks a word is undone, a hyphen
    /// or dash that belongs to the text ("Secretary-⏎General", "A/44/872-⏎S/21019") is kept,
    /// and Chinese joins without a space.
    static func join(_ first: String, _ second: String) -> String {
        guard let end = first.last, let start = second.first else { return first + second }
        if end == "-" {
            let word = first.dropLast().reversed().prefix { $0.isLetter }
            let left = String(word.reversed())
            if let last = left.last, last.isLowercase, start.isLowercase, !hyphenatedPrefixes.contains(left.lowercased()) {
                return String(first.dropLast()) + second
            }
            return first + second
        }
        if "–—/".contains(end) || end.isCJK || start.isCJK || continuesSymbol(first, second) { return first + second }
        return first + " " + second
    }

    /// Spaces that justified Chinese lines put between characters, taken out.
    static func withoutSpacesBetweenHan(_ text: String) -> String {
        guard text.contains(where: \.isCJK) else { return text }
        var result = ""
        var spaces = ""
        for character in text {
            if character == " " || character == "\u{3000}" {
                spaces.append(character)
                continue
            }
            if !spaces.isEmpty {
                if !((result.last?.isCJK ?? false) && character.isCJK) { result += spaces }
                spaces = ""
            }
            result.append(character)
        }
        return result + spaces
    }
}

/// Running headers and footers, page numbers, job numbers and barcodes: text that belongs to
/// the page, not the document.
struct PageFurniture {
    /// Texts (digits written #) that stand in the top or bottom band of pages after the first
    /// and repeat on another page, or stand on the first page too.
    private var repeated: Set<String> = []

    init(_ pages: [PDFPage]) {
        var seen: [String: Set<Int>] = [:]
        var firstPage: Set<String> = []
        for page in pages {
            for piece in page.pieces {
                let key = Self.key(piece.text)
                if page.number == pages.first?.number { firstPage.insert(key) }
                if Self.inBand(piece, page) { seen[key, default: []].insert(page.number) }
            }
        }
        let first = pages.first?.number
        for (key, numbers) in seen {
            let later = numbers.subtracting(first.map { [$0] } ?? [])
            if later.count >= 2 || (later.count == 1 && firstPage.contains(key) && pages.count > 1) { repeated.insert(key) }
        }
    }

    func contains(_ piece: PDFPage.Piece, on page: PDFPage) -> Bool {
        let text = piece.text.trimming(" \u{A0}\t")
        if Self.isJobNumber(text) || Self.isBarcode(text) { return true }
        guard Self.inBand(piece, page) else { return false }
        if text.lowercased() == "please recycle" { return true }
        // "24-15711 2/2": a line of the band whose every word is a job number, page number or
        // date. Only a whole line: "70/1" and "2011" inside a footnote are the note's.
        let line = page.pieces.filter { $0.top < piece.bottom && $0.bottom > piece.top }
        if line.allSatisfy({ Self.isFurnitureText($0.text.trimming(" \u{A0}\t")) }) { return true }
        guard page.number != 1 else { return false }
        // The running header: a document symbol alone at the top of a page after the first.
        if piece.bottom < page.height * 0.1, line.count == 1, text.count <= 40, !text.contains(" "), text.contains("/"),
           text.first?.isUppercase == true {
            return true
        }
        // A repeated running header or footer, alone on its line; short pieces (a footnote's
        // number) are not one.
        return line.count == 1 && text.count >= 3 && repeated.contains(Self.key(piece.text))
    }

    /// Words that are all job numbers, page numbers, dates or barcodes.
    private static func isFurnitureText(_ text: String) -> Bool {
        let words = text.split(whereSeparator: \.isWhitespace).map(String.init)
        return !words.isEmpty && words.allSatisfy {
            isPageNumber($0) || isJobNumber($0) || isBarcode($0) || $0.count == 3 && $0.first == "(" && $0.last == ")"
        }
    }

    private static func inBand(_ piece: PDFPage.Piece, _ page: PDFPage) -> Bool {
        piece.bottom < page.height * 0.1 || piece.top > page.height * 0.87
    }

    private static func key(_ text: String) -> String {
        String(text.trimming(" \u{A0}\t").map { $0.isASCIIDigitCharacter ? "#" : $0 })
    }

    /// "2/5", "- 3 -", "3", "Page 3".
    static func isPageNumber(_ text: String) -> Bool {
        let parts = text.split(separator: "/")
        if parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigitCharacter) }) { return true }
        let core = text.trimming("-– ")
        if !core.isEmpty, core.count <= 4, core.allSatisfy(\.isASCIIDigitCharacter) { return true }
        return text.lowercased().hasPrefix("page ") && text.dropFirst(5).allSatisfy(\.isASCIIDigitCharacter)
    }

    /// "25-20108 (E)", "23-25405 (C)  221223", "GE.23-12345(E)".
    static func isJobNumber(_ text: String) -> Bool {
        var rest = Substring(text)
        if rest.hasPrefix("GE.") { rest = rest.dropFirst(3) }
        let year = rest.prefix(2)
        guard year.count == 2, year.allSatisfy(\.isASCIIDigitCharacter), rest.dropFirst(2).first == "-" else { return false }
        rest = rest.dropFirst(3)
        let number = rest.prefix { $0.isASCIIDigitCharacter }
        guard number.count == 5 else { return false }
        rest = rest.dropFirst(5).drop { $0 == " " }
        guard rest.hasPrefix("("), rest.dropFirst(2).first == ")" else { return rest.isEmpty }
        // What may follow: the date of processing, digits and spaces.
        return rest.dropFirst(3).allSatisfy { $0.isASCIIDigitCharacter || $0 == " " || $0 == "\u{A0}" }
    }

    /// "*2520108*".
    static func isBarcode(_ text: String) -> Bool {
        text.count >= 9 && text.first == "*" && text.last == "*" && text.dropFirst().dropLast().allSatisfy(\.isASCIIDigitCharacter)
    }
}

extension Character {
    /// Han characters and CJK punctuation, which are written without spaces between them.
    var isCJK: Bool {
        guard let scalar = unicodeScalars.first else { return false }
        switch scalar.value {
        // Full-width forms (０-９, （, ，) included: justified lines space them out too.
        case 0x3000...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFF01...0xFF65, 0x20000...0x2FFFF:
            return true
        default:
            return false
        }
    }

    var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}

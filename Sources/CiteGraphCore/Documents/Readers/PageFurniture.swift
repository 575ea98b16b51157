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

/// Running heads and page furniture: the lines a PDF repeats on every page.
extension HeaderText {

    /// The symbols of a line holding nothing but symbols and page furniture — page numbers
    /// "2/5", job numbers "25-20108 (E)", barcodes "*2520108*" — as running heads are; `nil`
    /// for any other line. A footnote ("1 S/2023/856.") is not one.
    static func furnitureSymbols(_ s: [UInt8], in range: Range<Int>) -> [Symbol]? {
        // Running heads are short; most lines are text, told at their first word.
        guard range.count <= maximumRunningHead, let first = range.first.map({ s[$0] }),
              Bytes.isUpper(first) || Bytes.isDigit(first) || first == 0x2A || first == 0x28 || first == 0x2D || first == 0x70 || first == 0xE2
        else { return nil }
        var symbols: [Symbol] = []
        var i = range.lowerBound
        while true {
            while i < range.upperBound, s[i] == 0x20 || s[i] == 0x09 || s[i] == 0x7C { i += 1 }
            guard i < range.upperBound else { break }
            if Bytes.isUpper(s[i]), let match = SymbolScanner.scan(s, at: i), match.end <= range.upperBound {
                symbols.append(match.symbol)
                if let alias = match.alias { symbols.append(alias) }
                i = match.end
                while i < range.upperBound, s[i] == 0x2A { i += 1 }
                continue
            }
            var end = i
            while end < range.upperBound, s[end] != 0x20, s[end] != 0x09 { end += 1 }
            guard isFurniture(s[i..<end]) else { return nil }
            i = end
        }
        return symbols.isEmpty ? nil : symbols
    }

    /// "2/5", "25-20108", "(E)", "*2520108*", "GE.21-01234", "Page": not words of the text.
    private static func isFurniture(_ token: ArraySlice<UInt8>) -> Bool {
        if furnitureWords.contains(where: { token.elementsEqual($0) }) { return true }
        var digits = 0
        var marks = false
        for b in token {
            if Bytes.isDigit(b) { digits += 1; continue }
            guard furnitureBytes[Int(b)] else { return false }
            if b == 0x2F || b == 0x2D || b == 0x2A { marks = true }
        }
        // A bare short number may be a footnote's: only page "n/m", job and barcode numbers count.
        return digits > 0 && (marks || digits >= 5)
    }

    /// The longest line taken for a running head.
    private static let maximumRunningHead = 120
    private static let furnitureWords = ["(E)", "(C)", "(F)", "(S)", "(R)", "(A)", "Page", "page", "-", "–"].map { Array($0.utf8) }
    private static let furnitureBytes: [Bool] = (0..<256).map { "/*-.()GEX".utf8.contains(UInt8($0)) }
}

/// Running heads and page furniture: the lines a PDF repeats on every page.
extension HeaderText {

    /// The symbols of a line holding nothing but symbols and page furniture — page numbers
    /// "2/5", job numbers "25-20108 (E)", barcodes "*2520108*" — as running heads are; `nil`
    /// for any other line. A footnote ("1 S/2023/856.") is not one.
    static func furnitureSymbols(_ s: [UInt8], in range: Range<Int>) -> [Symbol]? {
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
        let text = String(decoding: token, as: UTF8.self)
        if ["(E)", "(C)", "(F)", "(S)", "(R)", "(A)", "Page", "page", "-", "–"].contains(text) { return true }
        let digits = token.filter(Bytes.isDigit).count
        guard digits > 0, token.allSatisfy({ Bytes.isDigit($0) || "/*-.()GEX".utf8.contains($0) }) else { return false }
        // A bare short number may be a footnote's: only page "n/m", job and barcode numbers count.
        return token.contains(0x2F) || token.contains(0x2D) || token.contains(0x2A) || digits >= 5
    }
}

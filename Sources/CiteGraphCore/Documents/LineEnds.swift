/// Line ends as the extractor counts them.
enum LineEnds {
    /// `text` with every CR LF and every lone CR (old Mac files, some converters) turned into
    /// LF, so that all three end a line. Returns `text` itself when it holds no CR.
    static func normalized(_ text: [UInt8]) -> [UInt8] {
        guard text.contains(0x0D) else { return text }
        var result: [UInt8] = []
        result.reserveCapacity(text.count)
        var i = 0
        while i < text.count {
            let byte = text[i]
            if byte == 0x0D {
                result.append(0x0A)
                if i + 1 < text.count, text[i + 1] == 0x0A { i += 1 }
            } else {
                result.append(byte)
            }
            i += 1
        }
        return result
    }
}

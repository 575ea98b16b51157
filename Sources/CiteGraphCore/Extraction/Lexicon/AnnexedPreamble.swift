/// Where a text adopted by another organisation starts inside a UN document: an annex that
/// opens the way resolutions open, with its author on a line of its own,
///
///     Anexo
///     Resolución 337 (S-VII) Solicitud de Djibouti …
///     La Comisión Económica y Social para Asia Occidental,
///
/// From there on, "su resolución 302 (XXVII)" is that organisation's resolution, not one of the
/// body that issued the document. Only "its": a resolution cited without it, or with its body
/// named ("Economic and Social Council resolution 2008/8"), is read as anywhere else.
enum AnnexedPreamble {
    /// The offset of the first such preamble line, or `nil`.
    static func start(in s: [UInt8], lines: LineIndex) -> Int? {
        let starts = lines.starts
        var line = 0
        while line < starts.count {
            let start = starts[line]
            let lineEnd = line + 1 < starts.count ? starts[line + 1] - 1 : s.count
            line += 1
            // Most lines end in anything but a comma: one look at their last bytes.
            var end = lineEnd
            while end > start, s[end - 1] == 0x20 || s[end - 1] == 0x0D { end -= 1 }
            // The name, an article before it, and the comma: short, and the comma ends it.
            guard end - start >= 12, end - start <= 120, s[end - 1] == 0x2C else { continue }
            var i = s.skippingSpaces(from: start)
            if let article = articles.match(in: s, at: i) { i += article.length }
            if let name = authors.match(in: s, at: i), s.skippingSpaces(from: i + name.length) == end - 1 { return start }
        }
        return nil
    }

    /// Whether the word before the noun at `index` is "its" ("su", "sa", "ses"): the
    /// resolution of the body whose text it is, not one another body's name stands for.
    static func isPossessive(_ s: [UInt8], before index: Int) -> Bool {
        var end = index
        while end > 0, s[end - 1] == 0x20 { end -= 1 }
        return possessives.contains { word in
            end - word.count >= 0 && s.has(word, at: end - word.count)
                && (end - word.count == 0 || !Bytes.isLetter(s[end - word.count - 1]))
        }
    }

    private static let possessives = ["its", "their", "su", "sus", "sa", "ses", "son", "leurs", "leur"].map { Array($0.utf8) }

    private static let articles = PatternSet<Void>(["The ", "La ", "Le ", "El ", "L'", "L’"].map { ($0, ()) })

    /// Other organisations whose resolutions UN documents annex, in the languages of the corpus.
    private static let authors = PatternSet<Void>([
        "Economic and Social Commission for Western Asia", "Comisión Económica y Social para Asia Occidental",
        "Commission économique et sociale pour l'Asie occidentale", "Commission économique et sociale pour l’Asie occidentale",
        "Economic Commission for Latin America and the Caribbean", "Comisión Económica para América Latina y el Caribe",
        "Commission économique pour l'Amérique latine et les Caraïbes", "Commission économique pour l’Amérique latine et les Caraïbes",
        "Economic and Social Commission for Asia and the Pacific", "Comisión Económica y Social para Asia y el Pacífico",
        "Commission économique et sociale pour l'Asie et le Pacifique", "Commission économique et sociale pour l’Asie et le Pacifique",
        "Economic Commission for Africa", "Comisión Económica para África", "Commission économique pour l'Afrique",
        "Commission économique pour l’Afrique",
        "Economic Commission for Europe", "Comisión Económica para Europa", "Commission économique pour l'Europe",
        "Commission économique pour l’Europe",
    ].map { ($0, ()) })
}

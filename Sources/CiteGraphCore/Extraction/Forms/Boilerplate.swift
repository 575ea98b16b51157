/// A web page's own notices around a document's text: the licence line a wiki puts under
/// every UN document ("本作品来自联合国官方文件 … 根据ST/AI/189/Add.9/Rev.2第2条 … 属于公有领域").
/// The symbols in it are the site's, not the document's citations; they are the Secretariat's
/// instructions (ST/AI/…), so only mentions of those are checked.
enum Boilerplate {
    /// Whether the mention at `range` stands in such a notice: its line, near it, speaks of the
    /// public domain or a licence.
    static func surrounds(_ s: [UInt8], _ range: Range<Int>, line: Range<Int>) -> Bool {
        let window = max(line.lowerBound, range.lowerBound - reach)..<min(line.upperBound, range.upperBound + reach)
        return notices.lastMatch(in: s, window) != nil
    }

    private static let reach = 100
    private static let notices = PatternSet<Void>([
        ("公有领域", ()), ("public domain", ()), ("domaine public", ()), ("dominio público", ()),
        ("Creative Commons", ()), ("本作品来自", ()),
    ])
}

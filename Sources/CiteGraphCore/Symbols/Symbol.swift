/// A UN document's canonical symbol: the official symbol in upper case, no spaces, ASCII
/// hyphen and slash (`A/RES/77/10`, `S/RES/2593(2021)`, `A/79/L.5/Rev.1`).
///
/// The validating initialiser is the one way to make a symbol from text; the scanners build
/// symbols from parts they have already checked (see `Symbol+Parsing.swift`).
public struct Symbol: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The canonical text.
    public let rawValue: String

    /// A symbol from text that is already canonical; `nil` for anything else, including a
    /// symbol written in a non-canonical way (`S/RES/2593 (2021)`, `a/res/77/10`).
    public init?(_ text: String) {
        let bytes = Array(text.utf8)
        guard let scanned = SymbolScanner.scan(bytes, at: 0), scanned.end == bytes.count,
              scanned.alias == nil, scanned.symbol.rawValue == text
        else { return nil }
        self = scanned.symbol
    }

    /// For the scanners, which assemble canonical text from validated parts.
    init(assembled rawValue: String) {
        self.rawValue = rawValue
    }

    public var description: String { rawValue }

    /// Byte order, the same as Python's and `sort`'s in the C locale: stable across platforms.
    public static func < (lhs: Symbol, rhs: Symbol) -> Bool {
        lhs.rawValue.utf8.lexicographicallyPrecedes(rhs.rawValue.utf8)
    }

    /// What kind of document the symbol names.
    public var documentType: DocumentType { DocumentType(symbol: rawValue) }

    /// The organ that issued the document.
    public var body: IssuingBody { IssuingBody(symbol: rawValue) }
}

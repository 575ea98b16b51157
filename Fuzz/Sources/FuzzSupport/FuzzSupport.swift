import CiteGraphCore

/// The bytes libFuzzer hands a target, as an array.
public func fuzzInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
    guard let data, size > 0 else { return [] }
    return Array(UnsafeBufferPointer(start: data, count: size))
}

/// Stops the run when `condition` is false: libFuzzer saves the input that did it.
public func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError("fuzz invariant broken: \(message())") }
}

/// What must hold of any extraction, whatever the text: every target and own symbol is a
/// well-formed canonical symbol, and every mention sits at a line and column of the text.
public func checkExtraction(_ document: DocumentExtraction, of bytes: [UInt8]) {
    // Line ends are LF, CR or CRLF; a count of LF and CR bytes bounds the lines from above.
    let lineBound = bytes.reduce(1) { $0 + ($1 == 0x0A || $1 == 0x0D ? 1 : 0) }
    for mention in document.mentions {
        require(Symbol(mention.target.rawValue) != nil, "malformed target \(mention.target.rawValue)")
        require(mention.line >= 1 && mention.line <= lineBound, "line \(mention.line) of at most \(lineBound)")
        require(mention.column >= 1, "column \(mention.column)")
    }
    for mention in document.unresolved {
        require(mention.line >= 1 && mention.line <= lineBound, "unresolved line \(mention.line) of at most \(lineBound)")
    }
    for own in document.ownSymbols {
        require(Symbol(own.rawValue) != nil, "malformed own symbol \(own.rawValue)")
    }
}

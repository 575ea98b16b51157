import CiteGraphCore
import Foundation

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

/// What a reader target checks, reading `data` as a file with `fileExtension` as `citegraph`
/// reads a file named on its command line: it either gives one document of valid UTF-8 text
/// without NUL bytes, which then extracts cleanly, or refuses the file with a `CorpusError`
/// whose one-line message names it.
public func fuzzReader(_ data: UnsafePointer<UInt8>?, _ size: Int, fileExtension: String) {
    let path = FileManager.default.temporaryDirectory
        .appendingPathComponent("citegraph-fuzz-\(ProcessInfo.processInfo.processIdentifier).\(fileExtension)").path
    guard FileManager.default.createFile(atPath: path, contents: Data(fuzzInput(data, size))) else {
        fatalError("cannot write \(path)")
    }
    do {
        let documents = try CorpusReader.read([path])
        require(documents.count == 1, "\(documents.count) documents from one file")
        let text = documents[0].bytes
        require(String(validating: text, as: UTF8.self) != nil, "the reader passed on bytes that are not UTF-8")
        require(!text.contains(0), "the reader passed on a NUL byte")
        checkExtraction(CitationExtractor.extract(documents[0]), of: text)
    } catch let error as CorpusError {
        require(error.description.hasPrefix(path + ": "), "message does not start with the file name: \(error.description)")
        require(!error.description.contains("\n"), "message of more than one line: \(error.description)")
    } catch {
        require(false, "not a CorpusError: \(error)")
    }
}

// seeds: Tests/CiteGraphCoreTests/Fixtures/formats/made Tests/CiteGraphCoreTests/Fixtures/formats/real-word
// dict: Fuzz/citations.dict
import CiteGraphCore
import Foundation
import FuzzSupport

/// Where each input is written for the reader to read: one file per fuzzing process.
private let path = FileManager.default.temporaryDirectory
    .appendingPathComponent("citegraph-fuzz-\(ProcessInfo.processInfo.processIdentifier).docx").path

/// The Word reader (ZIPFoundation and Foundation's XML parser) over arbitrary file contents, as `citegraph` reads such a
/// file: it either gives a document of valid UTF-8 text without NUL bytes, which then extracts
/// cleanly, or refuses the file with a `CorpusError` whose message names it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWordReader(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = fuzzInput(data, size)
    guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else {
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
    return 0
}

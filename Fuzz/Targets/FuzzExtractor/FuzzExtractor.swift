// seeds: Tests/CiteGraphCoreTests/Fixtures/corpus seeds
// dict: Fuzz/citations.dict
import CiteGraphCore
import FuzzSupport

/// The citation extractor over arbitrary bytes (it is only ever given valid UTF-8 by the
/// readers, but must not crash, hang or emit a malformed symbol on anything).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExtractor(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = fuzzInput(data, size)
    let document = CitationExtractor.extract(SourceDocument(path: "fuzz.txt", bytes: bytes))
    checkExtraction(document, of: bytes)
    return 0
}

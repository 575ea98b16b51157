// seeds: Tests/CiteGraphCoreTests/Fixtures/formats/made Tests/CiteGraphCoreTests/Fixtures/formats/real-word
// dict: Fuzz/citations.dict
import FuzzSupport

/// The Word reader (its own ZIP reader, zlib and Foundation's XML parser) over arbitrary file contents: see `fuzzReader` for what must hold.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWordReader(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    fuzzReader(data, size, fileExtension: "docx")
    return 0
}

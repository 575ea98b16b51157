// seeds: Tests/CiteGraphCoreTests/Fixtures/corpus seeds
// dict: Fuzz/citations.dict
import FuzzSupport

/// The text reader over arbitrary file contents: see `fuzzReader` for what must hold.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTextReader(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    fuzzReader(data, size, fileExtension: "txt")
    return 0
}

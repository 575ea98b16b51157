// seeds: Tests/CiteGraphCoreTests/Fixtures/formats/made
// dict: Fuzz/citations.dict
import FuzzSupport

/// The HTML reader (libxml2) over arbitrary page contents: see `fuzzReader` for what must hold.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTMLReader(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    fuzzReader(data, size, fileExtension: "html")
    return 0
}

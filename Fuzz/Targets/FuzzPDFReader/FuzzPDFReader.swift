// seeds: Tests/CiteGraphCoreTests/Fixtures/formats/real-pdf
// dict: Fuzz/citations.dict
import FuzzSupport

/// The PDF reader (poppler's pdftohtml, run as a program, and the layout of its output) over arbitrary file contents: see `fuzzReader` for what must hold.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPDFReader(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    fuzzReader(data, size, fileExtension: "pdf")
    return 0
}

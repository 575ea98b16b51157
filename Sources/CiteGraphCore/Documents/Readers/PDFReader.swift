enum PDFReader {
    static func read(_ file: CorpusFile, settings: ReadSettings) throws(CorpusError) -> SourceDocument {
        throw CorpusError.unsupported(file.path.display, reason: "not yet")
    }
}

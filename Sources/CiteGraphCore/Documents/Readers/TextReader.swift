/// Plain text (`.txt`, `.md`, and any file named on the command line whose extension says
/// nothing else): decoded from its encoding, line ends made LF.
enum TextReader {
    static func read(_ file: CorpusFile, settings: ReadSettings) throws(CorpusError) -> SourceDocument {
        let path = file.path.display
        let bytes = try CorpusReader.bytes(of: file, settings: settings)
        let (text, encoding) = try CorpusReader.text(of: bytes, path: path)
        var document = SourceDocument(path: path, bytes: LineEnds.normalized(text))
        document.origin.encoding = encoding
        return document
    }
}

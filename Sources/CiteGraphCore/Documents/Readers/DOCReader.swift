/// Old binary Word files (`.doc`), through `antiword` (Debian's antiword, GPL, run as a
/// separate program like poppler): its UTF-8 text, with the `[1]` it writes for footnote
/// references and at the start of each note turned into the superscripts the extractor follows.
enum DOCReader {
    private static let zipMagic: [UInt8] = [0x50, 0x4B, 0x03, 0x04]

    static func read(_ file: CorpusFile, settings: ReadSettings) throws(CorpusError) -> SourceDocument {
        let path = file.path.display
        let bytes = try CorpusReader.bytes(of: file, settings: settings)
        // The Official Document System serves Word 2007 files named .DOC: a ZIP is one of those.
        if bytes.starts(with: zipMagic) { return try DOCXReader.read(file, settings: settings) }
        guard let input = InputFile.handle(for: file, bytes: bytes) else {
            throw CorpusError.unreadable(path, reason: "cannot make a temporary copy for antiword")
        }
        let output: [UInt8]
        do throws(ExternalProgram.Failure) {
            // -w 0: a paragraph a line, not wrapped; the file is antiword's standard input.
            output = try ExternalProgram.output(of: "antiword", ["-m", "UTF-8.txt", "-w", "0", "/dev/stdin"], input: input,
                                                limit: settings.maxFileSize, seconds: settings.conversionSeconds,
                                                memory: settings.conversionMemory)
        } catch {
            switch error {
            case .notFound:
                throw CorpusError.unsupported(path, reason: "old binary Word file (.doc): install antiword to read it, or save it as .docx or PDF")
            case let .outputTooLarge(limit): throw CorpusError.tooLarge(path, limit: limit)
            case let .timedOut(seconds): throw CorpusError.malformed(path, format: "Word (.doc)", reason: "antiword took more than \(Int(seconds)) s")
            case let .failed(status, message):
                // antiword names its input, here /dev/stdin: say what it found instead.
                let reason = message.contains("is not a Word Document") ? "not a Word document"
                    : ExternalProgram.reason("antiword", status, message, memory: settings.conversionMemory)
                throw CorpusError.malformed(path, format: "Word (.doc)", reason: reason)
            }
        }
        let (text, _) = try CorpusReader.text(of: output, path: path)
        let lines = String(decoding: LineEnds.normalized(text), as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let marked = lines.map { markers(in: String($0)) }.joined(separator: "\n")
        var document = SourceDocument(path: path, bytes: Array(marked.utf8))
        document.origin.format = .doc
        return document
    }

    /// `[12]` (one to three digits) written as `¹²`; at the start of a line, followed by a
    /// space, as a note begins.
    static func markers(in line: String) -> String {
        var result = ""
        var rest = Substring(line)
        while let open = rest.firstIndex(of: "[") {
            let after = rest[rest.index(after: open)...]
            let digits = after.prefix { $0.isASCII && $0.isNumber }
            guard !digits.isEmpty, digits.count <= 3, after.dropFirst(digits.count).first == "]" else {
                result += rest[...open]
                rest = after
                continue
            }
            let startsLine = result.isEmpty && rest[..<open].isEmpty
            result += rest[..<open] + PDFLayout.superscript(String(digits))
            if startsLine { result += " " }
            rest = after.dropFirst(digits.count + 1)
        }
        return result + rest
    }
}

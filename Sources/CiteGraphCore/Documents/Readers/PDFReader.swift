import Foundation

/// PDF files, through poppler's `pdftohtml -xml`, run as a separate program (poppler is GPL
/// and citegraph links Graphviz, EPL-1.0: the two are never linked into one binary). The
/// positioned text it gives is laid out by `PDFLayout`; the links a PDF carries to
/// docs.un.org and undocs.org are kept as the document's linked symbols.
enum PDFReader {
    static func read(_ file: CorpusFile, settings: ReadSettings) throws(CorpusError) -> SourceDocument {
        let path = file.path.display
        // Opened here first, so a missing, unreadable, oversized or non-regular file gets the
        // same message as any other; poppler then reads it by name.
        let bytes = try CorpusReader.bytes(of: file, settings: settings)
        guard Array(bytes.prefix(1024)).contains(sequence: Array("%PDF-".utf8)) else {
            throw CorpusError.malformed(path, format: "PDF", reason: "no %PDF- header")
        }
        guard let input = InputFile.handle(for: file, bytes: bytes) else {
            throw CorpusError.unreadable(path, reason: "cannot make a temporary copy for pdftohtml")
        }
        let xml: [UInt8]
        do throws(ExternalProgram.Failure) {
            // -i: no images; -hidden: the invisible text layer of scanned-and-recognised PDFs.
            // The file is poppler's standard input (fd://0), so any file name works; poppler
            // wants an output name all the same, and writes nothing there with -stdout.
            xml = try ExternalProgram.output(
                of: "pdftohtml", ["-xml", "-i", "-hidden", "-q", "-stdout", "-enc", "UTF-8", "fd://0", "citegraph"],
                input: input, limit: settings.maxFileSize, seconds: settings.conversionSeconds, memory: settings.conversionMemory)
        } catch {
            switch error {
            case let .notFound(program):
                throw CorpusError.unreadable(path, reason: "\(program) is not installed; it comes with poppler-utils")
            case let .outputTooLarge(limit): throw CorpusError.tooLarge(path, limit: limit)
            case let .timedOut(seconds): throw CorpusError.malformed(path, format: "PDF", reason: "pdftohtml took more than \(Int(seconds)) s")
            case let .failed(status, message):
                throw CorpusError.malformed(path, format: "PDF", reason: ExternalProgram.reason("pdftohtml", status, message, memory: settings.conversionMemory))
            }
        }
        guard let pages = PDFPages.parse(xml) else {
            throw CorpusError.malformed(path, format: "PDF", reason: "pdftohtml's XML is not well-formed")
        }
        guard pages.contains(where: { !$0.pieces.isEmpty }) else { throw CorpusError.needsOCR(path) }
        let layout = PDFLayout(pages)
        var text = ""
        var regions: [TextRegion] = []
        var line = 1
        for (index, paragraph) in layout.paragraphs.enumerated() {
            if index > 0 {
                text += "\n\n"
                line += 2
            }
            regions.append(TextRegion(line: line, page: paragraph.page, paragraph: index + 1))
            text += paragraph.text
        }
        var document = SourceDocument(path: path, bytes: Array(text.utf8))
        document.origin.format = .pdf
        document.origin.regions = regions
        document.origin.linkedSymbols = LinkedSymbols.symbols(in: pages.flatMap { $0.pieces.flatMap(\.links) })
        return document
    }
}

/// The UN document symbols that links to docs.un.org and undocs.org name.
enum LinkedSymbols {
    static let hosts = ["undocs.org", "docs.un.org", "documents.un.org"]
    static let suffixes = ["add.", "rev.", "corr.", "amend.", "sum."]
    static let languages: Set<String> = ["en", "zh", "fr", "es", "ru", "ar", "english", "chinese", "french", "spanish", "russian", "arabic"]

    static func symbols(in links: [String]) -> [String] {
        var seen: Set<String> = []
        return links.compactMap(symbol).filter { seen.insert($0).inserted }
    }

    /// "https://undocs.org/en/S/RES/2719(2023)" → "S/RES/2719(2023)".
    static func symbol(_ link: String) -> String? {
        guard let components = URLComponents(string: link.trimming(" ")), let host = components.host?.lowercased(),
              hosts.contains(where: { host == $0 || host.hasSuffix("." + $0) }) else { return nil }
        var parts = components.path.split(separator: "/").map(String.init)
        if let first = parts.first, languages.contains(first.lowercased()) { parts.removeFirst() }
        // documents.un.org/symbol-explorer?s=A/RES/77/10 and the like carry it as a query.
        if parts.isEmpty || parts.first?.contains(".") == true || parts.first?.lowercased() == "symbol-explorer" {
            guard let value = components.queryItems?.first(where: { ["s", "symbol"].contains($0.name.lowercased()) })?.value else { return nil }
            parts = value.split(separator: "/").map(String.init)
        }
        // Upper case, except the suffixes canonical symbols write capitalised (…/Add.1, /Rev.2).
        let symbol = parts.map { part -> String in
            let lower = part.lowercased()
            if let suffix = suffixes.first(where: { lower.hasPrefix($0) }) {
                return suffix.prefix(1).uppercased() + suffix.dropFirst() + part.dropFirst(suffix.count)
            }
            return part.uppercased()
        }.joined(separator: "/").filter { !$0.isWhitespace }
        return symbol.contains("/") ? symbol : nil
    }
}

extension Array where Element == UInt8 {
    func contains(sequence: [UInt8]) -> Bool {
        guard sequence.count <= count else { return false }
        return (0...(count - sequence.count)).contains { self[$0..<($0 + sequence.count)].elementsEqual(sequence) }
    }
}

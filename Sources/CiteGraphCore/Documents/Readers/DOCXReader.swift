import Foundation

/// Word files (`.docx`): the body from `word/document.xml`, footnotes and endnotes from their
/// own parts placed after the paragraph that refers to them and numbered as Word shows them
/// (in order of reference), the document's own symbol from `docProps/custom.xml` or the
/// header parts when the body does not state it. `comments.xml` is never read.
enum DOCXReader {
    static func read(_ file: CorpusFile, settings: ReadSettings) throws(CorpusError) -> SourceDocument {
        let path = file.path.display
        let bytes = try CorpusReader.bytes(of: file, settings: settings)
        let archive: ZIPArchive
        do {
            archive = try ZIPArchive(bytes)
        } catch {
            throw Self.error(error, path: path, limit: settings.maxFileSize)
        }
        let part = { (name: String) throws(CorpusError) -> Data? in try Self.part(name, of: archive, path: path, limit: settings.maxFileSize) }
        guard let documentXML = try part("word/document.xml") else {
            throw CorpusError.malformed(path, format: "Word", reason: "no word/document.xml")
        }
        guard let body = WordParagraphs.parse(documentXML) else {
            throw CorpusError.malformed(path, format: "Word", reason: "word/document.xml is not well-formed UTF-8 XML")
        }
        var notes: [String: String] = [:]
        for (name, kind) in [("word/footnotes.xml", "f"), ("word/endnotes.xml", "e")] {
            guard let xml = try part(name), let parsed = WordParagraphs.parse(xml) else { continue }
            for note in parsed.notes { notes[kind + note.id] = note.text.trimming(" \t") }
        }
        var symbols: [String] = []
        if let xml = try part("docProps/custom.xml") {
            let properties = WordProperties.parse(xml)
            symbols = ["Symbol1", "Symbol2"].compactMap { properties[$0] }.filter { !$0.isEmpty }
        }
        if symbols.isEmpty {
            for entry in archive.entries where entry.path.hasPrefix("word/header") && entry.path.hasSuffix(".xml") {
                guard let xml = try part(entry.path), let header = WordParagraphs.parse(xml) else { continue }
                symbols += header.paragraphs.map { $0.trimming(" \t") }.filter(Self.looksLikeSymbol)
                if !symbols.isEmpty { break }
            }
        }

        var text = Text()
        let start = body.paragraphs.prefix(12).joined(separator: " ")
        for symbol in symbols.prefix(1) where !start.contains(symbol) { text.add(symbol) }
        var numbers: [String: Int] = [:]
        for paragraph in body.paragraphs {
            let (shown, cited) = Self.numbered(paragraph, numbers: &numbers)
            text.add(shown)
            for key in cited { text.add(PDFLayout.superscript(String(numbers[key] ?? 0)) + " " + (notes[key] ?? "")) }
        }
        var document = SourceDocument(path: path, bytes: Array(text.value.utf8))
        document.origin.format = .docx
        document.origin.regions = text.regions
        return document
    }

    /// The paragraphs joined with a blank line between, each a region.
    private struct Text {
        var value = ""
        var regions: [TextRegion] = []
        var line = 1

        mutating func add(_ paragraph: String) {
            let trimmed = paragraph.trimming(" \t")
            guard !trimmed.isEmpty else { return }
            if !value.isEmpty {
                value += "\n\n"
                line += 2
            }
            regions.append(TextRegion(line: line, paragraph: regions.count + 1))
            // A line break inside a paragraph (Shift+Enter) is a space: the paragraph is one line.
            value += trimmed.replacingOccurrences(of: "\n", with: " ")
        }
    }

    /// A paragraph with its note references written as superscript numbers, numbered in the
    /// order they first appear; and the notes it refers to first.
    private static func numbered(_ paragraph: String, numbers: inout [String: Int]) -> (String, [String]) {
        guard paragraph.contains("\u{0}") else { return (paragraph, []) }
        var shown = ""
        var cited: [String] = []
        for (index, part) in paragraph.split(separator: "\u{0}", omittingEmptySubsequences: false).enumerated() {
            guard index % 2 == 1 else {
                shown += part
                continue
            }
            let key = String(part)
            if numbers[key] == nil {
                numbers[key] = numbers.count + 1
                cited.append(key)
            }
            shown += PDFLayout.superscript(String(numbers[key] ?? 0))
        }
        return (shown, cited)
    }

    /// "S/2024/600", "A/79/302–S/2024/600": a symbol alone in a header paragraph.
    private static func looksLikeSymbol(_ text: String) -> Bool {
        text.count <= 60 && text.contains("/") && text.first?.isUppercase == true && !text.contains("  ")
            && text.split(separator: " ").count <= 3
    }

    /// The bytes of one part of the archive, never more than `limit`.
    private static func part(_ name: String, of archive: ZIPArchive, path: String, limit: Int) throws(CorpusError) -> Data? {
        guard let entry = archive[name] else { return nil }
        guard entry.uncompressedSize <= limit else { throw CorpusError.tooLarge(path, limit: limit) }
        do {
            return Data(try archive.data(of: entry, limit: limit))
        } catch {
            throw Self.error(error, path: path, limit: limit)
        }
    }

    private static func error(_ failure: ZIPArchive.Failure, path: String, limit: Int) -> CorpusError {
        switch failure {
        case .notAnArchive: .malformed(path, format: "Word", reason: "not a ZIP archive")
        case let .damaged(reason): .malformed(path, format: "Word", reason: "damaged ZIP archive: \(reason)")
        case .tooLarge: .tooLarge(path, limit: limit)
        }
    }
}

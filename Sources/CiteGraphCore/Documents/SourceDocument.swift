/// One document of a corpus, as read: where it came from, its text as UTF-8 bytes (the
/// extractor's input), and where each part of that text stands in the original file.
public struct SourceDocument: Sendable {
    /// The path shown in output: as the user gave it (bytes that are not UTF-8 written
    /// `\xNN`), or `seeds/NAME` for the seed corpus.
    public let path: String
    /// The file name without its extension: the node id of a document stating no symbol.
    public let name: String
    /// The text: valid UTF-8, no byte order mark, lines ended by LF.
    public let bytes: [UInt8]
    /// What the file was, and where each part of the text comes from.
    public var origin = DocumentOrigin()

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        let file = path.split(separator: "/").last.map(String.init) ?? path
        if let dot = file.lastIndex(of: "."), dot != file.startIndex {
            self.name = String(file[..<dot])
        } else {
            self.name = file
        }
        self.bytes = bytes
    }
}

/// What a document was before it became text: its format and encoding, the language it
/// declares, where its lines come from in the original file, and the documents it links to.
/// Kept beside the extraction (which sees only the text), for output to report positions.
public struct DocumentOrigin: Sendable, Equatable {
    /// What the file was.
    public var format: DocumentFormat = .text
    /// The encoding a text or HTML file was in; `nil` for PDF and Word and the seeds.
    public var encoding: TextEncoding?
    /// The language the document declares (HTML's `lang`), as written there.
    public var language: String?
    /// Where the text's lines come from: pages of a PDF, paragraphs of a Word or HTML file,
    /// sorted by line. Empty for plain text, whose positions are its lines and columns.
    public var regions: [TextRegion] = []
    /// The symbols of UN documents the file links to (docs.un.org, undocs.org), in order of
    /// first link, without repeats.
    public var linkedSymbols: [String] = []

    public init() {}

    /// The region that `line` (1-based, as mentions count) belongs to, if the format has regions.
    public func region(atLine line: Int) -> TextRegion? {
        // The last region starting at or before `line`.
        var low = 0
        var high = regions.count
        while low < high {
            let middle = (low + high) / 2
            if regions[middle].line <= line { low = middle + 1 } else { high = middle }
        }
        return low == 0 ? nil : regions[low - 1]
    }
}

/// Lines of a document's text that start at `line` (1-based) and come from one page (PDF) or
/// one paragraph (Word, HTML) of the original file; they run to the next region's line.
public struct TextRegion: Sendable, Equatable {
    public let line: Int
    /// The page, from 1 (PDF).
    public let page: Int?
    /// The paragraph, from 1 (Word, HTML).
    public let paragraph: Int?

    public init(line: Int, page: Int? = nil, paragraph: Int? = nil) {
        self.line = line
        self.page = page
        self.paragraph = paragraph
    }
}

/// The kinds of file citegraph reads, by extension.
public enum DocumentFormat: String, Sendable, CaseIterable {
    case text
    case html
    case pdf
    case docx
    /// Old binary Word files, read through antiword.
    case doc

    /// The format a file name's extension says, or `nil` for one citegraph does not read.
    public init?(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "txt", "md": self = .text
        case "html", "htm": self = .html
        case "pdf": self = .pdf
        case "docx": self = .docx
        case "doc": self = .doc
        default: return nil
        }
    }
}

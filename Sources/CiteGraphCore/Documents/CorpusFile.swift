/// One file to read: its path, whether the user named it (rather than it being found in a
/// folder), and its format.
public struct CorpusFile: Sendable, Hashable {
    public let path: DocumentPath
    /// Named on the command line: read even when it is a device or a pipe, and as text when
    /// its extension is not one citegraph knows.
    public let named: Bool
    public let format: DocumentFormat

    public init(path: DocumentPath, named: Bool) {
        self.path = path
        self.named = named
        self.format = Self.format(of: path.bytes) ?? .text
    }

    /// The format the name's extension says, or `nil` (no extension, or an unknown one).
    static func format(of path: [UInt8]) -> DocumentFormat? {
        let name = path.split(separator: UInt8(ascii: "/")).last ?? path[...]
        guard let dot = name.lastIndex(of: UInt8(ascii: ".")), dot != name.startIndex else { return nil }
        return DocumentFormat(fileExtension: String(decoding: name[(dot + 1)...], as: UTF8.self))
    }
}

/// How much citegraph reads of one file, and how long it waits.
public struct ReadSettings: Sendable {
    /// Files larger than this (bytes) are refused; PDF and Word text is held to it too.
    public var maxFileSize: Int
    /// How long a named pipe is waited for before it is given up on.
    public var pipeWaitSeconds: Double
    /// The longest a PDF conversion may run before it is stopped.
    public var conversionSeconds: Double
    /// The most address space (bytes) a converter (pdftohtml, antiword) may take: past it the
    /// converter fails and the file is refused, where a hostile PDF would otherwise take the
    /// machine's memory.
    public var conversionMemory: Int
    /// Read each document's own title and date (`extract`, which writes none, saves the time).
    public var readsMetadata = true

    public static let defaultMaxFileSize = 256 << 20
    public static let defaultConversionMemory = 4 << 30

    public init(maxFileSize: Int = defaultMaxFileSize, pipeWaitSeconds: Double = 10, conversionSeconds: Double = 120,
                conversionMemory: Int = defaultConversionMemory) {
        self.maxFileSize = maxFileSize
        self.pipeWaitSeconds = pipeWaitSeconds
        self.conversionSeconds = conversionSeconds
        self.conversionMemory = conversionMemory
    }

    var fileLimits: FileBytes.Limits {
        FileBytes.Limits(maxBytes: maxFileSize, pipeWaitMilliseconds: Int32(min(pipeWaitSeconds * 1000, Double(Int32.max))))
    }
}

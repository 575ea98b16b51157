/// Why a corpus, or one of its files, could not be read. Each message names the file and the
/// problem on one line.
public enum CorpusError: Error, Equatable, CustomStringConvertible {
    /// The path does not exist.
    case missingPath(String)
    /// A directory holds no document citegraph reads.
    case noDocuments(String)
    /// The file could not be read (permissions, I/O).
    case unreadable(String, reason: String)
    /// The file holds NUL bytes: binary data, not text.
    case binary(String)
    /// The file is in none of the encodings read; the offset is that of its first byte that
    /// is not UTF-8.
    case unknownEncoding(String, offset: Int)
    /// The file decodes as GB18030 and as Big5 equally well.
    case ambiguousEncoding(String)
    /// The file is larger than the limit (bytes).
    case tooLarge(String, limit: Int)
    /// The file is a device, pipe or socket found in a folder (read only when named).
    case notAFile(String, kind: String)
    /// A named pipe that nothing wrote to within the wait.
    case noWriter(String, seconds: Double)
    /// A PDF with no text layer (a scanned image).
    case needsOCR(String)
    /// A PDF, Word or HTML file that its reader cannot make sense of.
    case malformed(String, format: String, reason: String)
    /// A format citegraph does not read, with what to do instead.
    case unsupported(String, reason: String)

    public var description: String {
        switch self {
        case let .missingPath(path): "\(path): no such file or directory"
        case let .noDocuments(path): "\(path): no .txt, .md, .html, .pdf, .docx or .doc documents found"
        case let .unreadable(path, reason): "\(path): cannot be read (\(reason))"
        case let .binary(path): "\(path): binary file (contains NUL bytes), expected text"
        case let .unknownEncoding(path, offset):
            "\(path): not text in UTF-8, UTF-16, GB18030 or Big5 (first byte that is not UTF-8 at offset \(offset))"
        case let .ambiguousEncoding(path): "\(path): reads as GB18030 and as Big5 alike; convert it to UTF-8 first"
        case let .tooLarge(path, limit): "\(path): larger than the size limit of \(Self.megabytes(limit)) (see --max-file-size)"
        case let .notAFile(path, kind): "\(path): \(kind), not a regular file (name it on the command line to read it)"
        case let .noWriter(path, seconds): "\(path): a named pipe that nothing wrote to in \(Self.seconds(seconds))"
        case let .needsOCR(path): "\(path): PDF with no text layer (a scanned image); it needs OCR first"
        case let .malformed(path, format, reason): "\(path): not a readable \(format) file (\(reason))"
        case let .unsupported(path, reason): "\(path): \(reason)"
        }
    }

    /// The kind of problem, for the summary of a run: "binary", "needs OCR", ….
    public var cause: String {
        switch self {
        case .missingPath: "missing"
        case .noDocuments: "no documents"
        case .unreadable: "unreadable"
        case .binary: "binary"
        case .unknownEncoding, .ambiguousEncoding: "unknown encoding"
        case .tooLarge: "too large"
        case .notAFile, .noWriter: "not a regular file"
        case .needsOCR: "needs OCR"
        case let .malformed(_, format, _): "broken \(format)"
        case .unsupported: "unsupported format"
        }
    }

    private static func megabytes(_ bytes: Int) -> String {
        bytes % (1 << 20) == 0 ? "\(bytes >> 20) MB" : "\(bytes) bytes"
    }

    private static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
    }
}

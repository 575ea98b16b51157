/// Why a corpus could not be read. Each message names the file and the problem on one line.
public enum CorpusError: Error, Equatable, CustomStringConvertible {
    /// The path does not exist.
    case missingPath(String)
    /// A directory holds no `.txt` or `.md` document.
    case noDocuments(String)
    /// The file could not be read (permissions, I/O).
    case unreadable(String, reason: String)
    /// The file holds NUL bytes: binary data, not text.
    case binary(String)
    /// The file is not valid UTF-8; the offset is that of the first bad byte.
    case notUTF8(String, offset: Int)

    public var description: String {
        switch self {
        case let .missingPath(path): "\(path): no such file or directory"
        case let .noDocuments(path): "\(path): no .txt or .md documents found"
        case let .unreadable(path, reason): "\(path): cannot be read (\(reason))"
        case let .binary(path): "\(path): binary file (contains NUL bytes), expected UTF-8 text"
        case let .notUTF8(path, offset): "\(path): not valid UTF-8 (first bad byte at offset \(offset))"
        }
    }
}

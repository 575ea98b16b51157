/// One document of a corpus, as read: where it came from and its bytes (valid UTF-8).
public struct SourceDocument: Sendable {
    /// The path shown in output: as the user gave it, or `seeds/NAME` for the seed corpus.
    public let path: String
    /// The file name without its extension: the node id of a document stating no symbol.
    public let name: String
    public let bytes: [UInt8]

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

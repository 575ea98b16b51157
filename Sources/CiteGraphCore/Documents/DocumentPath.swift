/// A file's path as the bytes the system knows it by, and as it is shown.
///
/// File names need not be UTF-8 (`r\xE9solution.txt`, from an archive made on Windows): the
/// file is opened by its bytes, and shown with each byte that is not UTF-8 written `\xE9`, so
/// that two names never show alike and every message stays one line of text.
public struct DocumentPath: Hashable, Sendable {
    /// The path's bytes, without a terminating NUL.
    public let bytes: [UInt8]
    /// The path as shown in output and messages.
    public let display: String

    public init(bytes: [UInt8]) {
        self.bytes = bytes
        self.display = Self.escaped(bytes)
    }

    /// A path given as text (a command-line argument).
    public init(_ path: String) {
        self.init(bytes: Array(path.utf8))
    }

    /// `self` followed by `/` and `name`'s bytes.
    func appending(_ name: [UInt8]) -> DocumentPath {
        var joined = bytes
        if joined.last != UInt8(ascii: "/") { joined.append(UInt8(ascii: "/")) }
        return DocumentPath(bytes: joined + name)
    }

    /// Calls `body` with the path as a NUL-terminated C string.
    func withCString<R>(_ body: (UnsafePointer<CChar>) throws -> R) rethrows -> R {
        try (bytes + [0]).withUnsafeBufferPointer { buffer in
            try buffer.withMemoryRebound(to: CChar.self) { chars in
                // A buffer made from a non-empty array always has a base address.
                guard let base = chars.baseAddress else { preconditionFailure("empty C string buffer") }
                return try body(base)
            }
        }
    }

    /// `bytes` as text, each byte that does not belong to well-formed UTF-8 written `\xNN`
    /// (and a backslash that could be read as the start of one doubled).
    static func escaped(_ bytes: [UInt8]) -> String {
        var text = ""
        var i = 0
        while i < bytes.count {
            if let length = UTF8Validation.sequenceLength(bytes, at: i), bytes[i] != 0 {
                let scalar = String(decoding: bytes[i..<(i + length)], as: UTF8.self)
                text += scalar == "\\" && i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "x") ? "\\\\" : scalar
                i += length
            } else {
                text += "\\x" + String(bytes[i], radix: 16, uppercase: true).leftPadded(to: 2)
                i += 1
            }
        }
        return text
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}

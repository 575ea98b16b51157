import CiteGraphCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Paths from the command line as the bytes the shell passed: Swift's `CommandLine.arguments`
/// repairs bytes that are not UTF-8 into U+FFFD, and a file named with them would not open.
enum CommandLineBytes {
    static func path(_ argument: String) -> DocumentPath {
        guard argument.unicodeScalars.contains("\u{FFFD}") else { return DocumentPath(argument) }
        for index in 0..<Int(CommandLine.argc) {
            guard let raw = CommandLine.unsafeArgv[index] else { continue }
            let bytes = Array(UnsafeRawBufferPointer(start: raw, count: strlen(raw)))
            if String(decoding: bytes, as: UTF8.self) == argument { return DocumentPath(bytes: bytes) }
        }
        return DocumentPath(argument)
    }
}

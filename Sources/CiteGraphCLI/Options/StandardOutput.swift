import Foundation

/// Writes a finished result to standard output in one go: a run that fails writes nothing.
enum StandardOutput {
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func write(_ bytes: [UInt8]) {
        FileHandle.standardOutput.write(Data(bytes))
    }
}

/// A problem with an option's value that only shows once the corpus is read.
struct InputError: Error, CustomStringConvertible {
    let description: String
}

/// Writes a result to a file, or to standard output when no file is named. A file is written
/// to a temporary name and moved into place, so a failed run leaves nothing half-written.
enum OutputFile {
    static func write(_ bytes: [UInt8], to path: String?) throws {
        guard let path else {
            StandardOutput.write(bytes)
            return
        }
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw InputError(description: "\(path): cannot be written (\(error.localizedDescription))")
        }
    }
}

import Foundation

/// Writes results to standard output. Commands call it only once every input has been read
/// and checked, so a run that fails on bad input writes nothing.
enum StandardOutput {
    static func write(_ text: String) throws {
        try write(Array(text.utf8))
    }

    /// Throws `InputError` when standard output cannot take the bytes (a full disk, a closed pipe).
    static func write(_ bytes: [UInt8]) throws {
        do {
            try FileHandle.standardOutput.write(contentsOf: bytes)
        } catch {
            throw InputError(description: "standard output: cannot be written (\(error.localizedDescription))")
        }
    }
}

/// A problem with an option's value that only shows once the corpus is read.
struct InputError: Error, CustomStringConvertible {
    let description: String
}

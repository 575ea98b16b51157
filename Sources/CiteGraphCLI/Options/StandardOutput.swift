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

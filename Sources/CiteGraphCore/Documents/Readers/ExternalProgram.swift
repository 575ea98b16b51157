import Foundation

/// Runs a program that converts a document (poppler's `pdftohtml`) as a separate process and
/// reads its standard output as a stream, never more than a limit, for at most a set time.
/// Separate processes keep the licences apart: poppler is GPL, and citegraph links Graphviz
/// (EPL-1.0), so poppler is run, never linked.
enum ExternalProgram {
    enum Failure: Error, Equatable {
        /// The program is not installed.
        case notFound(String)
        /// The output grew past the limit (bytes); the program was stopped.
        case outputTooLarge(limit: Int)
        /// The program ran past the time limit (seconds) and was stopped.
        case timedOut(seconds: Double)
        /// The program failed; its status and the first line it wrote to standard error.
        case failed(status: Int32, message: String)
    }

    /// The directories searched for programs, in order.
    static let searchPath = ["/usr/bin", "/usr/local/bin", "/bin"]

    /// The standard output of `program` run with `arguments`, reading `input` as its standard
    /// input (a file, never a pipe that citegraph writes: a program that stops reading would
    /// make that write raise SIGPIPE).
    static func output(of program: String, _ arguments: [String], input: FileHandle, limit: Int, seconds: Double) throws(Failure) -> [UInt8] {
        guard let executable = searchPath.map({ $0 + "/" + program }).first(where: FileManager.default.isExecutableFile) else {
            throw .notFound(program)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = input
        do { try process.run() } catch { throw .notFound(program) }

        // Standard error is drained beside standard output, so neither pipe can fill and stall
        // the program; only its first 4 KB are kept.
        let errorText = Collected()
        let drained = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            while let chunk = try? errors.fileHandleForReading.read(upToCount: 4096), !chunk.isEmpty {
                errorText.append(chunk, limit: 4096)
            }
            drained.signal()
        }
        let timer = DispatchWorkItem { [process] in
            guard process.isRunning else { return }
            errorText.timedOut = true
            process.terminate()
        }
        DispatchQueue.global().asyncAfter(deadline: .now() + seconds, execute: timer)

        var bytes: [UInt8] = []
        var tooLarge = false
        while let chunk = try? output.fileHandleForReading.read(upToCount: 1 << 16), !chunk.isEmpty {
            bytes += chunk
            if bytes.count > limit {
                tooLarge = true
                process.terminate()
                break
            }
        }
        try? output.fileHandleForReading.close()
        process.waitUntilExit()
        timer.cancel()
        drained.wait()
        if tooLarge { throw .outputTooLarge(limit: limit) }
        if errorText.timedOut { throw .timedOut(seconds: seconds) }
        guard process.terminationStatus == 0 else {
            let firstLine = String(decoding: errorText.bytes, as: UTF8.self)
                .split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
            throw .failed(status: process.terminationStatus, message: firstLine)
        }
        return bytes
    }
}

/// Bytes gathered on one thread and read on another once it is done.
private final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [UInt8] = []
    private var timedOutFlag = false

    func append(_ data: Data, limit: Int) {
        lock.withLock { if storage.count < limit { storage += data.prefix(limit - storage.count) } }
    }

    var bytes: [UInt8] { lock.withLock { storage } }

    var timedOut: Bool {
        get { lock.withLock { timedOutFlag } }
        set { lock.withLock { timedOutFlag = newValue } }
    }
}

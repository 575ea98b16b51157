import CLibC
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program that converts a document (poppler's `pdftohtml`, antiword) as a separate
/// process and reads its standard output as a stream, never more than a limit, for at most a
/// set time. Separate processes keep the licences apart: poppler and antiword are GPL, and
/// citegraph links Graphviz (EPL-1.0), so they are run, never linked.
///
/// The process is started by `citegraph_spawn` (Sources/CLibC/shim.h), not Foundation's
/// `Process`: `Process.run` reads past a heap buffer while listing /proc/self/fd
/// (AddressSanitizer, under FuzzPDFReader), and nothing in Foundation or posix_spawn can limit
/// the child's memory, which pdftohtml needs (23 GB on a fuzzed PDF, until the kernel killed
/// it). The program inherits its three standard streams and no other descriptor; the pipes are
/// close-on-exec from the start besides, so a converter started at the same moment on another
/// thread never holds their write ends open.
enum ExternalProgram {
    enum Failure: Error, Equatable {
        /// The program is not installed.
        case notFound(String)
        /// The output grew past the limit (bytes); the program was stopped.
        case outputTooLarge(limit: Int)
        /// The program ran past the time limit (seconds) and was stopped.
        case timedOut(seconds: Double)
        /// The program failed; its status (128 plus the signal's number if a signal ended it, as a
        /// shell says) and the first line it wrote to standard error.
        case failed(status: Int32, message: String)
    }

    /// The directories searched for programs, in order.
    static let searchPath = ["/usr/bin", "/usr/local/bin", "/bin"]

    /// The standard output of `program` run with `arguments`, reading `input` as its standard
    /// input (a file, never a pipe that citegraph writes: a program that stops reading would
    /// make that write raise SIGPIPE).
    static func output(of program: String, _ arguments: [String], input: FileHandle, limit: Int, seconds: Double,
                       memory: Int = ReadSettings.defaultConversionMemory) throws(Failure) -> [UInt8] {
        guard let executable = searchPath.map({ $0 + "/" + program }).first(where: FileManager.default.isExecutableFile) else {
            throw .notFound(program)
        }
        guard let output = PipeEnds(), let errors = PipeEnds() else { throw .failed(status: -1, message: "cannot make a pipe") }
        let child = Child()
        let spawned = child.spawn(executable, [program] + arguments, input: input.fileDescriptor, output: output.write,
                                  errors: errors.write, memory: memory)
        // The parent's copies of the write ends go at once, so that the reads below end when
        // the program's own copies close.
        output.closeWrite()
        errors.closeWrite()
        guard spawned else {
            output.closeRead()
            errors.closeRead()
            throw .notFound(program)
        }

        // Standard error is drained beside standard output, so neither pipe can fill and stall
        // the program; only its first 4 KB are kept.
        let errorText = Collected()
        let drained = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            while let chunk = errors.read(upTo: 4096), !chunk.isEmpty { errorText.append(chunk, limit: 4096) }
            errors.closeRead()
            drained.signal()
        }
        let timer = DispatchWorkItem { if child.kill() { errorText.timedOut = true } }
        DispatchQueue.global().asyncAfter(deadline: .now() + seconds, execute: timer)

        var bytes: [UInt8] = []
        var tooLarge = false
        while let chunk = output.read(upTo: 1 << 16), !chunk.isEmpty {
            bytes += chunk
            if bytes.count > limit {
                tooLarge = true
                _ = child.kill()
                break
            }
        }
        output.closeRead()
        let status = child.wait()
        timer.cancel()
        drained.wait()
        if tooLarge { throw .outputTooLarge(limit: limit) }
        if errorText.timedOut { throw .timedOut(seconds: seconds) }
        guard status == 0 else {
            let firstLine = String(decoding: errorText.bytes, as: UTF8.self)
                .split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
            throw .failed(status: status, message: firstLine)
        }
        return bytes
    }

    /// What to say of a converter that failed: the first line it wrote, or its status; a
    /// signal besides (a converter past its memory limit is often stopped by one, SIGABRT or
    /// SIGSEGV, when an allocation fails) names the limit.
    static func reason(_ program: String, _ status: Int32, _ message: String, memory: Int) -> String {
        let limit = "converters may use \(memory >> 20) MB of memory"
        switch (message.isEmpty, status > 128) {
        case (true, true): return "\(program) was stopped by signal \(status - 128) (\(limit))"
        case (true, false): return "\(program) exit status \(status)"
        case (false, true): return "\(message) (\(program) stopped by signal \(status - 128); \(limit))"
        case (false, false): return message
        }
    }

    /// Both ends of a pipe, close-on-exec.
    private final class PipeEnds: @unchecked Sendable {
        let read: Int32
        let write: Int32
        private var readOpen = true, writeOpen = true

        init?() {
            var ends: [Int32] = [-1, -1]
            guard pipe2(&ends, O_CLOEXEC) == 0 else { return nil }
            (read, write) = (ends[0], ends[1])
        }

        /// The next bytes, `[]` at the end, `nil` on an error.
        func read(upTo count: Int) -> [UInt8]? {
            var buffer = [UInt8](repeating: 0, count: count)
            while true {
                let n = buffer.withUnsafeMutableBytes { Glibc.read(read, $0.baseAddress, count) }
                if n >= 0 { return Array(buffer.prefix(n)) }
                if errno != EINTR { return nil }
            }
        }

        func closeRead() { if readOpen { readOpen = false; close(read) } }
        func closeWrite() { if writeOpen { writeOpen = false; close(write) } }
    }

    /// A spawned process: killed at most while it has not been reaped, so that a late timer can
    /// never signal another process that has been given the same id.
    private final class Child: @unchecked Sendable {
        private let lock = NSLock()
        private var pid: pid_t = 0
        private var reaped = false

        func spawn(_ executable: String, _ arguments: [String], input: Int32, output: Int32, errors: Int32, memory: Int) -> Bool {
            let argv = arguments.map { strdup($0) } + [nil]
            defer { argv.forEach { free($0) } }
            var child: pid_t = 0
            let failure = citegraph_spawn(executable, argv, environ, input, output, errors, UInt64(memory), &child)
            if failure != 0, child > 0 {
                // The child started and could not run the program: it has exited already.
                var status: Int32 = 0
                while waitpid(child, &status, 0) < 0, errno == EINTR {}
                return false
            }
            lock.withLock { pid = child }
            return failure == 0
        }

        /// Sends SIGKILL unless the process has been reaped; whether it was sent.
        func kill() -> Bool {
            lock.withLock {
                guard pid > 0, !reaped else { return false }
                return Glibc.kill(pid, SIGKILL) == 0
            }
        }

        /// Waits for the process to end and reaps it; its exit status, or 128 plus the number of
        /// the signal that ended it, as a shell reports it.
        func wait() -> Int32 {
            // Wait without reaping first (the lock is not held, so a timer can still kill it),
            // then reap under the lock.
            var info = siginfo_t()
            while waitid(P_PID, id_t(pid), &info, WEXITED | WNOWAIT) != 0, errno == EINTR {}
            return lock.withLock {
                var status: Int32 = 0
                while waitpid(pid, &status, 0) < 0, errno == EINTR {}
                reaped = true
                let signal = status & 0x7F
                return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
            }
        }
    }
}

/// Bytes gathered on one thread and read on another once it is done.
private final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [UInt8] = []
    private var timedOutFlag = false

    func append(_ chunk: [UInt8], limit: Int) {
        lock.withLock { if storage.count < limit { storage += chunk.prefix(limit - storage.count) } }
    }

    var bytes: [UInt8] { lock.withLock { storage } }

    var timedOut: Bool {
        get { lock.withLock { timedOutFlag } }
        set { lock.withLock { timedOutFlag = newValue } }
    }
}

import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// No file of the corpus could be read; each was reported already.
struct NothingRead: Error {}

/// Whether a run skipped unreadable files: its exit status is then 3, after the output of
/// the files that were read.
enum SkippedFiles {
    private static let count = Mutex(0)

    static func record(_ skipped: Int) { count.withLock { $0 += skipped } }

    static var any: Bool { count.withLock { $0 > 0 } }
}

/// Lines to standard error that never end the run: a failed write (a full disk, a closed
/// descriptor) loses the message, not the result.
enum Diagnostics {
    static func write(_ lines: [String]) {
        let bytes = Array((lines.joined(separator: "\n") + "\n").utf8)
        var written = 0
        while written < bytes.count {
            let n = bytes[written...].withUnsafeBytes { systemWrite(2, $0.baseAddress, $0.count) }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { return }
            written += n
        }
    }
}

private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.write(fd, buffer, count)
    #else
    Darwin.write(fd, buffer, count)
    #endif
}

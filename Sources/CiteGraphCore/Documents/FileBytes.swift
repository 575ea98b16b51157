#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole file into memory with `open`, `fstat`, `poll` and `read`: one copy, straight
/// into the array the scanners use, never more than the size limit. The only libc file I/O
/// in the library (folders are listed by `DirectoryWalk`).
///
/// A regular file is read whole. Anything else — a device, a named pipe, `/dev/stdin` — is
/// read only when named on the command line, as a stream: in chunks, stopping at the limit
/// or at the first NUL byte (binary, unless the stream starts with a UTF-16 byte order mark),
/// so `/dev/zero` is refused at once instead of filling memory. A named pipe that no program
/// writes to is given up on after a wait instead of blocking for ever.
enum FileBytes {
    enum Failure: Error, Equatable {
        case open(errno: Int32)
        case read(errno: Int32)
        /// The path is a folder where a file was expected.
        case directory
        /// Not a regular file (a device, pipe or socket) found in a folder, not named.
        case notAFile(kind: String)
        /// Larger than the limit, in bytes.
        case tooLarge(limit: Int)
        /// A named pipe that nothing wrote to within the wait, in milliseconds.
        case noWriter(milliseconds: Int32)
        /// A stream that sent a NUL byte.
        case binary
    }

    /// How much is read, and how long a pipe is waited for.
    struct Limits: Sendable {
        var maxBytes: Int
        var pipeWaitMilliseconds: Int32
    }

    static func contents(of path: DocumentPath, named: Bool, limits: Limits) throws(Failure) -> [UInt8] {
        // O_NONBLOCK so that opening a named pipe with no writer returns at once.
        let fd = path.withCString { open($0, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK) }
        guard fd >= 0 else { throw .open(errno: errno) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .read(errno: errno) }
        switch info.st_mode & S_IFMT {
        case S_IFREG:
            guard Int(info.st_size) <= limits.maxBytes else { throw .tooLarge(limit: limits.maxBytes) }
            setBlocking(fd)
            return try readAll(fd, sizeHint: Int(info.st_size), limit: limits.maxBytes, refuseNUL: false)
        case S_IFDIR:
            throw .directory
        case let kind:
            guard named else { throw .notAFile(kind: describe(kind)) }
            if kind == S_IFIFO {
                var wanted = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
                let ready = poll(&wanted, 1, limits.pipeWaitMilliseconds)
                if ready == 0 { throw .noWriter(milliseconds: limits.pipeWaitMilliseconds) }
                if ready < 0 { throw .read(errno: errno) }
            }
            setBlocking(fd)
            return try readAll(fd, sizeHint: 1 << 16, limit: limits.maxBytes, refuseNUL: true)
        }
    }

    private static func describe(_ kind: mode_t) -> String {
        switch kind {
        case S_IFIFO: "a named pipe"
        case S_IFCHR, S_IFBLK: "a device"
        case S_IFSOCK: "a socket"
        default: "not a regular file"
        }
    }

    private static func setBlocking(_ fd: Int32) {
        let flags = fcntl(fd, F_GETFL)
        if flags >= 0 { _ = fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) }
    }

    /// Reads `fd` to its end in chunks, at most `limit` bytes. With `refuseNUL`, stops at the
    /// first chunk holding a NUL byte unless the data starts with a UTF-16 byte order mark.
    private static func readAll(_ fd: Int32, sizeHint: Int, limit: Int, refuseNUL: Bool) throws(Failure) -> [UInt8] {
        // One byte more than the size, so a file read whole shows its end at once.
        var chunkSize = min(sizeHint, limit) + 1
        var result = [UInt8]()
        while true {
            var failure: Int32 = 0
            let chunk = [UInt8](unsafeUninitializedCapacity: chunkSize) { buffer, initialized in
                initialized = readFully(fd, into: buffer, failure: &failure)
            }
            if failure != 0 { throw .read(errno: failure) }
            if refuseNUL, chunk.contains(0) {
                let head = Array((result.isEmpty ? chunk : result).prefix(2))
                guard head == [0xFF, 0xFE] || head == [0xFE, 0xFF] else { throw .binary }
            }
            if result.isEmpty { result = chunk } else { result += chunk }
            if result.count > limit { throw .tooLarge(limit: limit) }
            if chunk.count < chunkSize { return result }
            // The file grew, or its size was not known: keep reading.
            chunkSize = min(max(chunkSize, 1 << 16), limit - result.count + 1)
        }
    }

    /// Fills `buffer` from `fd` until it is full or the file ends; the number of bytes read.
    private static func readFully(_ fd: Int32, into buffer: UnsafeMutableBufferPointer<UInt8>, failure: inout Int32) -> Int {
        guard let base = buffer.baseAddress else { return 0 }
        var filled = 0
        while filled < buffer.count {
            let n = systemRead(fd, base + filled, buffer.count - filled)
            if n > 0 {
                filled += n
            } else if n == 0 {
                break
            } else if errno != EINTR {
                failure = errno
                break
            }
        }
        return filled
    }

    private static func systemRead(_ fd: Int32, _ buffer: UnsafeMutablePointer<UInt8>, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.read(fd, buffer, count)
        #else
        Darwin.read(fd, buffer, count)
        #endif
    }
}

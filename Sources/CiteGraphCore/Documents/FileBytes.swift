#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole file into memory with `open`, `fstat` and `read`: one copy, straight into
/// the array the scanners use (Foundation's `Data` would add a second). The only libc file
/// I/O in the library.
enum FileBytes {
    enum Failure: Error {
        case open(errno: Int32)
        case read(errno: Int32)
    }

    static func contents(of path: String) throws(Failure) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw .open(errno: errno) }
        defer { close(fd) }
        var info = stat()
        // One byte more than the size, so a file read whole shows its end at once.
        var chunkSize = (fstat(fd, &info) == 0 ? Int(info.st_size) : 0) + 1
        var result = [UInt8]()
        while true {
            var failure: Int32 = 0
            let chunk = [UInt8](unsafeUninitializedCapacity: chunkSize) { buffer, initialized in
                initialized = readFully(fd, into: buffer, failure: &failure)
            }
            if failure != 0 { throw .read(errno: failure) }
            if result.isEmpty { result = chunk } else { result += chunk }
            if chunk.count < chunkSize { return result }
            // The file grew, or fstat did not know its size: keep reading.
            chunkSize = max(chunkSize, 1 << 16)
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

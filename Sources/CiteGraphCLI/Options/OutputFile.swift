#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a result to the file `-o` names, or to standard output when none is named.
///
/// A regular file (or a link to one) is written to a temporary file beside it and renamed
/// over it, so a run that fails leaves the old file whole; the new file keeps the old one's
/// permissions, and a link stays a link. Anything else — a device such as /dev/null, a FIFO,
/// a link to either — is opened and written in place: a rename would replace the device node
/// or the link with a plain file.
enum OutputFile {
    static func write(_ bytes: [UInt8], to path: String?) throws {
        guard let path else {
            try StandardOutput.write(bytes)
            return
        }
        do throws(Failure) {
            switch Target(path) {
            case .none: try replace(path, with: bytes, mode: nil)
            case let .regular(resolved, mode): try replace(resolved, with: bytes, mode: mode)
            case .other: try writeInPlace(path, bytes)
            }
        } catch {
            throw InputError(description: "\(path): cannot be written (\(error.description))")
        }
    }

    /// Why `path` can never be written as a file, if so; checked before any work is done.
    static func problem(with path: String) -> String? {
        if path.hasSuffix("/") { return "names a folder; give a file name" }
        var info = stat()
        if stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR { return "is a folder; give a file name" }
        return nil
    }

    /// What is at the path now.
    private enum Target {
        /// Nothing: the file is created.
        case none
        /// A regular file at `resolved` (the path with links followed), with its permissions.
        case regular(resolved: String, mode: mode_t)
        /// A device, FIFO, socket, or a link to nothing.
        case other

        init(_ path: String) {
            // /dev/stdout and /dev/fd/N name a descriptor the caller opened (`>> log`, say):
            // it is written, even when it is a regular file, never replaced.
            if path.hasPrefix("/dev/") || path.hasPrefix("/proc/") {
                self = .other
                return
            }
            var info = stat()
            if stat(path, &info) == 0 {
                guard info.st_mode & S_IFMT == S_IFREG, let resolved = realpath(path, nil) else {
                    self = .other
                    return
                }
                defer { free(resolved) }
                self = .regular(resolved: String(cString: resolved), mode: info.st_mode & 0o7777)
            } else {
                // A link whose target does not exist yet is written through, so it stays a link.
                self = lstat(path, &info) == 0 ? .other : .none
            }
        }
    }

    /// A failed system call, by the errno it set.
    private struct Failure: Error, CustomStringConvertible {
        let code: Int32
        var description: String { String(cString: strerror(code)) }
        init(_ code: Int32 = errno) { self.code = code }
    }

    /// Writes a temporary file in the same folder (so the rename cannot cross file systems)
    /// and renames it over `path`.
    private static func replace(_ path: String, with bytes: [UInt8], mode: mode_t?) throws(Failure) {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        var template = Array((folder + "." + name + ".citegraph-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.map { mkstemp($0) } ?? -1 }
        guard fd >= 0 else { throw Failure() }
        // mkstemp replaced the Xs: the name it made is the template without its final NUL.
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        do throws(Failure) {
            // mkstemp makes the file 0600; give it the old file's mode, or a new file's.
            guard fchmod(fd, mode ?? (0o666 & ~currentUmask())) == 0 else { throw Failure() }
            try writeAll(fd, bytes)
            guard close(fd) == 0 else { throw Failure() }
        } catch {
            close(fd)
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let failure = Failure()
            unlink(temporary)
            throw failure
        }
    }

    private static func writeInPlace(_ path: String, _ bytes: [UInt8]) throws(Failure) {
        // O_APPEND: /dev/stdout reopened onto a file the shell opened (`>` or `>>`) is written
        // after what is there, as the shell's own descriptor would be; devices ignore it.
        let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_NOCTTY | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw Failure() }
        do throws(Failure) {
            try writeAll(fd, bytes)
        } catch {
            close(fd)
            throw error
        }
        guard close(fd) == 0 else { throw Failure() }
    }

    private static func writeAll(_ fd: Int32, _ bytes: [UInt8]) throws(Failure) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                systemWrite(fd, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
            }
            if written > 0 {
                offset += written
            } else if written < 0 && errno != EINTR {
                throw Failure()
            }
        }
    }

    private static func currentUmask() -> mode_t {
        let mask = umask(0o022)
        umask(mask)
        return mask
    }

}

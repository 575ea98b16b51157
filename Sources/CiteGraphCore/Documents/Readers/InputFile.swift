import CLibC
import Foundation

/// A file handle to give a converter as its standard input: the file itself, opened again by
/// the bytes of its name, or — for a pipe or device, which the first read used up — a
/// temporary copy of the bytes read, removed from the folder at once (the handle keeps it).
/// Both are close-on-exec: a converter run at the same time for another file must not inherit them.
enum InputFile {
    static func handle(for file: CorpusFile, bytes: [UInt8]) -> FileHandle? {
        var info = stat()
        let fd = file.path.withCString { open($0, O_RDONLY | O_CLOEXEC | O_NONBLOCK) }
        if fd >= 0, fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG {
            return FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        }
        if fd >= 0 { close(fd) }
        var template = Array((NSTemporaryDirectory() + "/citegraph-XXXXXX").utf8CString)
        let copy = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.map { mkostemp($0, O_CLOEXEC) } ?? -1 }
        guard copy >= 0 else { return nil }
        template.withUnsafeBufferPointer { buffer in _ = buffer.baseAddress.map { unlink($0) } }
        let handle = FileHandle(fileDescriptor: copy, closeOnDealloc: true)
        do {
            try handle.write(contentsOf: bytes)
            try handle.seek(toOffset: 0)
        } catch {
            return nil
        }
        return handle
    }
}

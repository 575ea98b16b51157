#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lists the regular files under a folder with `opendir`/`readdir`, using the entry type the
/// directory already records (one `stat` only where it does not): listing 100,000 documents
/// through Foundation's URL resource values costs more than reading them.
enum DirectoryWalk {
    /// Paths relative to `root` of the regular files under it, hidden entries skipped, in no
    /// particular order. A symbolic link to a file counts as that file; links to folders are
    /// not followed, so a link cycle cannot make the walk endless. Throws the path (relative
    /// to `root`'s parent) of the first folder that cannot be opened.
    /// Names are kept as the bytes the directory holds: a name that is not UTF-8 still opens.
    static func regularFiles(under root: DocumentPath) throws(Unreadable) -> (files: [[UInt8]], throughLinks: Bool) {
        var files: [[UInt8]] = []
        var throughLinks = false
        // Breadth first, each folder closed before the next is opened: any depth of folders
        // needs one open handle at a time.
        var folders: [(path: DocumentPath, relative: [UInt8])] = [(root, [])]
        while let folder = folders.popLast() {
            guard let handle = folder.path.withCString({ opendir($0) }) else {
                throw Unreadable(path: folder.path, errno: errno)
            }
            while let entry = readdir(handle) {
                let name = Self.name(of: entry)
                guard name.first != UInt8(ascii: ".") else { continue }  // ., .., hidden files and folders
                let path = folder.path.appending(name)
                let relative = folder.relative.isEmpty ? name : folder.relative + [UInt8(ascii: "/")] + name
                switch kind(of: entry.pointee.d_type, at: path) {
                case .file: files.append(relative)
                case .link:
                    files.append(relative)
                    throughLinks = true
                case .directory: folders.append((path, relative))
                case .other: break
                }
            }
            closedir(handle)
        }
        return (files, throughLinks)
    }

    /// The name in a directory entry, read up to its NUL and no further: the record is only as
    /// long as its name, so copying `d_name` (a 256-byte tuple) reads past the end of the last
    /// record in readdir's buffer (AddressSanitizer, in a CLI test of 1,100 files).
    private static func name(of entry: UnsafeMutablePointer<dirent>) -> [UInt8] {
        guard let offset = MemoryLayout<dirent>.offset(of: \dirent.d_name) else { return [] }
        let start = (UnsafeRawPointer(entry) + offset).assumingMemoryBound(to: CChar.self)
        return Array(UnsafeRawBufferPointer(start: start, count: strlen(start)))
    }

    /// A folder that could not be listed.
    struct Unreadable: Error {
        let path: DocumentPath
        let errno: Int32
    }

    private enum Kind { case file, link, directory, other }

    private static func kind(of type: UInt8, at path: DocumentPath) -> Kind {
        switch Int32(type) {
        case Int32(DT_REG): return .file
        case Int32(DT_DIR): return .directory
        case Int32(DT_UNKNOWN):
            var info = stat()
            guard path.withCString({ lstat($0, &info) }) == 0 else { return .other }
            switch info.st_mode & S_IFMT {
            case S_IFREG: return .file
            case S_IFDIR: return .directory
            case S_IFLNK: return kind(of: UInt8(DT_LNK), at: path)
            default: return .other
            }
        case Int32(DT_LNK):
            var info = stat()
            guard path.withCString({ stat($0, &info) }) == 0, info.st_mode & S_IFMT == S_IFREG else { return .other }
            return .link
        default: return .other
        }
    }
}

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
    /// particular order; `nil` if `root` cannot be opened. A symbolic link to a file counts
    /// as that file; links to folders are not followed, so a link cycle cannot make the walk
    /// endless.
    static func regularFiles(under root: String) -> [String]? {
        var files: [String] = []
        guard walk(root, relative: "", into: &files) else { return nil }
        return files
    }

    private static func walk(_ directory: String, relative: String, into files: inout [String]) -> Bool {
        guard let handle = opendir(directory) else { return false }
        defer { closedir(handle) }
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard !name.hasPrefix(".") else { continue }  // ., .., hidden files and folders
            let path = directory + "/" + name
            let relativePath = relative.isEmpty ? name : relative + "/" + name
            switch kind(of: entry.pointee.d_type, at: path) {
            case .file: files.append(relativePath)
            case .directory: _ = walk(path, relative: relativePath, into: &files)
            case .other: break
            }
        }
        return true
    }

    private enum Kind { case file, directory, other }

    private static func kind(of type: UInt8, at path: String) -> Kind {
        switch Int32(type) {
        case Int32(DT_REG): return .file
        case Int32(DT_DIR): return .directory
        case Int32(DT_UNKNOWN):
            var info = stat()
            guard lstat(path, &info) == 0 else { return .other }
            switch info.st_mode & S_IFMT {
            case S_IFREG: return .file
            case S_IFDIR: return .directory
            case S_IFLNK: return kind(of: UInt8(DT_LNK), at: path)
            default: return .other
            }
        case Int32(DT_LNK):
            var info = stat()
            guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return .other }
            return .file
        default: return .other
        }
    }
}

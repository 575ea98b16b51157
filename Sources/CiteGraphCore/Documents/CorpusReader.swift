import Foundation
import SeedCorpus

/// Reads the documents of a corpus: files and directories (recursively, `.txt` and `.md`),
/// or the seed corpus built into the program.
public enum CorpusReader {
    /// The extensions read from directories.
    public static let documentExtensions: Set<String> = ["txt", "md"]

    /// The seed corpus compiled into the program.
    public static func seeds() -> [SourceDocument] {
        SeedCorpus.documents.map { SourceDocument(path: "seeds/\($0.name)", bytes: $0.bytes) }
    }

    /// The documents under `paths`, sorted by path, each checked to be UTF-8 text.
    /// Throws `CorpusError` for the first path or file that cannot be used.
    public static func read(_ paths: [String]) throws -> [SourceDocument] {
        let files = try documentFiles(paths)
        // Read and check in parallel; report the first bad file in path order, as a serial
        // reader would.
        let results = ConcurrentMap.map(files) { path in Result { try readDocument(path) } }
        return try results.map { try $0.get() }
    }

    /// The document files `paths` name, recursively, sorted by path and without repeats.
    /// Throws `CorpusError` for a missing path or a folder with no documents.
    public static func documentFiles(_ paths: [String]) throws(CorpusError) -> [String] {
        var files: [String] = []
        // Two names for one file come only from several paths or from links.
        var mayRepeat = paths.count > 1
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw CorpusError.missingPath(path)
            }
            if isDirectory.boolValue {
                let (found, throughLinks) = try documentFiles(under: path)
                guard !found.isEmpty else { throw CorpusError.noDocuments(path) }
                files += found
                mayRepeat = mayRepeat || throughLinks
            } else {
                files.append(path)
            }
        }
        // One document once, however it was named (corpus/a.txt and ./corpus/a.txt are one
        // file): the first name in byte order is kept, and byte order keeps output stable.
        let sorted = files.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        guard mayRepeat else { return sorted }
        var seen: Set<String> = []
        return sorted.filter { path in seen.insert(FilePath.canonical(path) ?? path).inserted }
    }

    /// Reads and checks one file.
    static func readDocument(_ path: String) throws(CorpusError) -> SourceDocument {
        let bytes: [UInt8]
        do throws(FileBytes.Failure) {
            bytes = try FileBytes.contents(of: path)
        } catch {
            switch error {
            case let .open(code), let .read(code): throw CorpusError.unreadable(path, reason: String(cString: strerror(code)))
            }
        }
        switch UTF8Validation.problem(bytes) {
        case .none: break
        case .nul: throw CorpusError.binary(path)
        case let .invalid(offset): throw CorpusError.notUTF8(path, offset: offset)
        }
        return SourceDocument(path: path, bytes: bytes)
    }

    /// The `.txt` and `.md` files under `directory`, hidden files and folders skipped.
    private static func documentFiles(under directory: String) throws(CorpusError) -> (files: [String], throughLinks: Bool) {
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        let entries: [String]
        let throughLinks: Bool
        do {
            (entries, throughLinks) = try DirectoryWalk.regularFiles(under: directory)
        } catch {
            throw CorpusError.unreadable(error.path, reason: "cannot list directory: " + String(cString: strerror(error.errno)))
        }
        // Report paths the way the user wrote the directory: corpus/sub/file.txt.
        let documents = entries.filter { entry in
            guard let dot = entry.lastIndex(of: "."), entry[..<dot].last != "/" else { return false }
            return documentExtensions.contains(entry[entry.index(after: dot)...].lowercased())
        }.map { prefix + $0 }
        return (documents, throughLinks)
    }
}

/// The canonical path of a file (`realpath`), to tell two names of one file apart.
enum FilePath {
    static func canonical(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}

import Foundation
import SeedCorpus

/// Reads the documents of a corpus: files and folders (recursively, the formats
/// `DocumentFormat` lists), or the seed corpus built into the program.
public enum CorpusReader {
    /// The seed corpus compiled into the program.
    public static func seeds() -> [SourceDocument] {
        SeedCorpus.documents.map { SourceDocument(path: "seeds/\($0.name)", bytes: $0.bytes) }
    }

    /// The documents under `paths`, sorted by path. Throws `CorpusError` for the first path
    /// or file that cannot be used (the strict reading; `CorpusExtraction` can skip instead).
    public static func read(_ paths: [String], settings: ReadSettings = ReadSettings()) throws -> [SourceDocument] {
        let files = try documentFiles(paths.map(DocumentPath.init))
        // Read and check in parallel; report the first bad file in path order, as a serial
        // reader would.
        let results = ConcurrentMap.map(files) { file in Result { try readDocument(file, settings: settings) } }
        return try results.map { try $0.get() }
    }

    /// The document files `paths` name, recursively, sorted by path and without repeats.
    /// Throws `CorpusError` for a missing path or a folder with no documents.
    public static func documentFiles(_ paths: [DocumentPath]) throws(CorpusError) -> [CorpusFile] {
        var files: [CorpusFile] = []
        // Two names for one file come only from several paths or from links.
        var mayRepeat = paths.count > 1
        for path in paths {
            var info = stat()
            guard path.withCString({ stat($0, &info) }) == 0 else {
                if errno == ENOENT || errno == ENOTDIR { throw CorpusError.missingPath(path.display) }
                throw CorpusError.unreadable(path.display, reason: String(cString: strerror(errno)))
            }
            if info.st_mode & S_IFMT == S_IFDIR {
                let (found, throughLinks) = try documentFiles(under: path)
                guard !found.isEmpty else { throw CorpusError.noDocuments(path.display) }
                files += found
                mayRepeat = mayRepeat || throughLinks
            } else {
                files.append(CorpusFile(path: path, named: true))
            }
        }
        // One document once, however it was named (corpus/a.txt and ./corpus/a.txt are one
        // file): the first name in byte order is kept, and byte order keeps output stable.
        let sorted = files.sorted { $0.path.bytes.lexicographicallyPrecedes($1.path.bytes) }
        guard mayRepeat else { return sorted }
        var seen: Set<[UInt8]> = []
        return sorted.filter { file in seen.insert(FilePath.canonical(file.path) ?? file.path.bytes).inserted }
    }

    /// Reads one file with the reader for its format.
    public static func readDocument(_ file: CorpusFile, settings: ReadSettings = ReadSettings()) throws(CorpusError) -> SourceDocument {
        HTMLTree.prepared
        switch file.format {
        case .text: return try TextReader.read(file, settings: settings)
        case .html: return try HTMLReader.read(file, settings: settings)
        case .pdf: return try PDFReader.read(file, settings: settings)
        case .docx: return try DOCXReader.read(file, settings: settings)
        case .doc: return try DOCReader.read(file, settings: settings)
        }
    }

    /// The bytes of `file`, or the `CorpusError` saying why not.
    static func bytes(of file: CorpusFile, settings: ReadSettings) throws(CorpusError) -> [UInt8] {
        let path = file.path.display
        do throws(FileBytes.Failure) {
            return try FileBytes.contents(of: file.path, named: file.named, limits: settings.fileLimits)
        } catch {
            switch error {
            case let .open(code), let .read(code): throw CorpusError.unreadable(path, reason: String(cString: strerror(code)))
            case .directory: throw CorpusError.unreadable(path, reason: String(cString: strerror(EISDIR)))
            case let .notAFile(kind): throw CorpusError.notAFile(path, kind: kind)
            case let .tooLarge(limit): throw CorpusError.tooLarge(path, limit: limit)
            case let .noWriter(milliseconds): throw CorpusError.noWriter(path, seconds: Double(milliseconds) / 1000)
            case .binary: throw CorpusError.binary(path)
            }
        }
    }

    /// `bytes` decoded to UTF-8 text, or the `CorpusError` saying why not.
    static func text(of bytes: [UInt8], path: String) throws(CorpusError) -> (text: [UInt8], encoding: TextEncoding) {
        switch TextDecoding.decode(bytes) {
        case let .success(decoded): return decoded
        case .failure(.nul): throw CorpusError.binary(path)
        case let .failure(.unknownEncoding(offset)): throw CorpusError.unknownEncoding(path, offset: offset)
        case .failure(.ambiguous): throw CorpusError.ambiguousEncoding(path)
        }
    }

    /// The document files under `directory`, hidden files and folders skipped.
    private static func documentFiles(under directory: DocumentPath) throws(CorpusError) -> (files: [CorpusFile], throughLinks: Bool) {
        let entries: [[UInt8]]
        let throughLinks: Bool
        do {
            (entries, throughLinks) = try DirectoryWalk.regularFiles(under: directory)
        } catch {
            throw CorpusError.unreadable(error.path.display, reason: "cannot list directory: " + String(cString: strerror(error.errno)))
        }
        // Report paths the way the user wrote the directory: corpus/sub/file.txt.
        let documents = entries.filter { CorpusFile.format(of: $0) != nil }
            .map { CorpusFile(path: directory.appending($0), named: false) }
        return (documents, throughLinks)
    }
}

/// The canonical path of a file (`realpath`), to tell two names of one file apart.
enum FilePath {
    static func canonical(_ path: DocumentPath) -> [UInt8]? {
        guard let resolved = path.withCString({ realpath($0, nil) }) else { return nil }
        defer { free(resolved) }
        return Array(UnsafeRawBufferPointer(start: resolved, count: strlen(resolved)))
    }
}

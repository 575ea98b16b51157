import Synchronization

/// No file of the corpus could be read; each was reported already.
struct NothingRead: Error {}

/// Whether a run skipped unreadable files: its exit status is then 3, after the output of
/// the files that were read.
enum SkippedFiles {
    private static let count = Mutex(0)

    static func record(_ skipped: Int) { count.withLock { $0 += skipped } }

    static var any: Bool { count.withLock { $0 > 0 } }
}

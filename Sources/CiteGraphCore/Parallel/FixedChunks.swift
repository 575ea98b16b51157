import Dispatch

/// Splits `0..<count` into a fixed number of chunks and maps them in parallel. The split does
/// not depend on the number of cores, so floating-point sums combined chunk by chunk give
/// the same bytes on every machine.
enum FixedChunks {
    static let chunkCount = 64

    static func map<T: Sendable>(count: Int, chunks chunkCount: Int = chunkCount, _ body: @Sendable (Range<Int>) -> T) -> [T] {
        let chunks = min(chunkCount, max(count, 1))
        let ranges = (0..<chunks).map { c in (count * c / chunks)..<(count * (c + 1) / chunks) }
        return ConcurrentMap.map(ranges, body)
    }
}

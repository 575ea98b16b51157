import Foundation
import Synchronization

/// A progress line on standard error for runs longer than a second (`ProgressDelay`): documents read, megabytes
/// and throughput, redrawn in place. Silent when standard error is not a terminal (so logs
/// and pipes stay clean) and with `--quiet`.
final class ProgressLine: Sendable {
    private struct State {
        var documents = 0
        var bytes = 0
        var lastDrawn: Double = 0
        var drawn = false
    }

    private let state = Mutex(State())
    private let start = Date()

    /// A progress line, or `nil` when none should be shown.
    init?(quiet: Bool) {
        guard !quiet, isatty(STDERR_FILENO) == 1 else { return nil }
    }

    /// One more document of `bytes` bytes done (from any thread).
    func add(bytes: Int) {
        let elapsed = Date().timeIntervalSince(start)
        let line: String? = state.withLock { state in
            state.documents += 1
            state.bytes += bytes
            guard elapsed >= ProgressDelay.seconds, !state.drawn || elapsed - state.lastDrawn > 0.2 else { return nil }
            state.lastDrawn = elapsed
            state.drawn = true
            return Self.format(documents: state.documents, bytes: state.bytes, seconds: elapsed)
        }
        if let line { StandardError.write("\r\u{1B}[K" + line) }
    }

    /// Clears the line, if one was drawn.
    func finish() {
        if state.withLock({ $0.drawn }) { StandardError.write("\r\u{1B}[K") }
    }

    private static func format(documents: Int, bytes: Int, seconds: Double) -> String {
        let megabytes = Double(bytes) / 1_000_000
        return "citegraph: \(documents) documents, \(String(format: "%.1f", megabytes)) MB read "
            + "(\(String(format: "%.1f", megabytes / seconds)) MB/s, \(Int(Double(documents) / seconds)) documents/s)"
    }
}

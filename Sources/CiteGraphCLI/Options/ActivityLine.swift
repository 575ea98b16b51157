import Dispatch
import Foundation

/// On a terminal, a line on standard error saying what is running and for how long, from its
/// first second on, redrawn each second until it is done, then cleared: a layout of thousands of documents takes a
/// while, and silence looks like a hang. Nothing is shown when standard error is not a
/// terminal, or with `--quiet`.
final class ActivityLine: Sendable {
    private let done = DispatchSemaphore(value: 0)
    private let cleared = DispatchSemaphore(value: 0)

    /// Starts the line for `activity` ("laying out 2000 documents with sfdp"), or returns nil.
    init?(_ activity: String, quiet: Bool) {
        guard !quiet, isatty(STDERR_FILENO) == 1 else { return nil }
        let start = ContinuousClock.now
        Thread.detachNewThread { [done, cleared] in
            // A layout done within a second shows nothing.
            if done.wait(timeout: .now() + 1) == .success {
                cleared.signal()
                return
            }
            repeat {
                let seconds = (ContinuousClock.now - start).components.seconds
                StandardError.write("\r\u{1B}[Kcitegraph: \(activity)… \(seconds) s")
            } while done.wait(timeout: .now() + 1) == .timedOut
            StandardError.write("\r\u{1B}[K")
            cleared.signal()
        }
    }

    /// Stops and clears the line; returns once it is cleared.
    func finish() {
        done.signal()
        cleared.wait()
    }
}

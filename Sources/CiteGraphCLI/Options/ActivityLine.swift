import Dispatch
import Foundation

/// On a terminal, a line on standard error saying what is running and for how long, from its
/// first second on (`ProgressDelay`), redrawn each second until it is done, then cleared: a
/// layout of thousands of documents takes a while, and silence looks like a hang. Nothing is
/// shown when standard error is not a terminal, or with `--quiet`.
final class ActivityLine: Sendable {
    private let done = DispatchSemaphore(value: 0)
    private let cleared = DispatchSemaphore(value: 0)

    /// Starts the line for `activity` ("laying out 2000 documents with sfdp"), or returns nil.
    init?(_ activity: String, quiet: Bool) {
        guard !quiet, isatty(STDERR_FILENO) == 1 else { return nil }
        let start = ContinuousClock.now
        let draw: @Sendable () -> Void = { StandardError.write("\r\u{1B}[Kcitegraph: \(activity)… \((ContinuousClock.now - start).components.seconds) s") }
        let delay = ProgressDelay.seconds
        // With no delay the line is drawn here, before the work starts, so that it is there
        // however quickly the work ends.
        if delay == 0 { draw() }
        Thread.detachNewThread { [done, cleared] in
            // Work done within the delay shows nothing.
            if delay > 0 {
                if done.wait(timeout: .now() + delay) == .success {
                    cleared.signal()
                    return
                }
                draw()
            }
            while done.wait(timeout: .now() + 1) == .timedOut { draw() }
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

import Foundation

/// How long a run goes before its progress line appears on a terminal: a second, so quick runs
/// stay silent, or the seconds `CITEGRAPH_PROGRESS_AFTER` gives. `0` shows the line from the
/// start, which a test needs (no layout is sure to take a second on every machine) and a log
/// of long runs may want. A value that is not a number of seconds is ignored.
enum ProgressDelay {
    static let variable = "CITEGRAPH_PROGRESS_AFTER"

    static let seconds: Double = {
        guard let text = ProcessInfo.processInfo.environment[variable],
              let seconds = Double(text), seconds.isFinite, seconds >= 0 else { return 1 }
        return seconds
    }()
}

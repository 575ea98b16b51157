/// Times consecutive phases of a computation, for `--timings` and the benchmarks.
public struct PhaseClock: Sendable {
    private let clock = ContinuousClock()
    private var last: ContinuousClock.Instant
    /// Each phase and its duration in seconds, in order.
    public private(set) var laps: [(phase: String, seconds: Double)] = []

    public init() { last = clock.now }

    /// Ends the current phase, named `phase`, and starts the next.
    public mutating func lap(_ phase: String) {
        let now = clock.now
        let elapsed = now - last
        laps.append((phase, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18))
        last = now
    }
}

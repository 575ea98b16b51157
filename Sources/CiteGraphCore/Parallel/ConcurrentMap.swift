import Dispatch

/// `map` spread over the machine's cores, results in input order.
enum ConcurrentMap {
    /// `transform` applied to every item, in parallel; the results in the items' order.
    static func map<T: Sendable, U: Sendable>(_ items: [T], _ transform: @Sendable (T) -> U) -> [U] {
        guard items.count > 1 else { return items.map(transform) }
        let results = ResultSlots<U>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            results.set(index, transform(items[index]))
        }
        return results.values()
    }
}

/// Slots each written once by one concurrent iteration, read after all have finished.
/// Raw memory, not an array property, so concurrent writes to distinct slots do not
/// contend for exclusive access to one array.
private final class ResultSlots<U>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<U?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    func set(_ index: Int, _ value: U) { slots[index] = value }

    func values() -> [U] { slots.compactMap { $0 } }
}

import Dispatch

/// Maps over independent items on every core, keeping results in input order.
enum ParallelMap {
    /// `transform` applied to each of `items`, in order. Runs serially for small inputs.
    static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        if items.count < 4 { return items.map(transform) }
        let results = ResultBox<R>(count: items.count)
        let chunks = min(items.count, 64)
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            var i = c
            while i < items.count {
                results.set(i, transform(items[i]))
                i += chunks
            }
        }
        return results.values()
    }
}

/// Write-once slots filled from several threads; each slot is written by exactly one thread.
private final class ResultBox<R>: @unchecked Sendable {
    private let buffer: UnsafeMutablePointer<R?>
    private let count: Int

    init(count: Int) {
        self.count = count
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil, count: count)
    }

    deinit {
        buffer.deinitialize(count: count)
        buffer.deallocate()
    }

    func set(_ i: Int, _ value: R) { buffer[i] = value }

    func values() -> [R] { (0..<count).map { buffer[$0]! } }
}

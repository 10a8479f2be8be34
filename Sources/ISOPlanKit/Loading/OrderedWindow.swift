import Dispatch
import Foundation

/// Maps items on every core and hands the results to the calling thread in input order, as soon
/// as the next one in order is ready, so the caller writes early results while later items are
/// still being worked on. Workers take the next item from a shared index and never run more
/// than `window` items ahead of the caller: an item counts from the moment a thread takes it
/// until `collect` has returned for it, so at most `window` results exist at a time. When the
/// next result is not ready yet, the caller works on an item itself instead of waiting.
enum OrderedWindow {
    /// The window for loading plans: enough items for every core to stay busy past a slow
    /// file, few enough that memory holds a few dozen plans. On 2 cores and 10,000 plans, a
    /// window of 8 made a thread wait about 1,500–1,900 times per run (32: about 100; 128: no
    /// faster than 32).
    static let defaultWindow = max(32, 8 * ProcessInfo.processInfo.activeProcessorCount)

    /// Calls `collect` with the results of `transform` over `0..<count`, in order, in runs of
    /// consecutive results that were ready together (never empty, never more than `window`).
    /// `transform` runs on any thread; `collect` only on the calling one. Small inputs and
    /// one-core machines run on the calling thread alone.
    static func map<R: Sendable>(count: Int, window: Int = defaultWindow,
                                 threads: Int = ProcessInfo.processInfo.activeProcessorCount,
                                 _ transform: @escaping @Sendable (Int) -> R,
                                 collect: ([R]) -> Void) {
        let window = max(1, window)
        // Helpers besides the calling thread, which works too whenever it would otherwise wait.
        let helpers = min(threads - 1, count - 1, window - 1)
        if count < 3 || helpers < 1 {
            for i in 0..<count { collect([transform(i)]) }
            return
        }
        let state = WindowState<R>(count: count, window: window)
        for _ in 0..<helpers {
            DispatchQueue.global(qos: .userInitiated).async {
                while let i = state.take(waiting: true) { state.store(i, transform(i)) }
            }
        }
        // No need to wait for the helpers at the end: once every result is handed, every
        // `transform` has returned, and a helper only finds that nothing is left to take (one
        // that starts late, on a busy pool, does the same; the caller never depends on it).
        while let run = state.next(orWork: transform) {
            collect(run)
            state.collected(run.count)
        }
    }
}

/// The shared state of one `OrderedWindow.map`: which item is taken next, the results waiting
/// for their turn (a ring of `window` slots) and how far the caller has collected.
private final class WindowState<R: Sendable>: @unchecked Sendable {
    // Everything below is read and written with `condition` locked.
    private let condition = NSCondition()
    private let count: Int
    private let window: Int
    private var slots: [R?]
    /// The next item a thread may take.
    private var nextTaken = 0
    /// The next item the caller hands to `collect`.
    private var nextHanded = 0
    /// Items whose `collect` has returned: no thread takes item `collectedUpTo + window` or later.
    private var collectedUpTo = 0
    /// Threads waiting on `condition`: helpers for room in the window, the caller for its next item.
    private var helpersWaiting = 0
    private var callerWaiting = false

    init(count: Int, window: Int) {
        self.count = count
        self.window = window
        slots = Array(repeating: nil, count: window)
    }

    /// The next item to work on, or nil when every item is taken. With `waiting`, a helper
    /// waits for room in the window; without it, nil also when there is no room.
    func take(waiting: Bool) -> Int? {
        condition.lock()
        defer { condition.unlock() }
        return takeLocked(waiting: waiting)
    }

    private func takeLocked(waiting: Bool) -> Int? {
        while nextTaken < count, nextTaken >= collectedUpTo + window {
            guard waiting else { return nil }
            helpersWaiting += 1
            condition.wait()
            helpersWaiting -= 1
        }
        guard nextTaken < count else { return nil }
        defer { nextTaken += 1 }
        return nextTaken
    }

    /// Keeps item `i`'s result for the caller, and wakes it if it waits for that one.
    func store(_ i: Int, _ result: R) {
        condition.lock()
        slots[i % window] = result
        if callerWaiting, i == nextHanded { condition.broadcast() }
        condition.unlock()
    }

    /// The caller's next run of results in order, working on items itself (with `transform`)
    /// while the next result is not ready; nil when every result was handed.
    func next(orWork transform: (Int) -> R) -> [R]? {
        condition.lock()
        defer { condition.unlock() }
        while nextHanded < count {
            if slots[nextHanded % window] != nil {
                var run: [R] = []
                while nextHanded < count, let r = slots[nextHanded % window] {
                    run.append(r)
                    slots[nextHanded % window] = nil
                    nextHanded += 1
                }
                return run
            }
            if let i = takeLocked(waiting: false) {
                condition.unlock()
                let r = transform(i)
                condition.lock()
                slots[i % window] = r
            } else {
                callerWaiting = true
                condition.wait()
                callerWaiting = false
            }
        }
        return nil
    }

    /// The caller has collected `n` more results: their room in the window is free again.
    func collected(_ n: Int) {
        condition.lock()
        collectedUpTo += n
        if helpersWaiting > 0 { condition.broadcast() }
        condition.unlock()
    }
}

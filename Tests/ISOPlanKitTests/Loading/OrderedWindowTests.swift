import Foundation
import Testing
@testable import ISOPlanKit

/// `OrderedWindow.map`, under `PlanSet.load`: every item handed exactly once, in order, with no
/// more than the window's items between being taken and being collected, whatever each takes.
@Suite struct OrderedWindowTests {
    /// Items taken and not yet collected, and the most seen at once.
    final class InFlight: @unchecked Sendable {
        private let lock = NSLock()
        private var current = 0, highest = 0
        func start() { lock.withLock { current += 1; highest = max(highest, current) } }
        func end(_ n: Int) { lock.withLock { current -= n } }
        var most: Int { lock.withLock { highest } }
        var now: Int { lock.withLock { current } }
    }

    /// Runs `count` items with random delays (up to `maxDelay` microseconds) on `threads`.
    static func run(count: Int, window: Int, threads: Int, maxDelay: UInt32,
                    slowConsumer: Bool = false) -> (order: [Int], runs: [Int], most: Int, left: Int) {
        let inFlight = InFlight()
        let delays = (0..<count).map { _ in UInt32.random(in: 0...maxDelay) }
        var order: [Int] = []
        var runs: [Int] = []
        OrderedWindow.map(count: count, window: window, threads: threads) { i -> Int in
            inFlight.start()
            usleep(delays[i])
            return i
        } collect: { run in
            order += run
            runs.append(run.count)
            if slowConsumer { usleep(UInt32.random(in: 0...maxDelay)) }
            inFlight.end(run.count)
        }
        return (order, runs, inFlight.most, inFlight.now)
    }

    @Test(arguments: [(1, 1), (1, 4), (2, 4), (3, 2), (8, 4), (32, 3), (5, 16)])
    func resultsComeInOrderOnceEachWithinTheWindow(window: Int, threads: Int) {
        for (count, slow) in [(0, false), (1, false), (2, false), (3, true), (200, false), (200, true)] {
            let r = Self.run(count: count, window: window, threads: threads, maxDelay: 300, slowConsumer: slow)
            #expect(r.order == Array(0..<count), "window \(window) threads \(threads) count \(count)")
            #expect(r.most <= window, "window \(window) threads \(threads) count \(count): \(r.most) in flight")
            #expect(r.runs.allSatisfy { $0 >= 1 && $0 <= window })
            #expect(r.left == 0)
        }
    }

    @Test func helpersWorkAheadOfASlowConsumerButNoFurtherThanTheWindow() {
        // The consumer is slow and the items fast: the helpers fill the window and wait.
        let r = Self.run(count: 300, window: 6, threads: 4, maxDelay: 0, slowConsumer: false)
        #expect(r.order == Array(0..<300))
        #expect(r.most <= 6)
        let inFlight = InFlight()
        var seen = 0
        OrderedWindow.map(count: 100, window: 6, threads: 4) { i -> Int in
            inFlight.start()
            return i
        } collect: { run in
            // Gives the helpers (queued on a possibly busy pool) up to 2 s to start.
            var waited = 0
            while seen == 0, inFlight.most < 2, waited < 2000 { usleep(1000); waited += 1 }
            usleep(200)
            #expect(run.first == seen)
            seen += run.count
            inFlight.end(run.count)
        }
        #expect(seen == 100)
        #expect(inFlight.most <= 6)
        #expect(inFlight.most > 1, "the helpers should have run ahead of a slow consumer")
    }

    @Test func planSetLoadKeepsFileOrderInAnyWindow() {
        let files = (0..<40).map { String(format: "p/%02d.yaml", $0) }
        let fs = PlanSetTests.MemoryFiles(files: Dictionary(uniqueKeysWithValues: files.map {
            ($0, RiskRuleTests.plan().replacingOccurrences(of: "id: thu-nghiem", with: "id: a\($0.dropFirst(2).prefix(2))") as String?)
        }))
        let set = PlanSet.open(["p"], fs: fs)
        for window in [1, 2, 3, 7, 512] {
            var loaded: [String] = []
            let verdicts = set.load(fs: fs, window: window, { $0.file }) { loaded += $0 }
            #expect(loaded == files, "window \(window)")
            #expect(verdicts.rejected.isEmpty && !verdicts.unreadable)
        }
    }
}

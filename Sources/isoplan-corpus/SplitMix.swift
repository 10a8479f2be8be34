@_spi(Tools) import ISOPlanKit

/// The corpus draws from the engine's SplitMix64, so the same seed gives the same corpus on
/// every machine and Swift version.
typealias SplitMix = SplitMix64

extension SplitMix64 {
    /// A number in `range` (uniform, without the standard library's unspecified algorithm).
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        let span = UInt64(range.upperBound - range.lowerBound + 1)
        return range.lowerBound + Int(next() % span)
    }

    /// True with probability `percent` / 100.
    mutating func chance(_ percent: Int) -> Bool { int(0...99) < percent }

    /// One element of a non-empty array.
    mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }

    /// `count` distinct elements of `items`, in their original order.
    mutating func sample<T>(_ items: [T], _ count: Int) -> [T] {
        var chosen = Set<Int>()
        let n = min(count, items.count)
        while chosen.count < n { chosen.insert(int(0...(items.count - 1))) }
        return chosen.sorted().map { items[$0] }
    }

    /// A generator for item `index`, independent of how many numbers other items drew.
    static func forItem(seed: UInt64, index: Int) -> SplitMix {
        var g = SplitMix(seed: seed ^ (UInt64(index) &* 0xD6E8_FEB8_6659_FD93))
        _ = g.next()
        return g
    }
}

/// Working-day ranks over a day range `start ..< end`: Monday–Friday plus sorted exceptions
/// (a weekday off counts −1, a weekend working day +1).
///
/// `rank(x)` is the signed number of working days before day number `x`, counted from a global
/// origin, so working days in `a ..< b` are `rank(b) - rank(a)`; `select(t)` is its inverse.
struct ExceptionTable: Sendable {
    let start: Int, end: Int
    /// Sorted exception days in `start ..< end`.
    private let days: [Int]
    /// `net[j]`: rank offset before `days[j]` (running sum of deltas plus the table's offset).
    private let net: [Int]
    /// `rank(days[j])`, non-decreasing.
    private let rankAtDays: [Int]

    /// A table whose rank at `start` is `rankStart`; `exceptions` are (day, ±1), sorted by day.
    init(start: Int, end: Int, exceptions: [(day: Int, delta: Int)], rankStart: Int) {
        self.start = start
        self.end = end
        days = exceptions.map(\.day)
        var net = [rankStart - Self.weekdayRank(start)]
        for e in exceptions { net.append(net[net.count - 1] + e.delta) }
        self.net = net
        rankAtDays = exceptions.indices.map { Self.weekdayRank(exceptions[$0].day) + net[$0] }
    }

    private init(start: Int, end: Int, days: [Int], net: [Int], rankAtDays: [Int]) {
        self.start = start
        self.end = end
        self.days = days
        self.net = net
        self.rankAtDays = rankAtDays
    }

    /// The same table with every rank moved so that the rank at `start` is `newRankStart`.
    func shifted(toRankStart newRankStart: Int) -> ExceptionTable {
        let d = newRankStart - rankStart
        return ExceptionTable(start: start, end: end, days: days, net: net.map { $0 + d },
                              rankAtDays: rankAtDays.map { $0 + d })
    }

    /// Rank at `start`.
    var rankStart: Int { rank(start) }
    /// Rank at `end` (= rank at `start` + working days in the table's range).
    var rankEnd: Int { rank(end) }

    /// Signed working days before `x`, for `x` in `start ... end`.
    func rank(_ x: Int) -> Int {
        Self.weekdayRank(x) + net[Self.countLess(days, x)]
    }

    /// The last day `x` with `rank(x) <= t` (the working day of rank `t`), for `t` in
    /// `rankStart ..< rankEnd`.
    func select(_ t: Int) -> Int {
        // Between two exceptions the rank is the weekday rank plus a constant.
        let j = Self.countLessOrEqual(rankAtDays, t) - 1
        guard j >= 0 else { return Self.weekdaySelect(t - net[0]) }
        return max(days[j], Self.weekdaySelect(t - net[j + 1]))
    }

    // MARK: Arithmetic helpers

    /// Monday–Friday days in `4 ..< x` (day 4 = 1970-01-05, a Monday), negative below 4.
    static func weekdayRank(_ x: Int) -> Int {
        let t = x - 4
        let q = floorDiv(t, 7)
        return 5 * q + min(t - 7 * q, 5)
    }

    /// The last day `x` with `weekdayRank(x) <= t` (always a Monday–Friday day).
    static func weekdaySelect(_ t: Int) -> Int {
        let q = floorDiv(t, 5)
        return 4 + 7 * q + (t - 5 * q)
    }

    /// Division rounding towards minus infinity.
    static func floorDiv(_ a: Int, _ b: Int) -> Int {
        let q = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
    }

    /// Number of elements `< x` in a sorted array.
    static func countLess(_ a: [Int], _ x: Int) -> Int {
        var lo = 0, hi = a.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if a[mid] < x { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Number of elements `<= x` in a sorted array.
    static func countLessOrEqual(_ a: [Int], _ x: Int) -> Int {
        var lo = 0, hi = a.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if a[mid] <= x { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}

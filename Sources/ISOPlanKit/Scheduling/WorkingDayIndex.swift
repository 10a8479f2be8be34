/// Working-day arithmetic in O(1) over a span of days, built once from a `WorkCalendar`.
///
/// The scheduler asks the same calendar questions many times (100,000 tasks and more);
/// the calendar itself may cost a table lookup or a lunar computation per day. This index
/// counts the working days of a span once and answers every question with two array reads.
/// The span grows (doubling) when a question falls outside it, and never leaves the years
/// 1…9999, so absurd inputs end at the bounds instead of looping or exhausting memory.
struct WorkingDayIndex {
    private let calendar: WorkCalendar
    /// First covered day number.
    private var lo: Int
    /// One past the last covered day number.
    private var hi: Int
    /// `before[i]`: working days in `lo ..< lo + i` (count: hi − lo + 1).
    private var before: [Int32] = []
    /// `dayOf[k]`: offset from `lo` of the k-th (0-based) working day of the span.
    private var dayOf: [Int32] = []

    static let minDay = CalendarDate(year: 1, month: 1, day: 1)!.dayNumber
    static let maxDay = CalendarDate(year: 9999, month: 12, day: 31)!.dayNumber

    /// An index whose first span covers about a year before and two years after `day`.
    init(calendar: WorkCalendar, around day: CalendarDate) {
        self.calendar = calendar
        let d = Self.clamp(day.dayNumber)
        lo = max(Self.minDay, d - 400)
        hi = min(Self.maxDay + 1, d + 800)
        let table = calendar.dayTable
        if table.covers(lo, hi) {
            // The calendar's ready tables cover more than asked: adopt them, no day is asked again.
            (lo, hi, before, dayOf) = (table.lo, table.hi, table.before, table.dayOf)
        } else {
            rebuild()
        }
    }

    static func clamp(_ d: Int) -> Int { min(max(d, minDay), maxDay) }

    private mutating func rebuild() {
        let n = hi - lo
        before = [Int32](repeating: 0, count: n + 1)
        dayOf = []
        dayOf.reserveCapacity(n * 5 / 7 + 16)
        var count: Int32 = 0
        for i in 0..<n {
            before[i] = count
            if calendar.isWorkingDay(CalendarDate(dayNumber: lo + i)) {
                dayOf.append(Int32(i))
                count += 1
            }
        }
        before[n] = count
    }

    /// Widens the span downwards; false when it already starts at the lower bound.
    private mutating func growDown() -> Bool {
        guard lo > Self.minDay else { return false }
        lo = max(Self.minDay, lo - max(400, hi - lo))
        rebuild()
        return true
    }

    /// Widens the span upwards; false when it already ends at the upper bound.
    private mutating func growUp() -> Bool {
        guard hi <= Self.maxDay else { return false }
        hi = min(Self.maxDay + 1, hi + max(800, hi - lo))
        rebuild()
        return true
    }

    /// Makes the span contain day number `d` (already clamped).
    private mutating func cover(_ d: Int) {
        while d < lo, growDown() {}
        while d >= hi, growUp() {}
    }

    /// True when `d` is a working day.
    mutating func isWorkingDay(_ d: CalendarDate) -> Bool {
        let x = Self.clamp(d.dayNumber)
        cover(x)
        return before[x - lo + 1] > before[x - lo]
    }

    /// `d` when it is a working day, else the next one.
    mutating func onOrAfter(_ d: CalendarDate) -> CalendarDate {
        let x = Self.clamp(d.dayNumber)
        cover(x)
        while Int(before[x - lo]) >= dayOf.count {
            if !growUp() { return CalendarDate(dayNumber: Self.maxDay) }
        }
        return CalendarDate(dayNumber: lo + Int(dayOf[Int(before[x - lo])]))
    }

    /// The first working day strictly after `d`.
    mutating func after(_ d: CalendarDate) -> CalendarDate { onOrAfter(d.adding(days: 1)) }

    /// The last working day strictly before `d`.
    mutating func before(_ d: CalendarDate) -> CalendarDate { onOrBefore(d.adding(days: -1)) }

    /// `d` when it is a working day, else the previous one.
    mutating func onOrBefore(_ d: CalendarDate) -> CalendarDate {
        let x = Self.clamp(d.dayNumber)
        cover(x)
        while before[x - lo + 1] == 0 {
            if !growDown() { return CalendarDate(dayNumber: Self.minDay) }
        }
        return CalendarDate(dayNumber: lo + Int(dayOf[Int(before[x - lo + 1]) - 1]))
    }

    /// The end of a span of `n` working days starting on `start` (moved to a working day);
    /// `n` ≤ 1 gives that first working day.
    mutating func nth(_ n: Int, from start: CalendarDate) -> CalendarDate {
        let first = onOrAfter(start).dayNumber
        let k = Int(before[first - lo])
        let target = k + max(n, 1) - 1
        while target >= dayOf.count {
            if !growUp() { return CalendarDate(dayNumber: Self.maxDay) }
        }
        return CalendarDate(dayNumber: lo + Int(dayOf[target]))
    }

    /// The start of a span of `n` working days ending on `end` (moved back to a working day).
    mutating func nthBack(_ n: Int, from end: CalendarDate) -> CalendarDate {
        let last = onOrBefore(end)
        var k = Int(before[last.dayNumber - lo])
        while k - (max(n, 1) - 1) < 0 {
            if !growDown() { return CalendarDate(dayNumber: Self.minDay) }
            k = Int(before[last.dayNumber - lo])
        }
        return CalendarDate(dayNumber: lo + Int(dayOf[k - (max(n, 1) - 1)]))
    }

    /// Working days in `from...through` (0 when `through < from`).
    mutating func count(from: CalendarDate, through: CalendarDate) -> Int {
        let a = Self.clamp(from.dayNumber), b = Self.clamp(through.dayNumber)
        guard a <= b else { return 0 }
        cover(a)
        cover(b)
        return Int(before[b - lo + 1] - before[a - lo])
    }
}

/// Dense working-day tables over the years plans use (2010–2035), so that scheduling a plan
/// starts from a ready index instead of asking the calendar about every day again.
///
/// Built once per process for the built-in calendar, and once per `WorkCalendar` when its
/// portfolio days fall inside the window; `WorkingDayIndex` adopts it (copy-on-write).
struct DayTable: Sendable {
    /// First covered day number, and one past the last.
    let lo: Int, hi: Int
    /// `before[i]`: working days in `lo ..< lo + i` (count: hi − lo + 1).
    let before: [Int32]
    /// `dayOf[k]`: offset from `lo` of the k-th (0-based) working day of the window.
    let dayOf: [Int32]

    static let window = CalendarDate(year: 2010, month: 1, day: 1)!.dayNumber
        ..< CalendarDate(year: 2036, month: 1, day: 1)!.dayNumber

    /// The built-in calendar's table.
    static let base = DayTable(flags: window.map { BaseCalendar.isWorkingDay($0) })

    init(flags: [Bool]) {
        lo = Self.window.lowerBound
        hi = Self.window.upperBound
        var before = [Int32](repeating: 0, count: flags.count + 1)
        var dayOf: [Int32] = []
        dayOf.reserveCapacity(flags.count * 5 / 7 + 16)
        var count: Int32 = 0
        for (i, working) in flags.enumerated() {
            before[i] = count
            if working {
                dayOf.append(Int32(i))
                count += 1
            }
        }
        before[flags.count] = count
        self.before = before
        self.dayOf = dayOf
    }

    /// The table of `calendar`: the built-in one, with the portfolio's days inside the window
    /// set as the calendar says.
    static func of(_ calendar: WorkCalendar) -> DayTable {
        let changed = (calendar.additions.holidays + calendar.additions.workingDays)
            .map(\.date.dayNumber).filter { window.contains($0) }
        guard !changed.isEmpty else { return base }
        var flags = window.map { base.before[$0 - window.lowerBound + 1] > base.before[$0 - window.lowerBound] }
        for d in changed { flags[d - window.lowerBound] = calendar.isWorkingDay(CalendarDate(dayNumber: d)) }
        return DayTable(flags: flags)
    }

    /// True when the table covers `lo ..< hi`.
    func covers(_ lo: Int, _ hi: Int) -> Bool { self.lo <= lo && hi <= self.hi }
}

/// Extra days off and make-up working days declared in a portfolio file.
public struct CalendarAdditions: Sendable, Hashable {
    /// One declared day.
    public struct Day: Sendable, Hashable {
        public var date: CalendarDate
        public var name: String
        public var at: SourceLocation?
        public init(date: CalendarDate, name: String, at: SourceLocation? = nil) {
            self.date = date
            self.name = name
            self.at = at
        }
    }
    public var holidays: [Day]
    public var workingDays: [Day]
    public init(holidays: [Day] = [], workingDays: [Day] = []) {
        self.holidays = holidays
        self.workingDays = workingDays
    }
}

/// The working-day calendar of Vietnamese state agencies (STUB: weekends only;
/// the full calendar replaces this file).
public struct WorkCalendar: Sendable {
    public let additions: CalendarAdditions

    public init(additions: CalendarAdditions = CalendarAdditions()) {
        self.additions = additions
    }

    /// True when agencies work on that day.
    public func isWorkingDay(_ d: CalendarDate) -> Bool {
        if additions.workingDays.contains(where: { $0.date == d }) { return true }
        if additions.holidays.contains(where: { $0.date == d }) { return false }
        return !d.isWeekend
    }

    /// `d` itself when it is a working day, else the next working day.
    public func workingDay(onOrAfter d: CalendarDate) -> CalendarDate {
        var x = d
        while !isWorkingDay(x) { x = x.adding(days: 1) }
        return x
    }

    /// The first working day strictly after `d`.
    public func workingDay(after d: CalendarDate) -> CalendarDate {
        workingDay(onOrAfter: d.adding(days: 1))
    }

    /// `d` itself when it is a working day, else the previous working day.
    public func workingDay(onOrBefore d: CalendarDate) -> CalendarDate {
        var x = d
        while !isWorkingDay(x) { x = x.adding(days: -1) }
        return x
    }

    /// The `n`-th working day of a span that starts on `start` (moved to the next working day
    /// when it is not one); `n` = 1 gives that first working day. `n` ≤ 0 returns the
    /// moved start itself.
    public func nthWorkingDay(_ n: Int, from start: CalendarDate) -> CalendarDate {
        var x = workingDay(onOrAfter: start)
        var left = n - 1
        while left > 0 { x = workingDay(after: x); left -= 1 }
        return x
    }

    /// Working days in the closed range `from...through` (0 when `through < from`).
    public func workingDays(from: CalendarDate, through: CalendarDate) -> Int {
        guard from <= through else { return 0 }
        var n = 0
        var x = from
        while x <= through { if isWorkingDay(x) { n += 1 }; x = x.adding(days: 1) }
        return n
    }
}

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

/// The working-day calendar of Vietnamese state agencies: Monday–Friday, minus public holidays
/// and days off, plus make-up working days, with a portfolio's additions on top.
///
/// Built-in calendar: the announced day-off ranges for 2018–2021; the statutory rules for other
/// years from 1900 through 2199 (Tết and Hùng Kings' day from the lunar calendar); outside
/// 1900–2199 weekends and the fixed solar holidays only (docs/calendar.md). A portfolio
/// working day wins over a portfolio holiday on the same date.
///
/// Every query is O(log n): working days are counted as differences of ranks over a table
/// built once per process, and portfolio additions are a small sorted adjustment list.
public struct WorkCalendar: Sendable {
    /// The portfolio's extra days off and working days.
    public let additions: CalendarAdditions

    /// Days whose status the additions change, sorted, with running sums of their deltas.
    private let adjustedDays: [Int]
    private let adjustedNet: [Int]
    /// `rank(adjustedDays[j])`, non-decreasing.
    private let rankAtAdjusted: [Int]
    /// Dense working-day tables for 2010–2035, shared by every plan scheduled on this calendar.
    private(set) var dayTable = DayTable.base

    /// Creates the built-in calendar with a portfolio's additions on top.
    public init(additions: CalendarAdditions = CalendarAdditions()) {
        self.additions = additions
        var working: [Int: Bool] = [:]
        for d in additions.holidays { working[Self.day(d.date)] = false }
        for d in additions.workingDays { working[Self.day(d.date)] = true }
        var days: [Int] = [], net = [0], ranks: [Int] = []
        for (n, isWorking) in working.sorted(by: { $0.key < $1.key }) {
            let delta = (isWorking ? 1 : 0) - (BaseCalendar.isWorkingDay(n) ? 1 : 0)
            guard delta != 0 else { continue }
            ranks.append(BaseCalendar.rank(n) + net[net.count - 1])
            days.append(n)
            net.append(net[net.count - 1] + delta)
        }
        adjustedDays = days
        adjustedNet = net
        rankAtAdjusted = ranks
        dayTable = DayTable.of(self)
    }

    /// True when agencies work on that day.
    public func isWorkingDay(_ d: CalendarDate) -> Bool {
        rank(Self.day(d) + 1) - rank(Self.day(d)) == 1
    }

    /// `d` itself when it is a working day, else the next working day.
    public func workingDay(onOrAfter d: CalendarDate) -> CalendarDate {
        date(ofRank: rank(Self.day(d)))
    }

    /// The first working day strictly after `d`.
    public func workingDay(after d: CalendarDate) -> CalendarDate {
        date(ofRank: rank(Self.day(d) + 1))
    }

    /// `d` itself when it is a working day, else the previous working day.
    public func workingDay(onOrBefore d: CalendarDate) -> CalendarDate {
        date(ofRank: rank(Self.day(d) + 1) - 1)
    }

    /// The `n`-th working day of a span that starts on `start` (moved to the next working day
    /// when it is not one); `n` = 1 gives that first working day. `n` ≤ 0 returns the
    /// moved start itself.
    public func nthWorkingDay(_ n: Int, from start: CalendarDate) -> CalendarDate {
        date(ofRank: rank(Self.day(start)) + Self.clamp(max(n, 1)) - 1)
    }

    /// The `n`-th working day strictly after `d` (n > 0), strictly before it (n < 0), or `d`
    /// itself (n = 0, even when `d` is not a working day).
    public func addingWorkingDays(_ n: Int, to d: CalendarDate) -> CalendarDate {
        let n = Self.clamp(n)
        if n > 0 { return date(ofRank: rank(Self.day(d) + 1) + n - 1) }
        if n < 0 { return date(ofRank: rank(Self.day(d)) + n) }
        return d
    }

    /// Working days in the closed range `from...through` (0 when `through < from`).
    public func workingDays(from: CalendarDate, through: CalendarDate) -> Int {
        guard from <= through else { return 0 }
        return rank(Self.day(through) + 1) - rank(Self.day(from))
    }

    /// Signed working days from `start` to `end`: the working days in `start+1 ... end` when
    /// `end >= start`, minus those in `end+1 ... start` when `end < start` (so 0 for the same
    /// day, 1 for the next working day). Slack = `workingDaysBetween(finish, deadline)`.
    public func workingDaysBetween(_ start: CalendarDate, _ end: CalendarDate) -> Int {
        rank(Self.day(end) + 1) - rank(Self.day(start) + 1)
    }

    /// A Gregorian year's holidays, days off, make-up working days and portfolio days (named as
    /// the portfolio names them, in both languages), with the year's working-day count (for
    /// the `calendar YEAR` command).
    public func yearListing(_ year: Int) -> CalendarYearListing {
        var entries = HolidayRules.entries(gregorianYear: year)
        let offs = additions.holidays.filter { $0.date.year == year }.map {
            Holiday(date: $0.date, nameVi: $0.name, nameEn: $0.name, source: .portfolio)
        }
        let works = additions.workingDays.filter { $0.date.year == year }.map {
            Holiday(date: $0.date, nameVi: $0.name, nameEn: $0.name, source: .portfolio, kind: .workingDay)
        }
        entries = (entries + offs + works).enumerated()
            .sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }
            .map(\.element)
        let count = workingDays(from: HolidayRules.civil(year, 1, 1), through: HolidayRules.civil(year, 12, 31))
        return CalendarYearListing(year: year, entries: entries, workingDays: count)
    }

    // MARK: Ranks

    /// Signed number of working days before day number `x`.
    private func rank(_ x: Int) -> Int {
        BaseCalendar.rank(x) + adjustedNet[ExceptionTable.countLess(adjustedDays, x)]
    }

    /// The working day of rank `t`.
    private func date(ofRank t: Int) -> CalendarDate {
        let j = ExceptionTable.countLessOrEqual(rankAtAdjusted, t) - 1
        guard j >= 0 else { return CalendarDate(dayNumber: BaseCalendar.select(t)) }
        return CalendarDate(dayNumber: max(adjustedDays[j], BaseCalendar.select(t - adjustedNet[j + 1])))
    }

    private static func day(_ d: CalendarDate) -> Int { clamp(d.dayNumber) }

    private static func clamp(_ n: Int) -> Int { min(max(n, -BaseCalendar.dayLimit), BaseCalendar.dayLimit) }
}

/// Working days of a closed date range (the `calendar --between` command).
public struct WorkingDaySpan: Sendable, Hashable {
    /// First day of the range.
    public var from: CalendarDate
    /// Last day of the range (inclusive).
    public var through: CalendarDate
    /// Working days in `from...through` (0 when `through < from`).
    public var workingDays: Int
    /// Calendar days in `from...through` (0 when `through < from`).
    public var calendarDays: Int

    /// Creates a span report.
    public init(from: CalendarDate, through: CalendarDate, workingDays: Int, calendarDays: Int) {
        self.from = from
        self.through = through
        self.workingDays = workingDays
        self.calendarDays = calendarDays
    }
}

/// A Gregorian date with its lunar date (the `calendar --lunar` command).
public struct LunarConversion: Sendable, Hashable {
    /// The Gregorian date.
    public var date: CalendarDate
    /// Its lunar date.
    var lunar: LunarDate
    /// Can Chi name of the lunar year.
    public var canChi: String
    /// The leap month of that lunar year, if any.
    public var leapMonthOfYear: Int?

    /// Creates a conversion report.
    init(date: CalendarDate, lunar: LunarDate, canChi: String, leapMonthOfYear: Int?) {
        self.date = date
        self.lunar = lunar
        self.canChi = canChi
        self.leapMonthOfYear = leapMonthOfYear
    }
}

extension WorkCalendar {
    /// The working-day report of the closed range `from...through`.
    public func span(from: CalendarDate, through: CalendarDate) -> WorkingDaySpan {
        WorkingDaySpan(from: from, through: through,
                       workingDays: workingDays(from: from, through: through),
                       calendarDays: max(0, from.days(to: through) + 1))
    }
}

extension LunarCalendar {
    /// The lunar date of `date` with its year's Can Chi name and leap month.
    public func conversion(for date: CalendarDate) -> LunarConversion {
        let lunar = lunarDate(for: date)
        return LunarConversion(date: date, lunar: lunar, canChi: Self.canChi(year: lunar.year),
                               leapMonthOfYear: leapMonth(ofLunarYear: lunar.year))
    }
}

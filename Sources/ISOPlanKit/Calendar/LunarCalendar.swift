/// The Vietnamese lunisolar calendar, computed astronomically for a time zone (UTC+7 by default).
///
/// Rules (domain.md §3.4): a month starts on the local day of the new moon; the month that
/// contains the December solstice is month 11; a year from month 11 to month 11 with 13 months
/// has a leap month, the first month after month 11 that contains no major solar term, and it
/// repeats the number of the month before it. Results are checked for 1900–2199; other years
/// are extrapolated (less certain ΔT, and dates before 1968 follow UTC+8 in historical practice).
public struct LunarCalendar: Sendable, Hashable {
    /// Hours east of UTC of the meridian the calendar is computed for (7 for Vietnam, 8 for China).
    public let timeZoneHours: Double

    /// A calendar for a time zone `timeZoneHours` east of UTC.
    public init(timeZoneHours: Double = 7) {
        self.timeZoneHours = timeZoneHours
    }

    /// The Vietnamese calendar (UTC+7).
    public static let vietnamese = LunarCalendar()

    /// Gregorian years whose layouts are precomputed for UTC+7 (covers lunar years 1899–2200).
    static let cachedYears = 1899...2201

    private static let cache = LunarYearLayout.compute(years: cachedYears, timeZoneHours: 7)

    /// Years beyond this magnitude are clamped: the astronomy is meaningless there anyway.
    static let computableYears = -20_000...20_000
    private static let minDay = CalendarDate.dayNumber(year: computableYears.lowerBound + 1, month: 1, day: 1)
    private static let maxDay = CalendarDate.dayNumber(year: computableYears.upperBound - 1, month: 12, day: 31)

    func layout(_ year: Int) -> LunarYearLayout {
        if timeZoneHours == 7, Self.cachedYears.contains(year) {
            return Self.cache[year - Self.cachedYears.lowerBound]
        }
        return LunarYearLayout.compute(year: year, timeZoneHours: timeZoneHours)
    }

    /// The lunar date of a Gregorian date (dates beyond ±20,000 years are clamped).
    func lunarDate(for date: CalendarDate) -> LunarDate {
        let n = min(max(date.dayNumber, Self.minDay), Self.maxDay)
        let y = CalendarDate(dayNumber: n).year
        for candidate in [y, y + 1, y - 1] {
            let l = layout(candidate)
            if let i = l.monthIndex(containing: n) {
                let m = l.month(at: i)
                return LunarDate(day: n - l.starts[i] + 1, month: m.number, year: m.lunarYear, isLeapMonth: m.isLeap)
            }
        }
        return LunarDate(day: 1, month: 1, year: y)   // unreachable for sane astronomy
    }

    /// The Gregorian date of a lunar date, or nil when that day does not exist (a leap flag on a
    /// month that is not leap that year, day 30 of a 29-day month, numbers out of range).
    func solarDate(for lunar: LunarDate) -> CalendarDate? {
        guard (1...12).contains(lunar.month), (1...30).contains(lunar.day),
              Self.computableYears.contains(lunar.year) else { return nil }
        let l = layout(lunar.month >= 11 ? lunar.year + 1 : lunar.year)
        guard let i = l.monthIndex(number: lunar.month, isLeap: lunar.isLeapMonth, lunarYear: lunar.year),
              lunar.day <= l.starts[i + 1] - l.starts[i] else { return nil }
        return CalendarDate(dayNumber: l.starts[i] + lunar.day - 1)
    }

    /// The leap month of a lunar year (its number, e.g. 4 for "tháng 4 nhuận" of 2020), or nil.
    public func leapMonth(ofLunarYear year: Int) -> Int? {
        guard Self.computableYears.contains(year) else { return nil }
        for suiYear in [year, year + 1] {
            let l = layout(suiYear)
            if let i = l.leapIndex {
                let m = l.month(at: i)
                if m.lunarYear == year { return m.number }
            }
        }
        return nil
    }

    /// Number of days (29 or 30) of a lunar month, or nil when the month does not exist.
    public func daysInMonth(_ month: Int, isLeapMonth: Bool = false, ofLunarYear year: Int) -> Int? {
        guard solarDate(for: LunarDate(day: 1, month: month, year: year, isLeapMonth: isLeapMonth)) != nil else {
            return nil
        }
        return solarDate(for: LunarDate(day: 30, month: month, year: year, isLeapMonth: isLeapMonth)) == nil ? 29 : 30
    }

    /// The first day (Tết, mùng 1 tháng Giêng) of a lunar year.
    public func newYear(ofLunarYear year: Int) -> CalendarDate? {
        solarDate(for: LunarDate(day: 1, month: 1, year: year))
    }

    private static let stems = ["Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"]
    private static let branches = ["Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"]

    /// The Can Chi (sexagenary) name of a lunar year, e.g. "Canh Tý" for 2020.
    public static func canChi(year: Int) -> String {
        let stem = ((year + 6) % 10 + 10) % 10
        let branch = ((year + 8) % 12 + 12) % 12
        return stems[stem] + " " + branches[branch]
    }
}

/// A day of the Vietnamese lunisolar calendar (âm lịch).
struct LunarDate: Hashable, Sendable, CustomStringConvertible {
    /// Day of the lunar month, 1…30.
    var day: Int
    /// Lunar month number, 1…12 (a leap month repeats the number of the month before it).
    var month: Int
    /// Lunar year, named after the Gregorian year in which its month 1 starts.
    var year: Int
    /// True for a day of the leap (nhuận) month.
    var isLeapMonth: Bool

    /// Creates a lunar date; validity is checked by `LunarCalendar.solarDate(for:)`.
    init(day: Int, month: Int, year: Int, isLeapMonth: Bool = false) {
        self.day = day
        self.month = month
        self.year = year
        self.isLeapMonth = isLeapMonth
    }

    /// `D/M/YYYY`, with `M+` for a leap month (e.g. `1/4+/2020`).
    var description: String {
        "\(day)/\(month)\(isLeapMonth ? "+" : "")/\(year)"
    }

    /// Vietnamese wording, e.g. "ngày 1 tháng 4 nhuận năm Canh Tý (2020)".
    var vietnamese: String {
        "ngày \(day) tháng \(month)\(isLeapMonth ? " nhuận" : "") năm \(LunarCalendar.canChi(year: year)) (\(year))"
    }
}

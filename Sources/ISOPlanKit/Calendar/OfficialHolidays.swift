/// The day-off ranges the government announced for civil servants, 2018–2021 (domain.md §3.2),
/// make-up working Saturdays included. Every day of an announced Tết range is listed; for the
/// other holidays the holiday itself, compensatory and swapped days are listed (plain weekend
/// days inside an announced range are not).
enum OfficialHolidays {
    /// Holiday years with announced data.
    static let years = 2018...2021

    /// The announced entries of a holiday year, or nil outside 2018–2021.
    static func entries(holidayYear y: Int) -> [Holiday]? {
        switch y {
        case 2018: return year2018
        case 2019: return year2019
        case 2020: return year2020
        case 2021: return year2021
        default: return nil
        }
    }

    private static let year2018: [Holiday] =
        [off(2018, 1, 1, .newYear)]
        + tet(from: (2018, 2, 14), through: (2018, 2, 20))   // 29 Tết → mùng 5
        + [off(2018, 4, 25, .hungKings),
           off(2018, 4, 30, .reunification), off(2018, 5, 1, .labour),
           off(2018, 9, 2, .nationalDay), compensatory(2018, 9, 3, .nationalDay)]

    private static let year2019: [Holiday] =
        swap(off: (2018, 12, 31), makeUp: (2019, 1, 5), .newYear)   // Dispatch 6519/VPCP-KGVX
        + [off(2019, 1, 1, .newYear)]
        + tet(from: (2019, 2, 2), through: (2019, 2, 10))    // 28 Tết → mùng 6
        + [off(2019, 4, 14, .hungKings), compensatory(2019, 4, 15, .hungKings)]
        + swap(off: (2019, 4, 29), makeUp: (2019, 5, 4), .reunification)
        + [off(2019, 4, 30, .reunification), off(2019, 5, 1, .labour),
           off(2019, 9, 2, .nationalDay)]

    private static let year2020: [Holiday] =
        [off(2020, 1, 1, .newYear)]
        + tet(from: (2020, 1, 23), through: (2020, 1, 29))   // 29 Tết → mùng 5
        + [off(2020, 4, 2, .hungKings),
           off(2020, 4, 30, .reunification), off(2020, 5, 1, .labour),
           off(2020, 9, 2, .nationalDay)]

    private static let year2021: [Holiday] =
        [off(2021, 1, 1, .newYear)]
        + tet(from: (2021, 2, 10), through: (2021, 2, 16))   // 29 Tết → mùng 5
        + [off(2021, 4, 21, .hungKings),
           off(2021, 4, 30, .reunification), off(2021, 5, 1, .labour), compensatory(2021, 5, 3, .labour),
           off(2021, 9, 2, .nationalDay), off(2021, 9, 3, .nationalDayAdjacent)]

    private typealias Ymd = (Int, Int, Int)

    private static func date(_ d: Ymd) -> CalendarDate { HolidayRules.civil(d.0, d.1, d.2) }

    private static func off(_ y: Int, _ m: Int, _ d: Int, _ name: HolidayName) -> Holiday {
        date((y, m, d)).holiday(name, source: .official)
    }

    private static func compensatory(_ y: Int, _ m: Int, _ d: Int, _ name: HolidayName) -> Holiday {
        date((y, m, d)).compensatory(name, source: .official)
    }

    private static func tet(from first: Ymd, through last: Ymd) -> [Holiday] {
        (date(first).dayNumber...date(last).dayNumber).map {
            CalendarDate(dayNumber: $0).holiday(.tet, source: .official)
        }
    }

    /// A weekday given off in exchange for a Saturday worked.
    private static func swap(off: Ymd, makeUp: Ymd, _ name: HolidayName) -> [Holiday] {
        let rest = date(off), work = date(makeUp)
        return [
            Holiday(date: rest, nameVi: "Nghỉ hoán đổi dịp \(name.vi)",
                    nameEn: "Swapped day off (\(name.en))", source: .official),
            Holiday(date: work, nameVi: "Làm bù cho ngày \(rest.vietnamese)",
                    nameEn: "Make-up working day (for \(rest.vietnamese))", source: .official, kind: .workingDay),
        ]
    }
}

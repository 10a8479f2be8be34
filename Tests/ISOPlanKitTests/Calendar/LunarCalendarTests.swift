import Testing
@testable import ISOPlanKit

/// One row of domain.md §3.3 (Tết and Hùng Kings' day, 2015–2030).
struct LunarYearRow: Sendable, CustomTestStringConvertible {
    let year: Int, canChi: String, tet: String, eveDay: Int, hungKings: String, leap: Int?, chinaTet: String
    var testDescription: String { "\(year)" }
}

private func date(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

@Suite struct LunarCalendarTests {
    static let table: [LunarYearRow] = [
        .init(year: 2015, canChi: "Ất Mùi", tet: "2015-02-19", eveDay: 30, hungKings: "2015-04-28", leap: nil, chinaTet: "2015-02-19"),
        .init(year: 2016, canChi: "Bính Thân", tet: "2016-02-08", eveDay: 29, hungKings: "2016-04-16", leap: nil, chinaTet: "2016-02-08"),
        .init(year: 2017, canChi: "Đinh Dậu", tet: "2017-01-28", eveDay: 30, hungKings: "2017-04-06", leap: 6, chinaTet: "2017-01-28"),
        .init(year: 2018, canChi: "Mậu Tuất", tet: "2018-02-16", eveDay: 30, hungKings: "2018-04-25", leap: nil, chinaTet: "2018-02-16"),
        .init(year: 2019, canChi: "Kỷ Hợi", tet: "2019-02-05", eveDay: 30, hungKings: "2019-04-14", leap: nil, chinaTet: "2019-02-05"),
        .init(year: 2020, canChi: "Canh Tý", tet: "2020-01-25", eveDay: 30, hungKings: "2020-04-02", leap: 4, chinaTet: "2020-01-25"),
        .init(year: 2021, canChi: "Tân Sửu", tet: "2021-02-12", eveDay: 30, hungKings: "2021-04-21", leap: nil, chinaTet: "2021-02-12"),
        .init(year: 2022, canChi: "Nhâm Dần", tet: "2022-02-01", eveDay: 29, hungKings: "2022-04-10", leap: nil, chinaTet: "2022-02-01"),
        .init(year: 2023, canChi: "Quý Mão", tet: "2023-01-22", eveDay: 30, hungKings: "2023-04-29", leap: 2, chinaTet: "2023-01-22"),
        .init(year: 2024, canChi: "Giáp Thìn", tet: "2024-02-10", eveDay: 30, hungKings: "2024-04-18", leap: nil, chinaTet: "2024-02-10"),
        .init(year: 2025, canChi: "Ất Tỵ", tet: "2025-01-29", eveDay: 29, hungKings: "2025-04-07", leap: 6, chinaTet: "2025-01-29"),
        .init(year: 2026, canChi: "Bính Ngọ", tet: "2026-02-17", eveDay: 29, hungKings: "2026-04-26", leap: nil, chinaTet: "2026-02-17"),
        .init(year: 2027, canChi: "Đinh Mùi", tet: "2027-02-06", eveDay: 29, hungKings: "2027-04-16", leap: nil, chinaTet: "2027-02-06"),
        .init(year: 2028, canChi: "Mậu Thân", tet: "2028-01-26", eveDay: 29, hungKings: "2028-04-04", leap: 5, chinaTet: "2028-01-26"),
        .init(year: 2029, canChi: "Kỷ Dậu", tet: "2029-02-13", eveDay: 29, hungKings: "2029-04-23", leap: nil, chinaTet: "2029-02-13"),
        .init(year: 2030, canChi: "Canh Tuất", tet: "2030-02-02", eveDay: 29, hungKings: "2030-04-12", leap: nil, chinaTet: "2030-02-03"),
    ]

    let vn = LunarCalendar.vietnamese
    let cn = LunarCalendar(timeZoneHours: 8)

    @Test("Tết, eve, Hùng Kings, leap month and Can Chi of domain.md §3.3", arguments: table)
    func domainTable(_ row: LunarYearRow) {
        #expect(vn.newYear(ofLunarYear: row.year) == date(row.tet))
        #expect(vn.lunarDate(for: date(row.tet)) == LunarDate(day: 1, month: 1, year: row.year))
        let eve = vn.lunarDate(for: date(row.tet).adding(days: -1))
        #expect(eve.day == row.eveDay && eve.month == 12 && eve.year == row.year - 1)
        #expect(vn.daysInMonth(12, ofLunarYear: row.year - 1) == row.eveDay)
        #expect(vn.solarDate(for: LunarDate(day: 10, month: 3, year: row.year)) == date(row.hungKings))
        #expect(vn.lunarDate(for: date(row.hungKings)) == LunarDate(day: 10, month: 3, year: row.year))
        #expect(vn.leapMonth(ofLunarYear: row.year) == row.leap)
        #expect(LunarCalendar.canChi(year: row.year) == row.canChi)
        #expect(cn.newYear(ofLunarYear: row.year) == date(row.chinaTet))
    }

    @Test func leapMonthsOfDomainList() {
        let expected = [2017: 6, 2020: 4, 2023: 2, 2025: 6, 2028: 5]
        for (year, month) in expected {
            #expect(vn.leapMonth(ofLunarYear: year) == month)
            let first = vn.solarDate(for: LunarDate(day: 1, month: month, year: year, isLeapMonth: true))
            let regular = vn.solarDate(for: LunarDate(day: 1, month: month, year: year))
            #expect(first != nil && regular != nil)
            if let first, let regular { #expect(regular < first) }   // the leap month follows its namesake
        }
        // 2020: tháng 4 nhuận runs from 23/5 to 20/6.
        #expect(vn.lunarDate(for: date("2020-05-23")) == LunarDate(day: 1, month: 4, year: 2020, isLeapMonth: true))
        #expect(vn.lunarDate(for: date("2020-06-21")) == LunarDate(day: 1, month: 5, year: 2020))
    }

    @Test("Tết where Vietnam (UTC+7) and China (UTC+8) differ", arguments: [
        (1903, "1903-01-28", "1903-01-29"), (1916, "1916-02-03", "1916-02-04"),
        (1935, "1935-02-03", "1935-02-04"), (1965, "1965-02-01", "1965-02-02"),
        (1968, "1968-01-29", "1968-01-30"), (1969, "1969-02-16", "1969-02-17"),
        (1985, "1985-01-21", "1985-02-20"), (2007, "2007-02-17", "2007-02-18"),
        (2030, "2030-02-02", "2030-02-03"), (2053, "2053-02-18", "2053-02-19"),
    ])
    func tetDiffersFromChina(_ year: Int, _ vietnam: String, _ china: String) {
        #expect(vn.newYear(ofLunarYear: year) == date(vietnam))
        #expect(cn.newYear(ofLunarYear: year) == date(china))
    }

    @Test("Hùng Kings' day where Vietnam and China differ", arguments: [
        (1916, "1916-04-11", "1916-04-12"), (1917, "1917-04-01", "1917-04-30"),
        (1939, "1939-04-28", "1939-04-29"), (1975, "1975-04-20", "1975-04-21"),
        (2009, "2009-04-04", "2009-04-05"), (2037, "2037-04-24", "2037-04-25"),
        (2038, "2038-04-13", "2038-04-14"), (2085, "2085-04-03", "2085-04-04"),
        (2086, "2086-04-22", "2086-04-23"), (2095, "2095-04-13", "2095-04-14"),
    ])
    func hungKingsDiffersFromChina(_ year: Int, _ vietnam: String, _ china: String) {
        let tenthOfThird = LunarDate(day: 10, month: 3, year: year)
        #expect(vn.solarDate(for: tenthOfThird) == date(vietnam))
        #expect(cn.solarDate(for: tenthOfThird) == date(china))
    }

    @Test func year1985IsAMonthApart() {
        // The 1984 solstice (21/12 23:23 at UTC+7, 22/12 00:23 at UTC+8) falls in the month that
        // began on 23/11 in Vietnam but on 22/12 in China: Vietnam's month 11 is a month earlier,
        // its Tết comes on 21/1 and 1985 has a leap month 2; China had a leap month 10 in 1984.
        #expect(vn.lunarDate(for: date("1984-11-23")) == LunarDate(day: 1, month: 11, year: 1984))
        #expect(cn.lunarDate(for: date("1984-12-22")) == LunarDate(day: 1, month: 11, year: 1984))
        #expect(vn.leapMonth(ofLunarYear: 1984) == nil)
        #expect(cn.leapMonth(ofLunarYear: 1984) == 10)
        #expect(vn.leapMonth(ofLunarYear: 1985) == 2)
        #expect(cn.leapMonth(ofLunarYear: 1985) == nil)
        #expect(cn.lunarDate(for: date("1985-01-21")) == LunarDate(day: 1, month: 12, year: 1984))
    }

    @Test func everyDayFrom1900Through2199RoundTrips() {
        let first = date("1900-01-01").dayNumber, last = date("2199-12-31").dayNumber
        var previous = vn.lunarDate(for: CalendarDate(dayNumber: first - 1))
        var leapYears = 0
        for n in first...last {
            let d = CalendarDate(dayNumber: n)
            let l = vn.lunarDate(for: d)
            if l.day == 1 {
                #expect(previous.day == 29 || previous.day == 30, "month before \(d) has \(previous.day) days")
                if l.isLeapMonth { leapYears += 1 }
            } else {
                #expect(l.day == previous.day + 1 && l.month == previous.month && l.year == previous.year
                        && l.isLeapMonth == previous.isLeapMonth, "\(d)")
            }
            #expect(vn.solarDate(for: l) == d, "\(d) → \(l)")
            previous = l
        }
        #expect((108...113).contains(leapYears))   // 7 leap months in 19 years
    }

    @Test func rejectsDaysThatDoNotExist() {
        #expect(vn.solarDate(for: LunarDate(day: 1, month: 5, year: 2020, isLeapMonth: true)) == nil)
        #expect(vn.solarDate(for: LunarDate(day: 1, month: 1, year: 2021, isLeapMonth: true)) == nil)
        #expect(vn.solarDate(for: LunarDate(day: 30, month: 12, year: 2021)) == nil)   // Tết 2022: eve is the 29th
        #expect(vn.solarDate(for: LunarDate(day: 31, month: 1, year: 2020)) == nil)
        #expect(vn.solarDate(for: LunarDate(day: 0, month: 1, year: 2020)) == nil)
        #expect(vn.solarDate(for: LunarDate(day: 1, month: 13, year: 2020)) == nil)
        #expect(vn.daysInMonth(4, isLeapMonth: true, ofLunarYear: 2021) == nil)
        #expect(vn.leapMonth(ofLunarYear: 2019) == nil)
    }

    @Test func canChiNames() {
        #expect(LunarCalendar.canChi(year: 1984) == "Giáp Tý")
        #expect(LunarCalendar.canChi(year: 1985) == "Ất Sửu")
        #expect(LunarCalendar.canChi(year: 1900) == "Canh Tý")
        #expect(LunarCalendar.canChi(year: 2018) == "Mậu Tuất")
        #expect(LunarCalendar.canChi(year: 4) == "Giáp Tý")
        #expect(LunarCalendar.canChi(year: -56) == "Giáp Tý")
    }

    @Test func astronomyMatchesMeeusExamples() {
        // Meeus example 49.a: the new moon of 1977 February, k = -283.
        #expect(abs(Astronomy.newMoonJDE(lunation: -283) - 2443192.65118) < 0.0001)
        // Meeus example 25.a: 1992 October 13.0 TD, apparent longitude 199.90895°.
        #expect(abs(Astronomy.solarLongitude(jde: 2448908.5) - 199.90895) < 0.0005)
    }

    @Test func answersFarOutsideTheCheckedRange() {
        for iso in ["0001-01-01", "1500-06-15", "2500-02-01", "9999-12-31"] {
            let d = date(iso)
            let l = vn.lunarDate(for: d)
            #expect((1...30).contains(l.day) && (1...12).contains(l.month))
            #expect(vn.solarDate(for: l) == d)
        }
        _ = vn.lunarDate(for: CalendarDate(dayNumber: Int.max))
        _ = vn.lunarDate(for: CalendarDate(dayNumber: Int.min))
        #expect(vn.solarDate(for: LunarDate(day: 1, month: 1, year: Int.max)) == nil)
        #expect(vn.leapMonth(ofLunarYear: Int.min) == nil)
    }
}

import Testing
@testable import ISOPlanKit

private func date(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

private func days(_ from: String, _ through: String) -> [CalendarDate] {
    (date(from).dayNumber...date(through).dayNumber).map(CalendarDate.init(dayNumber:))
}

/// A day-off range announced for civil servants (domain.md §3.2).
struct AnnouncedRange: Sendable, CustomTestStringConvertible {
    let from: String, through: String, what: String
    var testDescription: String { "\(what) \(from)…\(through)" }
}

@Suite struct HolidayTests {
    let calendar = WorkCalendar()

    static let announced: [AnnouncedRange] = [
        .init(from: "2018-01-01", through: "2018-01-01", what: "New Year 2018"),
        .init(from: "2018-02-14", through: "2018-02-20", what: "Tết 2018"),
        .init(from: "2018-04-25", through: "2018-04-25", what: "Hùng Kings 2018"),
        .init(from: "2018-04-28", through: "2018-05-01", what: "30/4–1/5 2018"),
        .init(from: "2018-09-01", through: "2018-09-03", what: "National Day 2018"),
        .init(from: "2018-12-29", through: "2019-01-01", what: "New Year 2019"),
        .init(from: "2019-02-02", through: "2019-02-10", what: "Tết 2019"),
        .init(from: "2019-04-13", through: "2019-04-15", what: "Hùng Kings 2019"),
        .init(from: "2019-04-27", through: "2019-05-01", what: "30/4–1/5 2019"),
        .init(from: "2019-08-31", through: "2019-09-02", what: "National Day 2019"),
        .init(from: "2020-01-01", through: "2020-01-01", what: "New Year 2020"),
        .init(from: "2020-01-23", through: "2020-01-29", what: "Tết 2020"),
        .init(from: "2020-04-02", through: "2020-04-02", what: "Hùng Kings 2020"),
        .init(from: "2020-04-30", through: "2020-05-03", what: "30/4–1/5 2020"),
        .init(from: "2020-09-02", through: "2020-09-02", what: "National Day 2020"),
        .init(from: "2021-01-01", through: "2021-01-03", what: "New Year 2021"),
        .init(from: "2021-02-10", through: "2021-02-16", what: "Tết 2021"),
        .init(from: "2021-04-21", through: "2021-04-21", what: "Hùng Kings 2021"),
        .init(from: "2021-04-30", through: "2021-05-03", what: "30/4–1/5 2021"),
        .init(from: "2021-09-02", through: "2021-09-05", what: "National Day 2021"),
    ]

    @Test("Announced day-off ranges 2018–2021 are days off, bounded by working days", arguments: announced)
    func announcedRange(_ r: AnnouncedRange) {
        for d in days(r.from, r.through) { #expect(!calendar.isWorkingDay(d), "\(d)") }
        let before = date(r.from).adding(days: -1), after = date(r.through).adding(days: 1)
        if !before.isWeekend { #expect(calendar.isWorkingDay(before), "\(before)") }
        if !after.isWeekend { #expect(calendar.isWorkingDay(after), "\(after)") }
    }

    @Test func makeUpSaturdaysOf2019() {
        for iso in ["2019-01-05", "2019-05-04"] {
            #expect(date(iso).weekday == 6)
            #expect(calendar.isWorkingDay(date(iso)))
        }
        #expect(!calendar.isWorkingDay(date("2018-12-31")))   // swapped with 5/1/2019
        #expect(!calendar.isWorkingDay(date("2019-04-29")))   // swapped with 4/5/2019
        #expect(!calendar.isWorkingDay(date("2019-01-12")))   // an ordinary Saturday
    }

    @Test("Working days per year", arguments: [(2018, 250), (2019, 252), (2020, 252), (2021, 250)])
    func yearTotals(_ year: Int, _ total: Int) {
        #expect(calendar.yearListing(year).workingDays == total)
        #expect(calendar.workingDays(from: date("\(year)-01-01"), through: date("\(year)-12-31")) == total)
    }

    @Test func namesAndSourcesOfAnnouncedDays() {
        let y2018 = calendar.yearListing(2018).entries
        let tet = y2018.filter { $0.nameVi == "Tết Nguyên đán" }
        #expect(tet.map(\.date) == days("2018-02-14", "2018-02-20"))
        #expect(tet.allSatisfy { $0.nameEn == "Lunar New Year (Tết)" && $0.source == .official && $0.kind == .dayOff })
        let sep3 = y2018.first { $0.date == date("2018-09-03") }
        #expect(sep3?.nameVi == "Nghỉ bù Quốc khánh")
        #expect(sep3?.nameEn == "Compensatory day off (National Day)")
        #expect(y2018.last?.date == date("2018-12-31"))
        let makeUp = calendar.yearListing(2019).entries.first { $0.date == date("2019-01-05") }
        #expect(makeUp?.kind == .workingDay)
        #expect(makeUp?.nameVi.hasPrefix("Làm bù") == true)
        #expect(makeUp?.nameEn.hasPrefix("Make-up working day") == true)
        let hung = calendar.yearListing(2020).entries.first { $0.date == date("2020-04-02") }
        #expect(hung?.nameVi == "Giỗ Tổ Hùng Vương")
        #expect(hung?.nameEn.contains("Hùng Kings") == true)
    }

    @Test("Announced Tết and Hùng Kings' days agree with the lunar calendar", arguments: 2018...2021)
    func announcedDatesMatchLunarCalendar(_ year: Int) {
        let lunar = LunarCalendar.vietnamese
        let entries = OfficialHolidays.entries(holidayYear: year) ?? []
        let tet = lunar.newYear(ofLunarYear: year)!
        #expect(entries.contains { $0.date == tet && $0.nameVi == "Tết Nguyên đán" })
        let hung = lunar.solarDate(for: LunarDate(day: 10, month: 3, year: year))!
        #expect(entries.contains { $0.date == hung && $0.nameVi == "Giỗ Tổ Hùng Vương" })
    }

    /// Non-working weekdays and working weekend days of a list of entries.
    private func effect(_ entries: [Holiday]) -> (off: Set<CalendarDate>, work: Set<CalendarDate>) {
        (Set(entries.filter { $0.kind == .dayOff && !$0.date.isWeekend }.map(\.date)),
         Set(entries.filter { $0.kind == .workingDay && $0.date.isWeekend }.map(\.date)))
    }

    @Test("The statutory rules reproduce 2018–2021 except the two 2019 swaps", arguments: 2018...2021)
    func rulesReproduceAnnouncements(_ year: Int) {
        let rules = effect(HolidayRules.statutory(year: year))
        var announced = effect(OfficialHolidays.entries(holidayYear: year) ?? [])
        if year == 2019 {
            #expect(announced.off.remove(date("2018-12-31")) != nil)
            #expect(announced.off.remove(date("2019-04-29")) != nil)
            #expect(announced.work == [date("2019-01-05"), date("2019-05-04")])
            announced.work = []
        }
        #expect(rules.off == announced.off)
        #expect(rules.work == announced.work)
    }

    @Test func statutoryYear2022() {
        let off = effect(HolidayRules.statutory(year: 2022)).off
        let expected = ["2022-01-03",                                   // 1/1 on Saturday
                        "2022-01-31", "2022-02-01", "2022-02-02", "2022-02-03", "2022-02-04",
                        "2022-04-11",                                   // Hùng Kings on Sunday 10/4
                        "2022-05-02", "2022-05-03",                     // 30/4 Saturday, 1/5 Sunday
                        "2022-09-01", "2022-09-02"]                     // 2/9 Friday + 1/9
        #expect(off == Set(expected.map(date)))
    }

    @Test("Tết takes five weekdays from 29 Tết to mùng 5", arguments: [
        (2023, "2023-01-20", "2023-01-26"), (2024, "2024-02-08", "2024-02-14"),
        (2025, "2025-01-27", "2025-02-02"), (2026, "2026-02-16", "2026-02-21"),
        (2017, "2017-01-26", "2017-02-01"),
    ])
    func tetPlacement(_ year: Int, _ first: String, _ last: String) {
        #expect(HolidayRules.tetDaysOff(lunarYear: year) == days(first, last))
    }

    @Test("National Day's adjacent day joins a weekend", arguments: [
        (2022, "2022-09-01"), (2023, "2023-09-01"), (2024, "2024-09-03"), (2025, "2025-09-01"),
        (2026, "2026-09-01"), (2027, "2027-09-03"), (2029, "2029-09-03"),
    ])
    func nationalDayAdjacent(_ year: Int, _ adjacent: String) {
        #expect(HolidayRules.nationalDayAdjacent(to: date("\(year)-09-02")) == date(adjacent))
    }

    @Test func weekendHolidaysMoveToTheNextFreeWeekday() {
        let off = effect(HolidayRules.statutory(year: 2023)).off
        // Hùng Kings 29/4 (Sat), 30/4 (Sun), 1/5 (Mon): compensations on 2/5 and 3/5.
        #expect(off.isSuperset(of: ["2023-05-01", "2023-05-02", "2023-05-03"].map(date)))
        // 1/9 (Fri) + 2/9 (Sat): compensation Monday 4/9.
        #expect(off.isSuperset(of: ["2023-09-01", "2023-09-04"].map(date)))
        // Before 2021 National Day is one day: 2/9/2017 (Sat) → Monday 4/9.
        #expect(effect(HolidayRules.statutory(year: 2017)).off.contains(date("2017-09-04")))
        #expect(!effect(HolidayRules.statutory(year: 2017)).off.contains(date("2017-09-01")))
    }

    @Test("Every statutory year loses exactly its holidays' weekdays", arguments: Array(stride(from: 1900, to: 2200, by: 50)))
    func statutoryWeekdayCounts(_ start: Int) {
        for year in start..<min(start + 50, 2200) where !(2018...2021).contains(year) {
            let weekdays = days("\(year)-01-01", "\(year)-12-31").filter { !$0.isWeekend }.count
            let holidays = year >= 2021 ? 11 : 10
            #expect(calendar.yearListing(year).workingDays == weekdays - holidays, "\(year)")
        }
    }

    @Test func outsideTheLunarRangeOnlyFixedHolidaysApply() {
        let entries = calendar.yearListing(2300).entries
        #expect(!entries.contains { $0.nameVi.contains("Tết Nguyên đán") || $0.nameVi.contains("Hùng") })
        #expect(entries.contains { $0.date == date("2300-01-01") && $0.nameVi == "Tết Dương lịch" })
        let weekdays = days("2300-01-01", "2300-12-31").filter { !$0.isWeekend }.count
        #expect(calendar.yearListing(2300).workingDays == weekdays - 5)
        let weekdays1800 = days("1800-01-01", "1800-12-31").filter { !$0.isWeekend }.count
        #expect(calendar.yearListing(1800).workingDays == weekdays1800 - 4)
    }
}

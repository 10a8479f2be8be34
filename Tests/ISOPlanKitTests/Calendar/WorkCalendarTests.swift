import Testing
@_spi(Tools) @testable import ISOPlanKit

private func date(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

/// A day-by-day reference calendar over a span of years, built straight from the holiday rules.
private struct NaiveCalendar {
    let first: Int
    let working: [Bool]

    init(years: ClosedRange<Int>, additions: CalendarAdditions = CalendarAdditions()) {
        first = HolidayRules.civil(years.lowerBound, 1, 1).dayNumber
        let last = HolidayRules.civil(years.upperBound, 12, 31).dayNumber
        var status = (first...last).map { !CalendarDate(dayNumber: $0).isWeekend }
        for y in years {
            for h in HolidayRules.entries(gregorianYear: y) where h.kind == .dayOff { status[h.date.dayNumber - first] = false }
            for h in HolidayRules.entries(gregorianYear: y) where h.kind == .workingDay { status[h.date.dayNumber - first] = true }
        }
        for d in additions.holidays where (first...last).contains(d.date.dayNumber) { status[d.date.dayNumber - first] = false }
        for d in additions.workingDays where (first...last).contains(d.date.dayNumber) { status[d.date.dayNumber - first] = true }
        working = status
    }

    var days: Range<Int> { first..<(first + working.count) }
    func isWorking(_ n: Int) -> Bool { working[n - first] }
    func count(_ a: Int, _ b: Int) -> Int { a > b ? 0 : (a...b).filter(isWorking).count }
    func next(onOrAfter n: Int) -> Int { var x = n; while !isWorking(x) { x += 1 }; return x }
    func previous(onOrBefore n: Int) -> Int { var x = n; while !isWorking(x) { x -= 1 }; return x }
}

@Suite struct WorkCalendarTests {
    /// Compares every query of `calendar` with the day-by-day reference inside its span.
    private func compare(_ calendar: WorkCalendar, _ naive: NaiveCalendar, seed: UInt64) {
        let inner = (naive.days.lowerBound + 40)..<(naive.days.upperBound - 40)
        for n in inner {
            let d = CalendarDate(dayNumber: n)
            #expect(calendar.isWorkingDay(d) == naive.isWorking(n), "\(d)")
            #expect(calendar.workingDay(onOrAfter: d).dayNumber == naive.next(onOrAfter: n), "\(d)")
            #expect(calendar.workingDay(after: d).dayNumber == naive.next(onOrAfter: n + 1), "\(d)")
            #expect(calendar.workingDay(onOrBefore: d).dayNumber == naive.previous(onOrBefore: n), "\(d)")
        }
        var rng = SplitMix64(seed: seed)
        let starts = (inner.lowerBound + 80)..<(inner.upperBound - 80)
        for _ in 0..<300 {
            let a = Int.random(in: starts, using: &rng), b = Int.random(in: inner, using: &rng)
            let (da, db) = (CalendarDate(dayNumber: a), CalendarDate(dayNumber: b))
            #expect(calendar.workingDays(from: da, through: db) == naive.count(a, b), "\(da)…\(db)")
            let signed = b >= a ? naive.count(a + 1, b) : -naive.count(b + 1, a)
            #expect(calendar.workingDaysBetween(da, db) == signed, "\(da)→\(db)")
            let k = Int.random(in: 1...30, using: &rng)
            var x = naive.next(onOrAfter: a)
            for _ in 1..<k { x = naive.next(onOrAfter: x + 1) }
            if inner.contains(x) {
                #expect(calendar.nthWorkingDay(k, from: da).dayNumber == x, "\(k) from \(da)")
                #expect(calendar.workingDays(from: da, through: CalendarDate(dayNumber: x)) == k)
            }
            var forward = a
            for _ in 0..<k { forward = naive.next(onOrAfter: forward + 1) }
            var backward = a
            for _ in 0..<k { backward = naive.previous(onOrBefore: backward - 1) }
            if inner.contains(forward) { #expect(calendar.addingWorkingDays(k, to: da).dayNumber == forward) }
            if inner.contains(backward) { #expect(calendar.addingWorkingDays(-k, to: da).dayNumber == backward) }
        }
    }

    @Test func builtInCalendarMatchesDayByDayReference() {
        compare(WorkCalendar(), NaiveCalendar(years: 2016...2023), seed: 1)
    }

    @Test("Outside 1900–2199 the periodic extension matches the rules", arguments: [
        1..<3, 1498..<1502, 1898..<1902, 2198..<2202, 2598..<2602, 5000..<5002, 9997..<9999,
    ])
    func extensionMatchesRules(_ years: Range<Int>) {
        compare(WorkCalendar(), NaiveCalendar(years: years.lowerBound...years.upperBound),
                seed: UInt64(years.lowerBound))
    }

    @Test func portfolioAdditionsMatchDayByDayReference() {
        var rng = SplitMix64(seed: 42)
        let span = date("2019-01-01").dayNumber...date("2020-12-31").dayNumber
        func some(_ count: Int, _ name: String) -> [CalendarAdditions.Day] {
            (0..<count).map { _ in .init(date: CalendarDate(dayNumber: Int.random(in: span, using: &rng)), name: name) }
        }
        var additions = CalendarAdditions(holidays: some(60, "Nghỉ"), workingDays: some(25, "Làm bù"))
        // A run of 20 days off and a conflict: a working day declared also a holiday.
        additions.holidays += (0..<20).map { .init(date: date("2020-07-01").adding(days: $0), name: "Nghỉ hè") }
        additions.holidays.append(.init(date: date("2020-11-07"), name: "Nghỉ"))
        additions.workingDays.append(.init(date: date("2020-11-07"), name: "Làm bù"))
        let calendar = WorkCalendar(additions: additions)
        compare(calendar, NaiveCalendar(years: 2018...2021, additions: additions), seed: 7)
        #expect(calendar.isWorkingDay(date("2020-11-07")))   // the working day wins
        #expect(calendar.workingDay(onOrAfter: date("2020-07-01")) >= date("2020-07-21"))
    }

    @Test func additionsChangeTheYearTotal() {
        let sat = date("2020-06-06"), wed = date("2020-06-10"), sun = date("2020-06-07")
        let calendar = WorkCalendar(additions: CalendarAdditions(
            holidays: [.init(date: wed, name: "Nghỉ"), .init(date: sun, name: "Nghỉ")],
            workingDays: [.init(date: sat, name: "Làm bù"), .init(date: date("2020-09-02"), name: "Trực")]))
        #expect(calendar.isWorkingDay(sat) && !calendar.isWorkingDay(wed) && !calendar.isWorkingDay(sun))
        #expect(calendar.isWorkingDay(date("2020-09-02")))   // a portfolio working day overrides a holiday
        let listing = calendar.yearListing(2020)
        #expect(listing.workingDays == 252 - 1 + 1 + 1)
        #expect(listing.entries.filter { $0.source == .portfolio }.count == 4)
        // A portfolio day is named as the portfolio names it, in English too.
        #expect(listing.entries.filter { $0.source == .portfolio }.allSatisfy { $0.nameEn == $0.nameVi && !$0.nameEn.isEmpty })
        #expect(CalendarRenderer.sourceVi(.portfolio) == "danh mục")
        #expect(listing.entries.map(\.date) == listing.entries.map(\.date).sorted())
    }

    @Test func spanArithmetic() {
        let calendar = WorkCalendar()
        // Tết 2020: 23/1–29/1 off.
        #expect(calendar.workingDay(onOrAfter: date("2020-01-23")) == date("2020-01-30"))
        #expect(calendar.workingDay(after: date("2020-01-22")) == date("2020-01-30"))
        #expect(calendar.workingDay(onOrBefore: date("2020-01-29")) == date("2020-01-22"))
        #expect(calendar.nthWorkingDay(1, from: date("2020-01-25")) == date("2020-01-30"))
        #expect(calendar.nthWorkingDay(0, from: date("2020-01-25")) == date("2020-01-30"))
        #expect(calendar.nthWorkingDay(3, from: date("2020-01-21")) == date("2020-01-30"))
        #expect(calendar.addingWorkingDays(0, to: date("2020-01-25")) == date("2020-01-25"))
        #expect(calendar.addingWorkingDays(1, to: date("2020-01-22")) == date("2020-01-30"))
        #expect(calendar.addingWorkingDays(-1, to: date("2020-01-30")) == date("2020-01-22"))
        #expect(calendar.workingDays(from: date("2020-12-31"), through: date("2020-01-01")) == 0)
        #expect(calendar.workingDays(from: date("2020-01-01"), through: date("2020-12-31")) == 252)
        #expect(calendar.workingDaysBetween(date("2020-12-30"), date("2020-12-31")) == 1)
        #expect(calendar.workingDaysBetween(date("2020-12-31"), date("2020-12-31")) == 0)
        #expect(calendar.workingDaysBetween(date("2021-01-04"), date("2020-12-31")) == -1)
        let span = calendar.span(from: date("2020-01-01"), through: date("2020-12-31"))
        #expect(span.workingDays == 252 && span.calendarDays == 366)
    }

    @Test func longSchedulesAndExtremeInputsStayBounded() {
        let calendar = WorkCalendar()
        let start = date("2019-01-07")
        let end = calendar.nthWorkingDay(100_000, from: start)
        #expect(calendar.workingDays(from: start, through: end) == 100_000)
        #expect(calendar.isWorkingDay(end))
        let far = calendar.nthWorkingDay(2_000_000, from: start)
        #expect(far.year > 9000)
        #expect(calendar.workingDays(from: start, through: far) == 2_000_000)
        #expect(calendar.addingWorkingDays(-1_999_999, to: far) == start)
        #expect(calendar.addingWorkingDays(-2_000_000, to: far) == date("2019-01-05"))   // a make-up Saturday
        // The 400-year cycles repeat exactly.
        let cycle = { (y: Int) in
            calendar.workingDays(from: HolidayRules.civil(y, 1, 1), through: HolidayRules.civil(y + 399, 12, 31))
        }
        #expect(cycle(2600) == cycle(2200))
        #expect(cycle(1100) == cycle(1500))
        for n in [Int.min, Int.max, -(1 << 50), 1 << 50] {
            let d = CalendarDate(dayNumber: n)
            _ = calendar.isWorkingDay(d)
            _ = calendar.workingDay(after: d)
            _ = calendar.workingDay(onOrBefore: d)
            _ = calendar.nthWorkingDay(Int.max, from: d)
            _ = calendar.addingWorkingDays(Int.min, to: d)
            _ = calendar.workingDays(from: CalendarDate(dayNumber: Int.min), through: d)
        }
    }
}

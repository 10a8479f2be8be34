import Testing
@testable import ISOPlanKit

@Suite struct CalendarDateTests {
    @Test func parsesAndFormats() throws {
        let d = try #require(CalendarDate(iso: "2020-12-31"))
        #expect(d.iso == "2020-12-31")
        #expect(d.vietnamese == "31/12/2020")
        #expect(d.weekday == 4)   // Thursday
    }

    @Test(arguments: ["2019-02-30", "2019-13-01", "2019-1-01", "20190101", "2019-02-29", "abcd-ef-gh"])
    func rejectsBadDates(_ s: String) {
        #expect(CalendarDate(iso: s) == nil)
    }

    @Test func roundTripsDayNumbers() {
        for n in stride(from: -100_000, through: 100_000, by: 37) {
            let d = CalendarDate(dayNumber: n)
            let c = d.components
            #expect(CalendarDate(year: c.year, month: c.month, day: c.day)?.dayNumber == n)
        }
        #expect(CalendarDate(iso: "1970-01-01")?.dayNumber == 0)
        #expect(CalendarDate(iso: "2020-02-29") != nil)
        #expect(CalendarDate(iso: "2018-08-10")?.weekday == 5)   // Directive 02 signed on a Friday
    }
}

import Testing
@testable import ISOPlanKit

@Suite struct ReportPeriodTests {
    @Test func parsesQuartersHalvesAndYears() throws {
        let q = try #require(ReportPeriod("2019-Q3"))
        #expect(q.start.iso == "2019-07-01" && q.end.iso == "2019-09-30")
        #expect(q.next.id == "2019-Q4")
        #expect(q.label(.vi) == "Quý III/2019")
        let h = try #require(ReportPeriod("2019-h2"))
        #expect(h.start.iso == "2019-07-01" && h.end.iso == "2019-12-31" && h.next.id == "2020-H1")
        #expect(h.label(.vi) == "6 tháng cuối năm 2019")
        let y = try #require(ReportPeriod("2020"))
        #expect(y.start.iso == "2020-01-01" && y.end.iso == "2020-12-31" && y.next.id == "2021")
        for bad in ["2019-Q5", "2019-H3", "19-Q1", "2019-Q", "2019-X1", "abcd", "2019-Q1-1"] {
            #expect(ReportPeriod(bad) == nil, "\(bad)")
        }
    }

    @Test func whoMustReport() {
        let q3 = ReportPeriod("2019-Q3")!, q4 = ReportPeriod("2019-Q4")!, h2 = ReportPeriod("2019-H2")!
        #expect(q3.isDue(for: .quarterly) && !q3.isDue(for: .halfYearly) && !q3.isDue(for: .yearly))
        #expect(q4.isDue(for: .quarterly) && q4.isDue(for: .halfYearly) && q4.isDue(for: .yearly))
        #expect(h2.isDue(for: .quarterly) && h2.isDue(for: .halfYearly))
        #expect(ReportPeriod("2019-H1")!.isDue(for: .halfYearly) && !ReportPeriod("2019-H1")!.isDue(for: .yearly))
    }
}

import Testing
@testable import ISOPlanKit
@testable import ISOPlanTestSupport

@Suite struct TimeRulesTests {
    func diagnostics(_ text: String, asOf: String) -> [Diagnostic] {
        let f = PlanLoader.loadPlan(text, file: "p.yaml")
        let context = EvaluationContext(portfolio: Portfolio(), asOf: CalendarDate(iso: asOf), today: CalendarDate(iso: "2030-01-01")!)
        return PlanChecks.timeRules(f.plan!, valid: !f.diagnostics.hasErrors, context: context)
    }

    @Test func overdueTaskIsWarnedAtTheTask() {
        // Started 2019-03-04: at the status date 2019-09-30 every unfinished task is overdue.
        let d = diagnostics(SamplePlan.valid, asOf: "2019-10-01").filter { $0.rule.raw == "overdue-task" }
        #expect(d.count == 7)
        #expect(d.first?.location?.line == 16)
        #expect(d.first?.severity == .warning)
        #expect(d.first?.message.contains("'danh-gia' was planned to end on 2019-04-05") == true)
        #expect(diagnostics(Self.recent, asOf: "2019-10-01").isEmpty)
    }

    /// The sample plan started 2019-09-02: nothing is overdue at its status date.
    static let recent = SamplePlan.valid.replacingOccurrences(of: "start: 2019-03-04", with: "start: 2019-09-02")

    @Test func staleAndFutureStatusDates() {
        let stale = diagnostics(Self.recent, asOf: "2020-01-15").map(\.rule.raw)
        #expect(stale == ["stale-status"])   // ministry unit: quarterly, fresh since 2019-10-15
        let future = diagnostics(Self.recent, asOf: "2019-09-01").map(\.rule.raw)
        #expect(future == ["status-date-in-future"])
    }
}

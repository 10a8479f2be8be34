import Testing
@testable import ISOPlanKit

/// An agency's or a task's progress is a whole percent that reads 100 only when everything
/// is done, in every text output (docs/output-conventions.md).
@Suite struct ProgressPercentTests {
    @Test func almostDoneIsNot100Percent() {
        #expect(NumberText.progress(99.6, .en) == "99%")
        #expect(NumberText.progress(99.6, .vi) == "99 %")
        #expect(NumberText.progress(100, .en) == "100%")
        #expect(NumberText.progress(30.4, .en) == "30%")
        #expect(NumberText.progress(0.4, .vi) == "0 %")
    }

    @Test func theRiskTableAgrees() {
        let context = EvaluationContext(portfolio: Portfolio(), asOf: CalendarDate(iso: "2019-07-01"),
                                        today: CalendarDate(iso: "2026-01-01")!)
        var a = PortfolioRisk.evaluate(PlanLoader.loadPlan(RiskRuleTests.plan(), file: "a.yaml"), context: context)
        #expect(a.level != nil && a.level != .done)
        a.progress = 99.6
        #expect(RiskTextRenderer.row(a, a.name, .en)[2] == "99%")
        #expect(RiskTextRenderer.row(a, a.name, .vi)[2] == "99 %")
    }
}

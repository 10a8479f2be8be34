import Testing
@testable import ISOPlanKit
@testable import ISOPlanTestSupport

/// The timeline's and risk's JSON are written by hand for speed; they must stay byte-identical
/// to what Foundation's JSONEncoder writes for the same document.
@Suite struct TimelineJSONWriterTests {
    static func entry(_ text: String, file: String = "plan.yaml", risk: RiskLevel? = .atRisk) throws -> TimelineEntry {
        let f = PlanLoader.loadPlan(text, file: file)
        let plan = try #require(f.plan, "\(f.diagnostics)")
        let schedule = Scheduler.schedule(plan, calendar: WorkCalendar(), deadline: Portfolio.defaultDeadline)
        return TimelineEntry(plan: plan, schedule: schedule, risk: risk)
    }

    @Test func matchesJSONEncoderWithAwkwardText() throws {
        let awkward = SamplePlan.valid
            .replacingOccurrences(of: "title: Đào tạo,", with: #"title: "q \"x\" \\ / \t \u0001 \u001F é 😀 \u2028","#)
            .replacingOccurrences(of: "name: Cục Việc làm", with: #"name: "Cục \"Việc\" làm\n""#)
        let entries = [try Self.entry(awkward), try Self.entry(SamplePlan.valid, file: "b.yaml", risk: nil)]
        #expect(TimelineJSONRenderer.render(entries) == TimelineJSONRenderer.foundationRender(entries))
        #expect(TimelineJSONRenderer.render([]) == TimelineJSONRenderer.foundationRender([]))
        #expect(TimelineJSONRenderer.render(Array(entries.prefix(1))) == TimelineJSONRenderer.foundationRender(Array(entries.prefix(1))))
    }

    @Test func riskMatchesJSONEncoder() {
        let awkward = RiskRuleTests.plan(statusDate: "2019-06-28", progress: RiskRuleTests.fourDone, doneOn: RiskRuleTests.fourDoneOn)
            .replacingOccurrences(of: "name: Cục Thử nghiệm", with: #"name: "Cục \"Thử\" nghiệm\t/ é""#)
        let context = EvaluationContext(portfolio: Portfolio(), asOf: CalendarDate(iso: "2019-07-01"),
                                        today: CalendarDate(iso: "2026-01-01")!)
        let agencies = [
            PortfolioRisk.evaluate(PlanLoader.loadPlan(awkward, file: "a \"1\".yaml"), context: context),
            PortfolioRisk.evaluate(PlanLoader.loadPlan(RiskRuleTests.plan(), file: "b.yaml"), context: context),
            PortfolioRisk.evaluate(PlanLoader.loadPlan("version: [", file: "c.yaml"), context: context),
        ]
        #expect(agencies[0].name.contains("\""))
        for list in [agencies, [], Array(agencies.prefix(1))] {
            let risk = PortfolioRisk(portfolio: Portfolio(), asOf: context.asOf,
                                     agencies: list, diagnostics: [], couldNotRun: false)
            for language in [Language.vi, .en] {
                let o = ReportOptions(language: language)
                #expect(RiskJSONRenderer.render(risk, o) == RiskJSONRenderer.foundationRender(risk, o))
            }
        }
    }

    @Test func numbersAsJSONEncoderWritesThem() {
        #expect(JSONText.number(100) == "100")
        #expect(JSONText.number(57.5) == "57.5")
        #expect(JSONText.number(-0.0) == "-0")
        #expect(JSONText.number(1e-7) == "1e-07")
        #expect(JSONText.number(.nan) == nil)
    }
}

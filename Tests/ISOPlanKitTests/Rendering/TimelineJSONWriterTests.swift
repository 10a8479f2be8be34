import Testing
@testable import ISOPlanKit

/// The timeline's JSON is written by hand for speed; it must stay byte-identical to what
/// Foundation's JSONEncoder writes for the same document.
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
        #expect(TimelineJSON.render(entries) == TimelineJSON.foundationRender(entries))
        #expect(TimelineJSON.render([]) == TimelineJSON.foundationRender([]))
        #expect(TimelineJSON.render(Array(entries.prefix(1))) == TimelineJSON.foundationRender(Array(entries.prefix(1))))
    }

    @Test func numbersAsJSONEncoderWritesThem() {
        #expect(JSONText.number(100) == "100")
        #expect(JSONText.number(57.5) == "57.5")
        #expect(JSONText.number(-0.0) == "-0")
        #expect(JSONText.number(1e-7) == "1e-07")
        #expect(JSONText.number(.nan) == nil)
    }
}

import Testing
@testable import ISOPlanKit
@testable import ISOPlanTestSupport

/// One small plan per risk rule (plan-format.md "Risk levels").
@Suite struct RiskRuleTests {
    /// A chain of the nine required steps, 5 working days each, starting 2019-06-03 (no
    /// holidays until 2/9), so it plans to end on 2019-08-02.
    static func plan(statusDate: String = "2019-05-31", progress: [Int] = [], deadline: String? = nil,
                     drop: Set<String> = [], durations: [String: Int] = [:], type: String = "ministry-unit",
                     doneOn: [String: String] = [:]) -> String {
        let steps = ["steering-committee", "training", "gap-analysis", "documentation", "apply", "internal-audit",
                     "management-review", "announcement", "notification"].filter { !drop.contains($0) }
        var text = """
        version: 1
        agency: {id: thu-nghiem, name: Cục Thử nghiệm, type: \(type)\(type == "provincial-department" ? ", province: Hà Nội" : "")}
        baseline: {standard: TCVN ISO 9001:2008, announced: 2015-06-01, procedures_in_scope: 10}
        target: {standard: TCVN ISO 9001:2015\(deadline.map { ", deadline: \($0)" } ?? "")}
        start: 2019-06-03
        status_date: \(statusDate)
        tasks:

        """
        for (i, s) in steps.enumerated() {
            let p = i < progress.count ? progress[i] : 0
            var line = "  - {id: \(s), title: \(s), step: \(s), duration: \(durations[s] ?? 5), progress: \(p)"
            if i > 0 { line += ", after: [\(steps[i - 1])]" }
            if let d = doneOn[s] { line += ", done_on: \(d)" }
            text += line + "}\n"
        }
        return text
    }

    static func evaluate(_ text: String, asOf: String = "2019-07-01", portfolio: Portfolio = Portfolio()) -> AgencyRisk {
        let f = PlanLoader.loadPlan(text, file: "plan.yaml")
        let context = EvaluationContext(portfolio: portfolio, asOf: CalendarDate(iso: asOf), today: CalendarDate(iso: "2026-01-01")!)
        return PortfolioRisk.evaluate(f, context: context)
    }

    func rules(_ a: AgencyRisk) -> [String] { a.reasons.map(\.rule.raw) }

    /// Progress figures consistent with the status date 2019-06-28: four steps done.
    static let fourDone = [100, 100, 100, 100]
    static let fourDoneOn = ["steering-committee": "2019-06-07", "training": "2019-06-14",
                             "gap-analysis": "2019-06-21", "documentation": "2019-06-28"]

    @Test func onTrackWithEnoughSlack() {
        let a = Self.evaluate(Self.plan())
        #expect(a.level == .onTrack)
        #expect(rules(a) == ["on-schedule"])
        #expect(a.projectedFinish?.iso == "2019-08-02")
    }

    @Test func doneWhenEveryTaskIsComplete() {
        var done = Self.fourDoneOn
        for (s, d) in [("apply", "2019-06-24"), ("internal-audit", "2019-06-25"), ("management-review", "2019-06-26"),
                       ("announcement", "2019-06-27"), ("notification", "2019-06-28")] { done[s] = d }
        let a = Self.evaluate(Self.plan(statusDate: "2019-06-28", progress: Array(repeating: 100, count: 9), doneOn: done))
        #expect(a.level == .done)
        #expect(rules(a) == ["completed"])
        #expect(a.projectedFinish?.iso == "2019-06-28")
    }

    @Test func lateFinishIsWillMissWithWorkingDaysAndLocation() {
        let a = Self.evaluate(Self.plan(deadline: "2019-07-25"))
        #expect(a.level == .willMiss)
        let late = a.reasons.first { $0.rule.raw == "late-finish" }
        #expect(late?.finding == .lateFinish(finish: CalendarDate(iso: "2019-08-02")!, deadline: CalendarDate(iso: "2019-07-25")!, workingDays: 6))
        #expect(late?.location?.line == 16)   // the last task of the critical path
        #expect(rules(a).contains("announcement-after-deadline"))
    }

    @Test func pastDeadlineWhenNotDone() {
        let a = Self.evaluate(Self.plan(statusDate: "2019-06-28", progress: Self.fourDone, deadline: "2019-08-30",
                                        doneOn: Self.fourDoneOn), asOf: "2019-09-05")
        #expect(a.level == .willMiss)
        #expect(rules(a) == ["past-deadline"])
    }

    @Test func announcementNotPlannedIsAtRisk() {
        let a = Self.evaluate(Self.plan(drop: ["announcement"]))
        #expect(a.level == .atRisk)
        #expect(rules(a) == ["announcement-not-planned"])
    }

    @Test func lowSlackIsAtRisk() {
        // Plan ends 2019-08-02; deadline ten working days later: slack 10 < 20.
        let a = Self.evaluate(Self.plan(statusDate: "2019-06-28", progress: Self.fourDone, deadline: "2019-08-16",
                                        doneOn: Self.fourDoneOn))
        #expect(a.level == .atRisk)
        #expect(rules(a) == ["low-slack"])
        #expect(a.slackDays == 10)
    }

    @Test func overdueTaskIsAtRisk() {
        let a = Self.evaluate(Self.plan(statusDate: "2019-06-28", progress: [100, 100, 40], doneOn: ["steering-committee": "2019-06-07", "training": "2019-06-14"]))
        #expect(a.level == .atRisk)
        #expect(rules(a) == ["overdue-task"])
        #expect(a.reasons[0].location?.line == 10)
    }

    @Test func missingRequiredStepIsAtRisk() {
        let a = Self.evaluate(Self.plan(drop: ["training"]))
        #expect(a.level == .atRisk)
        #expect(rules(a) == ["missing-step"])
        #expect(a.reasons[0].finding == .missingStep(.training))
    }

    @Test func staleStatusIsAtRisk() {
        let ministry = Self.evaluate(Self.plan(statusDate: "2019-06-03"), asOf: "2019-10-01")
        #expect(ministry.level == .atRisk)
        #expect(rules(ministry).contains("stale-status"))
        let province = Self.evaluate(Self.plan(statusDate: "2019-06-03", type: "provincial-department"), asOf: "2019-10-01")
        #expect(!rules(province).contains("stale-status"))
    }

    @Test func planWithErrorsIsReportedAsInvalid() {
        let a = Self.evaluate(Self.plan().replacingOccurrences(of: "status_date: 2019-05-31", with: "status_date: 2019-06-31"))
        #expect(a.level == nil)
        #expect(rules(a) == ["invalid-plan"])
        #expect(a.reasons[0].location?.line == 6)
    }

    @Test func failOnCountsInvalidPlansAndLevels() {
        let ok = Self.evaluate(Self.plan())
        let late = Self.evaluate(Self.plan(deadline: "2019-07-26"))
        var p = PortfolioRisk(portfolio: Portfolio(), asOf: CalendarDate(iso: "2019-07-01")!, agencies: [ok], diagnostics: [], couldNotRun: false)
        #expect(!p.hasAgency(atOrAbove: .atRisk))
        p.agencies.append(late)
        #expect(p.hasAgency(atOrAbove: .willMiss))
        #expect(p.summary.inTime == 1 && p.summary.total == 2)
    }
}

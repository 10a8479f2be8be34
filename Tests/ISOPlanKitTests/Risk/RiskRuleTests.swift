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

    /// Evaluates at `asOf`, by default on the plan's own status date (the classic rule, so each
    /// test sees only the rule it is about).
    static func evaluate(_ text: String, asOf: String? = nil, portfolio: Portfolio = Portfolio()) -> AgencyRisk {
        let f = PlanLoader.loadPlan(text, file: "plan.yaml")
        let status = text.split(separator: "\n").first { $0.hasPrefix("status_date: ") }.map { String($0.dropFirst(13)) }
        let day = (asOf ?? status).flatMap { CalendarDate(iso: $0) }
        let context = EvaluationContext(portfolio: portfolio, asOf: day, today: CalendarDate(iso: "2026-01-01")!)
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
        // Nothing reported done since 28/06 is assumed done: the rest starts after 05/09.
        #expect(rules(a) == ["late-finish", "past-deadline", "announcement-after-deadline", "must-start-soon"])
        #expect(a.projectedFinish.map { $0 > CalendarDate(iso: "2019-09-05")! } == true)
    }

    @Test func mustStartSoonNamesTheFirstTaskAndCountsTheOthers() {
        // Ends 02/08, deadline 16/08: each task may start 10 working days late. Evaluated on
        // 31/05 with a threshold of 20 working days (up to 28/06): steering-committee (latest
        // start 17/06) and training (24/06) qualify; gap-analysis (01/07) does not.
        let a = Self.evaluate(Self.plan(deadline: "2019-08-16"))
        #expect(a.level == .atRisk)
        #expect(rules(a) == ["low-slack", "must-start-soon"])
        let reason = a.reasons.first { $0.rule.raw == "must-start-soon" }
        #expect(reason?.finding == .mustStartSoon(task: "steering-committee", latestStart: CalendarDate(iso: "2019-06-17")!,
                                                  projectedStart: CalendarDate(iso: "2019-06-03")!, more: 1))
        #expect(reason?.location?.line == 8)
        #expect(reason.map { RiskText.message($0, .en) } == "task 'steering-committee' must start by 17/06/2019 to meet the "
                + "deadline; it is projected to start 03/06/2019 (and 1 more not-started task close to its latest start)")
        #expect(a.nextMustStart?.task == "steering-committee")
        #expect(a.nextMustStart?.date == CalendarDate(iso: "2019-06-17"))
    }

    @Test func mustStartSoonIgnoresStartedTasksAndFarLatestStarts() {
        let a = Self.evaluate(Self.plan(statusDate: "2019-06-28", progress: Self.fourDone, doneOn: Self.fourDoneOn))
        #expect(!rules(a).contains("must-start-soon"))
        #expect(a.nextMustStart?.task == "apply")
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
        // 'apply' may start at most 10 working days late: it also must start soon.
        #expect(rules(a) == ["low-slack", "must-start-soon"])
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

import Testing
@testable import ISOPlanKit
@testable import ISOPlanTestSupport

@Suite struct ChecklistDatesTests {
    typealias F = ChecklistFixtures

    func dates(_ tasks: String, statusDate: String = "2019-09-30") throws -> [String: Checklist.TaskDates] {
        let text = F.small(tasks: tasks).replacingOccurrences(of: "status_date: 2019-09-30",
                                                              with: "status_date: \(statusDate)")
        let plan = try F.plan(text)
        return Checklist.taskDates(F.schedule(plan), plan: plan)
    }

    @Test func plannedDatesFollowDurationsAndPredecessors() throws {
        let d = try dates("""
          - {id: a, title: A, step: steering-committee, duration: 5, progress: 100, done_on: 2019-07-05}
          - {id: b, title: B, step: training, after: [a], duration: 2w}
          - {id: m, title: M, step: announcement, after: [b], duration: 0}
          - {id: c, title: C, step: notification, after: [m], end: 2019-08-03}
        """, statusDate: "2019-07-05")
        #expect(d["a"]?.plannedEnd.iso == "2019-07-05")        // Mon 1/7 … Fri 5/7
        #expect(d["b"]?.plannedEnd.iso == "2019-07-19")        // Mon 8/7 + 10 working days
        #expect(d["m"]?.plannedEnd.iso == "2019-07-19")        // a milestone falls on its predecessor's end
        #expect(d["c"]?.plannedEnd.iso == "2019-08-02")        // Saturday 3/8 moves back to Friday
        #expect(d["b"]?.workingDays == 10)
        #expect(d["c"]?.workingDays == 10)                     // Mon 22/7 … Fri 2/8
        #expect(d["a"]?.projectedEnd.iso == "2019-07-05")      // done_on
    }

    @Test func projectionFollowsTheFormatExample() throws {
        // plan-format.md §9: 20 working days at 60 % on Mon 30/9/2019 → 8 days, Tue 1/10 … Thu 10/10.
        let d = try dates("""
          - {id: a, title: A, step: apply, start: 2019-09-02, duration: 20, progress: 60}
          - {id: b, title: B, step: internal-audit, after: [a], duration: 2}
          - {id: m, title: M, step: announcement, after: [a], duration: 0}
        """)
        #expect(d["a"]?.plannedEnd.iso == "2019-09-30")        // Mon 2/9 is National Day: Tue 3/9 … Mon 30/9
        #expect(d["a"]?.projectedEnd.iso == "2019-10-10")
        #expect(d["b"]?.projectedEnd.iso == "2019-10-14")
        #expect(d["m"]?.projectedEnd.iso == "2019-10-10")
    }

    @Test func unfinishedWorkNeverEndsOnOrBeforeTheStatusDate() throws {
        let d = try dates("""
          - {id: a, title: A, step: apply, start: 2019-07-01, duration: 5}
          - {id: m, title: M, step: announcement, start: 2019-07-01, duration: 0}
        """)
        #expect(d["a"]?.plannedEnd.iso == "2019-07-05")
        #expect(d["a"]?.projectedEnd.iso == "2019-10-07")      // Tue 1/10 + 5 working days
        #expect(d["m"]?.projectedEnd.iso == "2019-10-01")
    }

    @Test func aCycleGetsNoDatesAndDoesNotHang() throws {
        let text = F.small(tasks: """
          - {id: a, title: A, step: apply, after: [b], duration: 5}
          - {id: b, title: B, step: apply, after: [a], duration: 5}
          - {id: c, title: C, step: training, duration: 5}
        """)
        let file = PlanLoader.loadPlan(text, file: "cycle.yaml")
        let plan = try #require(file.plan)
        let d = Checklist.taskDates(F.schedule(plan), plan: plan)
        #expect(d["a"] == nil && d["b"] == nil)
        #expect(d["c"]?.plannedEnd.iso == "2019-07-05")
    }
}

import Testing
@testable import ISOPlanKit
@testable import ISOPlanTestSupport

/// Dependency order, critical path and invalid plans.
@Suite struct SchedulerGraphTests {
    @Test func orderIsStableTopological() {
        let p = plan(tasks: [task("c", duration: 1, after: ["b"]), task("b", duration: 1, after: ["a"]),
                             task("a", duration: 1), task("z", duration: 1)])
        #expect(scheduled(p).order == [2, 1, 0, 3])
    }

    @Test func criticalPathFollowsDrivingPredecessors() {
        let p = plan(tasks: [task("a", duration: 5), task("b", duration: 3, after: ["a"]),
                             task("c", duration: 1), task("d", duration: 2, after: ["c", "b"])])
        let s = scheduled(p)
        #expect(s.criticalPath == [0, 1, 3])
        #expect(s.task(id: "b", in: p).isCritical)
        #expect(!s.task(id: "c", in: p).isCritical)
        #expect(s.projectedFinish == day("2019-01-18"))
    }

    @Test func criticalPathTiesGoToEarliestInPlan() {
        let p = plan(tasks: [task("x", duration: 2), task("y", duration: 2),
                             task("z", duration: 1, after: ["y", "x"])])
        #expect(scheduled(p).criticalPath == [0, 2])
    }

    @Test func closingMilestoneEndsTheCriticalPath() {
        let p = plan(tasks: [task("m", duration: 0, after: ["a"]), task("a", duration: 3)])
        #expect(scheduled(p).criticalPath == [1, 0])
    }

    @Test func criticalPathStopsAtFixedStartAndStatusDate() {
        let p = plan(status: "2019-10-31", tasks: [
            task("a", start: "2019-01-07", duration: 5, progress: 100),
            task("b", start: "2019-03-04", duration: 5, after: ["a"], progress: 100),
            task("c", duration: 5, after: ["b"]),
            task("d", duration: 5, after: ["c"])])
        // c is overdue: its remaining work is set by the status date.
        #expect(scheduled(p).criticalPath == [2, 3])
        let q = plan(status: "2019-01-01", tasks: [
            task("a", start: "2019-01-07", duration: 5),
            task("b", start: "2019-03-04", duration: 5, after: ["a"])])
        #expect(scheduled(q).criticalPath == [1])
    }

    @Test func cyclesAreSkippedAndReported() {
        let p = plan(tasks: [task("a", duration: 1, after: ["b"]), task("b", duration: 1, after: ["a"]),
                             task("c", duration: 1, after: ["a"]), task("d", duration: 3)])
        let s = scheduled(p)
        #expect(s.tasks.map(\.index) == [3])
        #expect(s.issues == [0, 1, 2].map { ScheduleIssue(task: $0, kind: .cycle) })
        #expect(s.task(0) == nil)
        #expect(s.criticalPath == [3])
    }

    @Test func unknownIdsAndMissingStartsAreReported() {
        let p = plan(start: nil, tasks: [
            task("a", start: "2019-01-07", duration: 1, after: ["nope"]),
            task("b", duration: 1), task("c", duration: 1, after: ["b"]),
            task("a", duration: 1), task("e", start: "2019-01-07"),
            task("f", start: "2019-01-07", duration: -3)])
        let s = scheduled(p)
        #expect(s.issues == [
            ScheduleIssue(task: 0, kind: .unknownPredecessor("nope")),
            ScheduleIssue(task: 1, kind: .noStart),
            ScheduleIssue(task: 2, kind: .unplacedPredecessor(1)),
            ScheduleIssue(task: 3, kind: .duplicateID),
            ScheduleIssue(task: 3, kind: .noStart),
            ScheduleIssue(task: 4, kind: .noDuration),
            ScheduleIssue(task: 5, kind: .durationOutOfRange)])
        #expect(s.tasks.map(\.index) == [0, 4, 5])
        #expect(s.task(4)?.isMilestone == true)
    }

    @Test func absurdDatesStayWithinTheCalendarRange() {
        let p = plan(start: "9999-01-04", status: "9999-01-04", tasks: [
            task("a", start: "9999-12-20", duration: 99_999),
                             task("b", duration: 5, after: ["a"])])
        let s = scheduled(p, deadline: "9999-12-31")
        #expect(s.tasks.count == 2)
        #expect(s.projectedFinish == day("9999-12-31"))
    }

    @Test func emptyPlanHasNoDates() {
        let s = scheduled(plan(tasks: []))
        #expect(s.tasks.isEmpty)
        #expect(s.projectedFinish == s.statusDate)
        #expect(s.criticalPath.isEmpty)
        #expect(s.progress == 0)
    }
}

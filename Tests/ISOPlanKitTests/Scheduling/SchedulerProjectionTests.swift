import Testing
@testable import ISOPlanKit
@testable import ISOPlanTestSupport

/// plan-format.md "Progress and projection", evaluated at the status date.
@Suite struct SchedulerProjectionTests {
    @Test func completeTaskEndsOnDoneOn() {
        let p = plan(tasks: [task("a", duration: 5, progress: 100, doneOn: "2019-01-15")])
        let t = scheduled(p).task(id: "a", in: p)
        #expect(t.projectedStart == day("2019-01-07"))
        #expect(t.projectedEnd == day("2019-01-15"))
        #expect(t.doneThrough == day("2019-01-15"))
        #expect(t.remainingDays == 0)
        #expect(t.slipDays == 2)
    }

    @Test func completeTaskWithoutDoneOnEndsOnPlannedEnd() {
        let p = plan(tasks: [task("a", duration: 5, progress: 100)])
        let t = scheduled(p).task(id: "a", in: p)
        #expect(t.projectedEnd == day("2019-01-11"))
        #expect(t.slipDays == 0)
    }

    @Test func completeBeforePlannedStartShiftsTheBarBack() {
        let p = plan(status: "2019-03-01", tasks: [
            task("a", start: "2019-02-18", duration: 3, progress: 100, doneOn: "2019-01-30")])
        let t = scheduled(p).task(id: "a", in: p)
        #expect(t.projectedStart == day("2019-01-28"))
        #expect(t.projectedEnd == day("2019-01-30"))
        #expect(t.slipDays < 0)
    }

    @Test func inProgressWorkResumesAfterStatusDate() {
        let p = plan(status: "2019-10-31", tasks: [
            task("a", start: "2019-10-07", duration: 20, progress: 40)])
        let t = scheduled(p).task(id: "a", in: p)
        #expect(t.remainingDays == 12)
        #expect(t.plannedEnd == day("2019-11-01"))
        #expect(t.projectedStart == day("2019-10-07"))
        #expect(t.doneThrough == day("2019-10-16"))
        #expect(t.projectedEnd == day("2019-11-18"))   // 12 working days from Fri 1/11
        #expect(t.slipDays == 11)
        #expect(t.drivenBy == .statusDate)
    }

    @Test func remainingDaysRoundUp() {
        let p = plan(status: "2019-01-06", tasks: [task("a", duration: 3, progress: 50)])
        #expect(scheduled(p).task(id: "a", in: p).remainingDays == 2)
    }

    @Test func overdueUnstartedTaskStartsAfterStatusDate() {
        let p = plan(status: "2019-10-31", tasks: [task("b", start: "2019-10-01", duration: 5)])
        let t = scheduled(p).task(id: "b", in: p)
        #expect(t.projectedStart == day("2019-11-01"))
        #expect(t.projectedEnd == day("2019-11-07"))
        #expect(t.doneThrough == nil)
        #expect(t.drivenBy == .statusDate)
    }

    @Test func successorsFollowProjectedPredecessors() {
        let p = plan(status: "2019-10-31", tasks: [
            task("a", start: "2019-10-07", duration: 20),
            task("b", duration: 5, after: ["a"]),
            task("m", duration: 0, after: ["a"])])
        let s = scheduled(p)
        #expect(s.task(id: "a", in: p).projectedEnd == day("2019-11-28"))
        #expect(s.task(id: "b", in: p).plannedStart == day("2019-11-04"))
        #expect(s.task(id: "b", in: p).projectedStart == day("2019-11-29"))
        #expect(s.task(id: "b", in: p).projectedEnd == day("2019-12-05"))
        #expect(s.task(id: "b", in: p).drivenBy == .predecessor(0))
        #expect(s.task(id: "m", in: p).projectedEnd == day("2019-11-28"))
    }

    @Test func incompleteMilestoneCannotFallOnOrBeforeStatusDate() {
        let p = plan(status: "2019-10-31", tasks: [
            task("m", start: "2019-10-10", duration: 0),
            task("n", start: "2019-10-10", duration: 0, progress: 100, doneOn: "2019-10-11")])
        let s = scheduled(p)
        #expect(s.task(id: "m", in: p).projectedEnd == day("2019-11-01"))
        #expect(s.task(id: "n", in: p).projectedEnd == day("2019-10-11"))
        #expect(s.task(id: "n", in: p).projectedStart == day("2019-10-11"))
    }

    @Test func startedTaskPlannedInTheFutureKeepsItsPlannedStart() {
        let p = plan(status: "2019-10-31", tasks: [
            task("a", start: "2019-11-11", duration: 10, progress: 20)])
        let t = scheduled(p).task(id: "a", in: p)
        #expect(t.projectedStart == day("2019-11-11"))
        #expect(t.projectedEnd == day("2019-11-20"))
        #expect(t.doneThrough == nil)
        #expect(t.drivenBy == .fixedStart)
    }

    @Test func finishAndSlackInWorkingDays() {
        let early = plan(status: "2020-12-01", tasks: [task("a", start: "2020-12-24", duration: 1)])
        #expect(scheduled(early).projectedFinish == day("2020-12-24"))
        #expect(scheduled(early).slackDays == 5)
        #expect(scheduled(early, deadline: "2020-12-24").slackDays == 0)
        #expect(scheduled(early, deadline: "2020-12-18").slackDays == -4)
    }

    @Test func progressIsDurationWeighted() {
        let p = plan(tasks: [task("a", duration: 10, progress: 100), task("b", duration: 30),
                             task("m", duration: 0, progress: 0)])
        #expect(scheduled(p).progress == 25)
        let q = plan(tasks: [task("m", duration: 0, progress: 100), task("n", duration: 0)])
        #expect(scheduled(q).progress == 50)
    }

    @Test func documentedRemainingWorkExample() {
        // docs/plan-format.md §9: 20 working days at 60 % on Mon 30/9/2019 → Tue 1/10 to Thu 10/10.
        let p = plan(status: "2019-09-30", tasks: [task("a", start: "2019-09-09", duration: 20, progress: 60)])
        let t = scheduled(p).task(id: "a", in: p)
        #expect(t.remainingDays == 8)
        #expect(t.projectedEnd == day("2019-10-10"))
    }

    @Test func documentedSlackExample() {
        let p = plan(status: "2020-12-01", tasks: [task("a", start: "2020-12-10", duration: 1)])
        #expect(scheduled(p).slackDays == 15)
    }

    @Test func earlyDoneOnLetsSuccessorsMoveEarlier() {
        let p = plan(status: "2019-01-11", tasks: [
            task("a", duration: 10, progress: 100, doneOn: "2019-01-11"),
            task("b", duration: 5, after: ["a"])])
        let b = scheduled(p).task(id: "b", in: p)
        #expect(b.plannedStart == day("2019-01-21"))
        #expect(b.projectedStart == day("2019-01-14"))
        #expect(b.slipDays == -5)
    }

    @Test func planThatStartsAfterStatusDateIsProjectedFromItsStart() {
        let p = plan(start: "2019-03-04", status: "2019-01-04", tasks: [
            task("a", duration: 5), task("b", duration: 5, after: ["a"])])
        let s = scheduled(p)
        #expect(s.task(id: "a", in: p).projectedStart == day("2019-03-04"))
        #expect(s.task(id: "a", in: p).drivenBy == .planStart)
        #expect(s.projectedFinish == day("2019-03-15"))
    }
}

import Testing
@testable import ISOPlanKit
@testable import ISOPlanTestSupport

/// plan-format.md "Time": durations, starts, predecessors, milestones, `end` dates.
@Suite struct SchedulerTimeTests {
    @Test func durationEndsOnTheNthWorkingDayInclusive() {
        let p = plan(tasks: [task("a", start: "2019-01-07", duration: 5),
                             task("b", start: "2019-01-10", duration: 3)])
        let s = scheduled(p)
        #expect(s.task(id: "a", in: p).plannedEnd == day("2019-01-11"))
        #expect(s.task(id: "b", in: p).plannedEnd == day("2019-01-14"))   // Thu, Fri, Mon
    }

    @Test func startOnNonWorkingDayMovesToNextWorkingDay() {
        let p = plan(tasks: [task("a", start: "2019-01-12", duration: 1)])
        let t = scheduled(p).task(id: "a", in: p)
        #expect(t.plannedStart == day("2019-01-14"))
        #expect(t.plannedEnd == day("2019-01-14"))
    }

    @Test func holidaysAreSkippedAndMakeUpDaysCount() {
        let p = plan(tasks: [task("a", start: "2019-01-07", duration: 5),
                             task("b", start: "2019-01-07", duration: 6)])
        let s = scheduled(p, holidays: ["2019-01-09"], workingDays: ["2019-01-12"])
        #expect(s.task(id: "a", in: p).plannedEnd == day("2019-01-12"))   // 7 8 10 11 12
        #expect(s.task(id: "b", in: p).plannedEnd == day("2019-01-14"))
    }

    @Test func predecessorsStartTheNextWorkingDayAfterTheLatestEnd() {
        let p = plan(tasks: [task("a", duration: 5), task("b", duration: 2),
                             task("c", duration: 1, after: ["b", "a"])])
        let c = scheduled(p).task(id: "c", in: p)
        #expect(c.plannedStart == day("2019-01-14"))
        #expect(c.drivenBy == .predecessor(0))
    }

    @Test func fixedStartLaterThanPredecessorEndWins() {
        let p = plan(tasks: [task("a", duration: 5),
                             task("b", start: "2019-01-21", duration: 2, after: ["a"]),
                             task("c", start: "2019-01-08", duration: 2, after: ["a"])])
        let s = scheduled(p)
        #expect(s.task(id: "b", in: p).plannedStart == day("2019-01-21"))
        #expect(s.task(id: "b", in: p).drivenBy == .fixedStart)
        #expect(s.task(id: "c", in: p).plannedStart == day("2019-01-14"))
        #expect(s.task(id: "c", in: p).drivenBy == .predecessor(0))
    }

    @Test func taskWithNeitherStartNorAfterUsesPlanStart() {
        let p = plan(start: "2019-03-02", tasks: [task("a", duration: 2)])
        let t = scheduled(p).task(id: "a", in: p)
        #expect(t.plannedStart == day("2019-03-04"))
        #expect(t.drivenBy == .planStart)
    }

    @Test func milestoneFallsOnItsStartDay() {
        let p = plan(tasks: [task("m", start: "2019-01-09", duration: 0)])
        let m = scheduled(p).task(id: "m", in: p)
        #expect(m.isMilestone)
        #expect(m.plannedStart == day("2019-01-09"))
        #expect(m.plannedEnd == day("2019-01-09"))
    }

    @Test func milestoneAfterPredecessorFallsOnItsEndDay() {
        let p = plan(tasks: [task("a", duration: 5), task("m", duration: 0, after: ["a"]),
                             task("b", duration: 1, after: ["m"])])
        let s = scheduled(p)
        #expect(s.task(id: "m", in: p).plannedStart == day("2019-01-11"))
        #expect(s.task(id: "m", in: p).plannedEnd == day("2019-01-11"))
        #expect(s.task(id: "b", in: p).plannedStart == day("2019-01-14"))
    }

    @Test func endDateGivesTheDurationInWorkingDays() {
        let p = plan(tasks: [task("a", start: "2019-01-07", end: "2019-01-18"),
                             task("b", start: "2019-01-07", end: "2019-01-19")])
        let s = scheduled(p)
        #expect(s.task(id: "a", in: p).plannedEnd == day("2019-01-18"))
        #expect(s.task(id: "a", in: p).durationDays == 10)
        // A Saturday end moves back to Friday.
        #expect(s.task(id: "b", in: p).plannedEnd == day("2019-01-18"))
        #expect(s.task(id: "b", in: p).durationDays == 10)
    }

    @Test func endDateOnHolidayMovesBackToPreviousWorkingDay() {
        let p = plan(tasks: [task("a", start: "2019-01-07", end: "2019-01-18")])
        let t = scheduled(p, holidays: ["2019-01-18"]).task(id: "a", in: p)
        #expect(t.plannedEnd == day("2019-01-17"))
        #expect(t.durationDays == 9)
    }

    @Test func endDateBeforeAPushedStartLastsOneDay() {
        let p = plan(tasks: [task("a", duration: 10),
                             task("b", end: "2019-01-15", after: ["a"])])
        let b = scheduled(p).task(id: "b", in: p)
        #expect(b.plannedStart == day("2019-01-21"))
        #expect(b.plannedEnd == day("2019-01-21"))
        #expect(b.durationDays == 1)
    }
}

import Testing
@testable import ISOPlanKit
@testable import ISOPlanTestSupport

/// Rules that need the built-in Vietnamese holidays (Tết 2020: Thu 23/1 – Wed 29/1/2020).
@Suite struct SchedulerRealCalendarTests {
    @Test func taskCrossingTet2020SkipsTheSevenDaysOff() {
        let p = plan(start: "2020-01-20", status: "2020-01-10",
                     tasks: [task("a", duration: 10)])
        let t = scheduled(p).task(id: "a", in: p)
        // Mon 20, Tue 21, Wed 22, (Tết 23–29), Thu 30, Fri 31, Mon 3/2 … Fri 7/2.
        #expect(t.plannedEnd == day("2020-02-07"))
        #expect(t.projectedEnd == day("2020-02-07"))
    }

    @Test func remainingWorkResumesAfterTet() {
        let p = plan(start: "2020-01-20", status: "2020-01-22",
                     tasks: [task("a", duration: 4, progress: 50)])
        let t = scheduled(p).task(id: "a", in: p)
        #expect(t.projectedEnd == day("2020-01-31"))   // 2 days left: Thu 30, Fri 31
    }

    @Test func endOnNationalDayMovesBack() {
        let p = plan(tasks: [task("a", start: "2019-08-26", end: "2019-09-02")])
        let t = scheduled(p).task(id: "a", in: p)
        #expect(t.plannedEnd == day("2019-08-30"))
        #expect(t.durationDays == 5)
    }

    @Test func documentedPlannedScheduleExamples() {
        // docs/plan-format.md §8.
        let p = plan(start: "2020-01-20", status: "2019-01-04", tasks: [
            task("a", duration: 5), task("b", duration: 1, after: ["a"]),
            task("c", start: "2019-04-08", duration: 10), task("d", end: "2020-02-01")])
        let s = scheduled(p)
        #expect(s.task(id: "a", in: p).plannedEnd == day("2020-01-31"))
        #expect(s.task(id: "b", in: p).plannedStart == day("2020-02-03"))
        #expect(s.task(id: "c", in: p).plannedEnd == day("2019-04-22"))
        #expect(s.task(id: "d", in: p).plannedEnd == day("2020-01-31"))
    }
}

import Testing
@testable import ISOPlanTestSupport
@testable import ISOPlanKit
@testable import ISOPlanTestSupport

/// plan-format.md "Latest dates (backward pass against the deadline)" and the evaluation date
/// of "Progress and projection". Dates counted by hand on the built-in calendar (no day off
/// between 14/12/2020 and 31/12/2020).
@Suite struct SchedulerLatestTests {
    /// The worked example of plan-format.md: audit (3) → review (1) → announce (milestone) →
    /// notify (1), deadline Thu 31/12/2020.
    @Test func workedExampleOfThePlanFormat() {
        let p = plan(tasks: [
            task("audit", duration: 3), task("review", duration: 1, after: ["audit"]),
            task("announce", duration: 0, after: ["review"]), task("notify", duration: 1, after: ["announce"])])
        let s = scheduled(p)
        #expect(s.task(id: "notify", in: p).latestStart == day("2020-12-31"))
        #expect(s.task(id: "notify", in: p).latestFinish == day("2020-12-31"))
        #expect(s.task(id: "announce", in: p).latestStart == day("2020-12-30"))
        #expect(s.task(id: "announce", in: p).latestFinish == day("2020-12-30"))
        #expect(s.task(id: "review", in: p).latestStart == day("2020-12-30"))
        #expect(s.task(id: "review", in: p).latestFinish == day("2020-12-30"))
        #expect(s.task(id: "audit", in: p).latestStart == day("2020-12-25"))
        #expect(s.task(id: "audit", in: p).latestFinish == day("2020-12-29"))
    }

    @Test func chainSharesThePlanSlack() {
        let p = plan(tasks: [task("a", duration: 5), task("b", duration: 5, after: ["a"])])
        let s = scheduled(p)
        let a = s.task(id: "a", in: p), b = s.task(id: "b", in: p)
        #expect(b.latestFinish == day("2020-12-31"))
        #expect(b.latestStart == day("2020-12-25"))
        #expect(a.latestFinish == day("2020-12-24"))
        #expect(a.latestStart == day("2020-12-18"))
        #expect(a.totalSlackDays == s.slackDays)
        #expect(b.totalSlackDays == s.slackDays)
        #expect(a.freeSlackDays == 0)
        #expect(b.freeSlackDays == s.slackDays)
        #expect(a.isCritical && b.isCritical)
        #expect(a.mustStartBy == day("2020-12-18"))
        #expect(a.mustFinishBy == day("2020-12-24"))
    }

    /// a (2) → b (5) and c (2) → d (1): the join takes the earliest bound, the fork the
    /// short branch gets free slack.
    @Test func forkAndJoin() {
        let p = plan(tasks: [
            task("a", duration: 2), task("b", duration: 5, after: ["a"]), task("c", duration: 2, after: ["a"]),
            task("d", duration: 1, after: ["b", "c"])])
        let s = scheduled(p)
        let a = s.task(id: "a", in: p), b = s.task(id: "b", in: p)
        let c = s.task(id: "c", in: p), d = s.task(id: "d", in: p)
        #expect(d.latestStart == day("2020-12-31"))
        #expect(b.latestFinish == day("2020-12-30"))
        #expect(b.latestStart == day("2020-12-24"))
        #expect(c.latestFinish == day("2020-12-30"))
        #expect(c.latestStart == day("2020-12-29"))
        #expect(a.latestFinish == day("2020-12-23"))
        #expect(a.latestStart == day("2020-12-22"))
        // c ends Thu 10/01/2019; d starts Wed 16/01: c may slip by 11, 14 and 15 January.
        #expect(c.projectedEnd == day("2019-01-10"))
        #expect(c.freeSlackDays == 3)
        #expect(c.totalSlackDays == s.slackDays + 3)
        #expect(a.isCritical && b.isCritical && d.isCritical && !c.isCritical)
        #expect(s.tasks.compactMap(\.totalSlackDays).min() == s.slackDays)
    }

    @Test func closingMilestoneMayFallOnItsPredecessorsLastDay() {
        let p = plan(tasks: [task("a", duration: 3), task("m", duration: 0, after: ["a"])])
        let s = scheduled(p)
        #expect(s.task(id: "m", in: p).latestStart == day("2020-12-31"))
        #expect(s.task(id: "a", in: p).latestFinish == day("2020-12-31"))
        #expect(s.task(id: "a", in: p).latestStart == day("2020-12-29"))
    }

    @Test func taskAfterAMilestoneMovesItBackOneDay() {
        let p = plan(tasks: [task("m", duration: 0), task("a", duration: 2, after: ["m"])])
        let s = scheduled(p)
        #expect(s.task(id: "a", in: p).latestStart == day("2020-12-30"))
        #expect(s.task(id: "m", in: p).latestFinish == day("2020-12-29"))
        #expect(s.task(id: "m", in: p).latestStart == day("2020-12-29"))
    }

    @Test func deadlineOnAWeekendMovesBack() {
        let p = plan(tasks: [task("a", duration: 3)])
        let a = scheduled(p, deadline: "2020-12-27").task(id: "a", in: p)   // Sunday
        #expect(a.latestFinish == day("2020-12-25"))
        #expect(a.latestStart == day("2020-12-23"))
    }

    @Test func deadlineOnAHolidayMovesBack() {
        let p = plan(tasks: [task("a", duration: 2)])
        let a = scheduled(p, holidays: ["2020-12-31", "2020-12-29"]).task(id: "a", in: p)
        #expect(a.latestFinish == day("2020-12-30"))
        #expect(a.latestStart == day("2020-12-28"))
    }

    @Test func makeUpSaturdayCounts() {
        let p = plan(tasks: [task("a", duration: 3), task("b", duration: 1, after: ["a"])])
        let s = scheduled(p, workingDays: ["2020-12-26"], deadline: "2020-12-27")
        #expect(s.task(id: "b", in: p).latestStart == day("2020-12-26"))   // the Saturday
        #expect(s.task(id: "a", in: p).latestFinish == day("2020-12-25"))
        #expect(s.task(id: "a", in: p).latestStart == day("2020-12-23"))
    }

    /// 20 working days of work, evaluated with 8 left: must have started long ago.
    @Test func taskLongerThanTheTimeLeft() {
        let p = plan(status: "2020-12-01", tasks: [task("a", start: "2020-12-01", duration: 20)])
        let s = scheduled(p, asOf: "2020-12-18")
        let a = s.task(id: "a", in: p)
        #expect(a.projectedStart == day("2020-12-21"))
        #expect(a.latestStart == day("2020-12-04"))   // 20 working days ending 31/12
        #expect(a.totalSlackDays == s.slackDays)
        #expect(s.slackDays == -11)                   // ends 18/01/2021 (1/1 is off)
        #expect(a.freeSlackDays == -11)
        #expect(a.isCritical)
    }

    @Test func completeTasksHaveNoSlackAndAreNeverCritical() {
        let p = plan(status: "2019-02-01", tasks: [
            task("a", duration: 5, progress: 100), task("b", duration: 5, after: ["a"], progress: 40),
            task("c", duration: 5, after: ["b"])])
        let s = scheduled(p)
        let a = s.task(id: "a", in: p), b = s.task(id: "b", in: p), c = s.task(id: "c", in: p)
        #expect(a.totalSlackDays == nil && a.freeSlackDays == nil)
        #expect(!a.isCritical)
        #expect(a.mustFinishBy == nil && a.mustStartBy == nil)
        #expect(a.latestFinish == day("2020-12-17"))   // still computed, for the chain
        #expect(b.mustStartBy == nil)                   // started
        #expect(b.mustFinishBy == day("2020-12-24"))
        #expect(b.isCritical && c.isCritical)
        #expect(s.nextMustStart?.index == 2)
        #expect(s.criticalPath == [1, 2])              // b resumes after the status date
    }

    @Test func fixedStartsDoNotLimitLatestDates() {
        let p = plan(tasks: [task("a", start: "2020-12-30", duration: 1), task("b", duration: 1, after: ["a"])])
        let s = scheduled(p)
        #expect(s.task(id: "a", in: p).latestStart == day("2020-12-30"))
        #expect(s.task(id: "b", in: p).latestStart == day("2020-12-31"))
        #expect(s.task(id: "b", in: p).totalSlackDays == 0)
    }

    // MARK: evaluation date

    /// Status three months before the evaluation: nothing reported is assumed done since.
    @Test func stalePlanResumesAfterTheEvaluationDate() {
        let p = plan(start: "2019-05-06", status: "2019-07-01", tasks: [
            task("a", duration: 20, progress: 50), task("b", duration: 5, after: ["a"])])
        let stale = scheduled(p, asOf: "2019-10-01")
        let a = stale.task(id: "a", in: p), b = stale.task(id: "b", in: p)
        #expect(stale.evaluationDate == day("2019-10-01"))
        #expect(a.projectedStart == day("2019-05-06"))   // the done part stays where it was
        #expect(a.projectedEnd == day("2019-10-15"))     // 10 working days from Wed 2/10
        #expect(b.projectedStart == day("2019-10-16"))
        #expect(stale.projectedFinish > day("2019-10-01"))
        #expect(a.drivenBy == .statusDate)
    }

    @Test func evaluationOnTheStatusDateChangesNothing() {
        let p = plan(start: "2019-05-06", status: "2019-07-01", tasks: [
            task("a", duration: 20, progress: 50), task("b", duration: 5, after: ["a"])])
        let classic = scheduled(p), same = scheduled(p, asOf: "2019-07-01")
        #expect(classic.tasks == same.tasks)
        #expect(classic.projectedFinish == same.projectedFinish)
        #expect(same.task(id: "a", in: p).projectedEnd == day("2019-07-15"))
    }

    @Test func evaluationBeforeTheStatusDateKeepsTheStatusRule() {
        let p = plan(start: "2019-05-06", status: "2019-07-01", tasks: [task("a", duration: 20, progress: 50)])
        #expect(scheduled(p, asOf: "2019-06-01").tasks == scheduled(p).tasks)
    }
}

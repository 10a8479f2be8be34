/// Computes planned and projected dates, slack and the critical path of agency plans
/// (plan-format.md, "Time" and "Progress and projection").
///
/// Rules beyond the format that the scheduler applies:
/// * an `end` on a non-working day moves back to the previous working day; such a task
///   lasts the working days from its start through that end (at least one);
/// * a complete task ends on `done_on`, else on its planned end; it starts on its planned
///   start, or, when `done_on` is before that, as many working days before `done_on` as
///   its duration;
/// * the remaining work of an incomplete task starts on the latest of: the first working
///   day after the status date, its own `start` (or the plan `start` when it has neither
///   `start` nor `after`), and the first working day after its latest projected predecessor;
///   a task with progress > 0 keeps its planned start as projected start (its bar's done
///   part runs from there), unless its remaining work resumes earlier;
/// * an incomplete milestone falls on the latest of its own (or plan) start, the first
///   working day after the status date, and its predecessors' projected ends.
///
/// Linear in tasks + dependencies (plus a heap for the stable topological order). The plan
/// is assumed valid; on an invalid one the scheduler skips what it cannot place and lists it
/// in `Schedule.issues`, and never traps or loops.
public enum Scheduler {
    /// Longest duration taken at face value, in working days (about 400 years).
    public static let maxDuration = 100_000

    /// Schedules one plan against a working-day calendar and a deadline.
    public static func schedule(_ plan: AgencyPlan, calendar: WorkCalendar,
                                deadline: CalendarDate) -> Schedule {
        var run = SchedulingRun(plan: plan, calendar: calendar)
        run.placeAll()
        return run.makeSchedule(agencyID: plan.agency.id.value, deadline: deadline)
    }
}

/// Computes planned and projected dates, latest dates, slack and the critical tasks of agency
/// plans (plan-format.md, "Time", "Progress and projection" and "Latest dates").
///
/// Rules beyond the format that the scheduler applies:
/// * an `end` on a non-working day moves back to the previous working day; such a task
///   lasts the working days from its start through that end (at least one);
/// * a complete task ends on `done_on`, else on its planned end; it starts on its planned
///   start, or, when `done_on` is before that, as many working days before `done_on` as
///   its duration;
/// * the remaining work of an incomplete task starts on the latest of: the first working
///   day after the later of the status date and the evaluation date, its own `start` (or the plan `start` when it has neither
///   `start` nor `after`), and the first working day after its latest projected predecessor;
///   a task with progress > 0 keeps its planned start as projected start (its bar's done
///   part runs from there), unless its remaining work resumes earlier;
/// * an incomplete milestone falls on the latest of its own (or plan) start, the first
///   working day after the later of the status date and the evaluation date, and its
///   predecessors' projected ends;
/// * latest dates come from a backward pass from the deadline over the planned lengths
///   (fixed starts do not limit them); a successor that could not be placed is ignored;
/// * free slack is measured against the incomplete successors' projected work starts (a
///   complete successor no longer moves); a task with no incomplete successor measures it to
///   the deadline, like its total slack;
/// * the critical tasks are the incomplete tasks with the plan's smallest total slack.
///
/// Linear in tasks + dependencies (plus a heap for the stable topological order). The plan
/// is assumed valid; on an invalid one the scheduler skips what it cannot place and lists it
/// in `Schedule.issues`, and never traps or loops.
public enum Scheduler {
    /// Longest duration taken at face value, in working days (about 400 years).
    public static let maxDuration = 100_000

    /// Schedules one plan against a working-day calendar and a deadline, at an evaluation
    /// date.
    ///
    /// - Parameter asOf: the evaluation date (`--as-of`, the portfolio's `as_of`, else today,
    ///   as the caller decides; the engine never reads a clock). Remaining work starts no
    ///   earlier than the first working day after the later of it and the status date. nil
    ///   means the status date itself (the classic status-date rule).
    public static func schedule(_ plan: AgencyPlan, calendar: WorkCalendar,
                                deadline: CalendarDate, asOf: CalendarDate? = nil) -> Schedule {
        var run = SchedulingRun(plan: plan, calendar: calendar, asOf: asOf)
        run.placeAll()
        return run.makeSchedule(agencyID: plan.agency.id.value, deadline: deadline)
    }

    /// Schedules one plan in an evaluation context: its calendar, the plan's deadline and the
    /// context's evaluation date.
    public static func schedule(_ plan: AgencyPlan, context: EvaluationContext) -> Schedule {
        schedule(plan, calendar: context.calendar, deadline: context.deadline(for: plan), asOf: context.asOf)
    }
}

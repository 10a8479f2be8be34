/// Rules that need the evaluation date, the calendar or the schedule.
enum TimeRules {
    /// Stale status and a status date in the future.
    static func check(_ plan: AgencyPlan, context: EvaluationContext, into out: inout [Diagnostic]) {
        let status = plan.statusDate
        let type = plan.agency.type.value
        let since = context.freshSince(for: type)
        if status.value < since {
            out.append(.staleStatus(status.value, cadence: context.portfolio.cadence(for: type), asOf: context.asOf,
                                    since: since, at: status.at))
        }
        if status.value > context.asOf {
            out.append(.statusDateInFuture(status.value, asOf: context.asOf, at: status.at))
        }
    }

    /// Tasks whose planned end is before the status date but that are not complete, appended
    /// to `out`, from a run whose tasks are placed (each task read in place: only its id is
    /// copied). The rule reads only each placed task's planned end and progress, so `check`
    /// does without the rest of the schedule (latest dates, slack, the critical path and the
    /// schedule's own copy of every task).
    static func overdue(_ plan: AgencyPlan, placed run: SchedulingRun, into out: inout [Diagnostic]) {
        let status = plan.statusDate.value
        plan.tasks.withUnsafeBufferPointer { tasks in
            run.forEachPlaced { index, plannedEnd, progress in
                guard progress < 100, plannedEnd < status else { return }
                let id = tasks[index].id
                out.append(.overdueTask(id.value, plannedEnd: plannedEnd, status: status, progress: progress, at: id.at))
            }
        }
    }
}

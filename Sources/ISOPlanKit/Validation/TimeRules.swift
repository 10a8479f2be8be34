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
    /// to `out` (each task read in place: only its id is copied).
    static func overdue(_ plan: AgencyPlan, schedule: Schedule, into out: inout [Diagnostic]) {
        let status = plan.statusDate.value
        plan.tasks.withUnsafeBufferPointer { tasks in
            schedule.tasks.withUnsafeBufferPointer { scheduled in
                for t in scheduled where !t.isComplete && t.plannedEnd < status {
                    let id = tasks[t.index].id
                    out.append(.overdueTask(id.value, plannedEnd: t.plannedEnd, status: status,
                                            progress: t.progress, at: id.at))
                }
            }
        }
    }
}

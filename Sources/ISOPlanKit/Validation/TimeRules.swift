/// Rules that need the evaluation date, the calendar or the schedule.
enum TimeRules {
    /// Stale status and a status date in the future.
    static func check(_ plan: AgencyPlan, context: EvaluationContext) -> [Diagnostic] {
        var out: [Diagnostic] = []
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
        return out
    }

    /// Tasks whose planned end is before the status date but that are not complete.
    static func overdue(_ plan: AgencyPlan, schedule: Schedule) -> [Diagnostic] {
        schedule.tasks.compactMap { t in
            guard !t.isComplete, t.plannedEnd < plan.statusDate.value else { return nil }
            let task = plan.tasks[t.index]
            return .overdueTask(task.id.value, plannedEnd: t.plannedEnd, status: plan.statusDate.value,
                                progress: t.progress, at: task.id.at)
        }
    }
}

/// Rules that need the evaluation date, the calendar or the schedule.
public enum TimeRules {
    /// Stale status and a status date in the future.
    public static func check(_ plan: AgencyPlan, context: EvaluationContext) -> [Diagnostic] {
        var out: [Diagnostic] = []
        let status = plan.statusDate
        let type = plan.agency.type.value
        let since = context.freshSince(for: type)
        if status.value < since {
            let cadence = context.portfolio.cadence(for: type).rawValue
            out.append(.make("stale-status", "status date \(status.value.iso) is older than the \(cadence) "
                             + "reporting cadence allows at \(context.asOf.iso) (fresh since \(since.iso)); "
                             + "update progress and 'status_date'", at: status.at))
        }
        if status.value > context.asOf {
            out.append(.make("status-date-in-future", "status date \(status.value.iso) is after the evaluation "
                             + "date \(context.asOf.iso); check the date or pass --as-of", at: status.at))
        }
        return out
    }

    /// Tasks whose planned end is before the status date but that are not complete.
    public static func overdue(_ plan: AgencyPlan, schedule: Schedule) -> [Diagnostic] {
        schedule.tasks.compactMap { t in
            guard !t.isComplete, t.plannedEnd < plan.statusDate.value else { return nil }
            let task = plan.tasks[t.index]
            return .make("overdue-task", "task '\(task.id.value)' was planned to end on \(t.plannedEnd.iso), before the "
                         + "status date \(plan.statusDate.value.iso), but is \(t.progress)% done; update its progress "
                         + "or re-plan it", at: task.id.at)
        }
    }
}

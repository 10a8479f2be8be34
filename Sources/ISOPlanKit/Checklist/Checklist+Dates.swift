extension Checklist {
    /// The dates of one task that the checklist shows.
    struct TaskDates: Sendable, Hashable {
        /// Last working day of the task as planned (plan-format.md §8).
        var plannedEnd: CalendarDate
        /// Last working day of the task as projected from its progress (§9).
        var projectedEnd: CalendarDate
        /// Planned length in working days (0 for a milestone); weights the progress.
        var workingDays: Int
        /// Latest finish against the deadline ("must finish by"); nil for a complete task.
        var mustFinishBy: CalendarDate?
    }

    /// The schedule's dates by task id. A task the scheduler could not place (a cycle, no
    /// start) has none; with a duplicated id the first task wins, as in the scheduler.
    static func taskDates(_ schedule: Schedule?, plan: AgencyPlan) -> [String: TaskDates] {
        guard let schedule else { return [:] }
        var out: [String: TaskDates] = [:]
        for scheduled in schedule.tasks where scheduled.index < plan.tasks.count {
            let id = plan.tasks[scheduled.index].id.value
            guard out[id] == nil else { continue }
            out[id] = TaskDates(plannedEnd: scheduled.plannedEnd, projectedEnd: scheduled.projectedEnd,
                                workingDays: scheduled.durationDays, mustFinishBy: scheduled.mustFinishBy)
        }
        return out
    }
}

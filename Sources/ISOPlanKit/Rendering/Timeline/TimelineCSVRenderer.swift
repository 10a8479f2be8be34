/// One row per task with its agency id, RFC 4180 quoting and CRLF line ends.
public enum TimelineCSVRenderer {
    static let header = ["agency_id", "task_id", "title", "planned_start", "planned_end",
                         "projected_start", "projected_end", "progress", "remaining_days",
                         "slip_days", "milestone", "critical"]

    /// Renders the tasks of every entry, agencies in the given order, tasks in dependency order.
    public static func render(_ entries: [TimelineEntry]) -> String {
        var out = headerLine
        for e in entries { out += rows(e) }
        return out
    }

    /// The header row.
    public static var headerLine: String { CSV.line(header) }

    /// One agency's rows, tasks in dependency order.
    public static func rows(_ e: TimelineEntry) -> String {
        var out = ""
        let tasks = e.plan.tasks
        for t in e.schedule.tasksInOrder where tasks.indices.contains(t.index) {
            out += CSV.line([e.schedule.agencyID, tasks[t.index].id.value, tasks[t.index].title.value,
                         t.plannedStart.iso, t.plannedEnd.iso, t.projectedStart.iso,
                         t.projectedEnd.iso, String(t.progress), String(t.remainingDays),
                         String(t.slipDays), String(t.isMilestone), String(t.isCritical)])
        }
        return out
    }
}

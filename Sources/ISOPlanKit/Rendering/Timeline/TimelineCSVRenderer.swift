/// One row per task with its agency id, RFC 4180 quoting and CRLF line ends.
enum TimelineCSVRenderer {
    static let header = ["agency_id", "task_id", "title", "planned_start", "planned_end",
                         "projected_start", "projected_end", "progress", "remaining_days",
                         "slip_days", "milestone", "critical", "latest_start", "latest_finish",
                         "total_slack_days", "free_slack_days"]

    /// Renders the tasks of every entry, agencies in the given order, tasks in dependency order.
    static func render(_ entries: [TimelineEntry]) -> String {
        var out = headerLine
        for e in entries { out += rows(e) }
        return out
    }

    /// The header row.
    static var headerLine: String { CSV.line(header) }

    /// One agency's rows, tasks in dependency order.
    static func rows(_ e: TimelineEntry) -> String {
        var out = ""
        let tasks = e.plan.tasks
        for t in e.schedule.tasksInOrder where tasks.indices.contains(t.index) {
            out += CSV.line([e.schedule.agencyID, tasks[t.index].id.value, tasks[t.index].title.value,
                         t.plannedStart.iso, t.plannedEnd.iso, t.projectedStart.iso,
                         t.projectedEnd.iso, String(t.progress), String(t.remainingDays),
                         String(t.slipDays), String(t.isMilestone), String(t.isCritical),
                         t.isComplete ? "" : t.latestStart.iso, t.isComplete ? "" : t.latestFinish.iso,
                         t.totalSlackDays.map(String.init) ?? "", t.freeSlackDays.map(String.init) ?? ""])
        }
        return out
    }
}

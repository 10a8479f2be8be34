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
        var out: [UInt8] = []
        write(e, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// One agency's rows appended as UTF-8 bytes, field by field (no `String` per field or row).
    static func write(_ e: TimelineEntry, into out: inout [UInt8]) {
        let tasks = e.plan.tasks
        for t in e.schedule.tasksInOrder where tasks.indices.contains(t.index) {
            CSV.field(e.schedule.agencyID, into: &out); out.append(0x2C)
            CSV.field(tasks[t.index].id.value, into: &out); out.append(0x2C)
            CSV.field(tasks[t.index].title.value, into: &out); out.append(0x2C)
            ByteText.iso(t.plannedStart, into: &out); out.append(0x2C)
            ByteText.iso(t.plannedEnd, into: &out); out.append(0x2C)
            ByteText.iso(t.projectedStart, into: &out); out.append(0x2C)
            ByteText.iso(t.projectedEnd, into: &out); out.append(0x2C)
            ByteText.int(t.progress, into: &out); out.append(0x2C)
            ByteText.int(t.remainingDays, into: &out); out.append(0x2C)
            ByteText.int(t.slipDays, into: &out); out.append(0x2C)
            ByteText.append(t.isMilestone ? "true" : "false", to: &out); out.append(0x2C)
            ByteText.append(t.isCritical ? "true" : "false", to: &out); out.append(0x2C)
            if !t.isComplete { ByteText.iso(t.latestStart, into: &out) }
            out.append(0x2C)
            if !t.isComplete { ByteText.iso(t.latestFinish, into: &out) }
            out.append(0x2C)
            if let v = t.totalSlackDays { ByteText.int(v, into: &out) }
            out.append(0x2C)
            if let v = t.freeSlackDays { ByteText.int(v, into: &out) }
            out.append(0x0D); out.append(0x0A)
        }
    }
}

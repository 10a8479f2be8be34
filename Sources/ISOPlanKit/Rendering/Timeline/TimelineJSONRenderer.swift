/// `{"version": 1, "agencies": [...]}`: each agency's finish, slack, critical path and tasks,
/// dates as `YYYY-MM-DD`.
enum TimelineJSONRenderer {
    struct Doc: Encodable {
        var version = 1
        var agencies: [Agency]
    }

    struct Agency: Encodable {
        var id: String
        var name: String
        var status_date: String
        var evaluation_date: String
        var deadline: String
        var first_start: String
        var planned_finish: String
        var projected_finish: String
        var slack_days: Int
        var progress: Double
        var level: String?
        var critical_path: [String]
        var tasks: [Task]
    }

    /// Every key always present: the latest dates and slacks are null for a complete task.
    struct Task: Encodable {
        var id: String
        var title: String
        var planned_start: String
        var planned_end: String
        var projected_start: String
        var projected_end: String
        var progress: Int
        var remaining_days: Int
        var slip_days: Int
        var milestone: Bool
        var critical: Bool
        @NullWhenAbsent var latest_start: String?
        @NullWhenAbsent var latest_finish: String?
        @NullWhenAbsent var total_slack_days: Int?
        @NullWhenAbsent var free_slack_days: Int?
    }

    /// Renders the entries, in the given order, as pretty-printed JSON with sorted keys.
    /// Agencies are written in parallel by `write` (the same text as `JSONEncoder`, which
    /// `foundationRender` keeps for reference); 10,000 agencies are hundreds of megabytes.
    static func render(_ entries: [TimelineEntry]) -> String {
        let parts = ParallelMap.map(entries) { e -> [UInt8]? in write(e) }
        guard parts.allSatisfy({ $0 != nil }) else { return foundationRender(entries) }
        return document.joined(parts.map { $0! })
    }

    /// The pieces around the agencies: the list, then `"version" : 1`.
    static let document = JSONText.ListDocument(key: "agencies", rest: Array("  \"version\" : 1\n}\n".utf8))

    /// The same document through Foundation's `JSONEncoder`.
    static func foundationRender(_ entries: [TimelineEntry]) -> String {
        JSONOutput.encode(Doc(agencies: entries.map(agency)))
    }

    /// One agency object as an element of the top-level `agencies` list (keys sorted, indented
    /// by four spaces), or nil when a number is not finite. The same fields as `agency(_:)`.
    static func write(_ e: TimelineEntry) -> [UInt8]? {
        let s = e.schedule, tasks = e.plan.tasks
        guard let progress = JSONText.number((s.progress * 10).rounded() / 10) else { return nil }
        func id(_ i: Int) -> String { tasks.indices.contains(i) ? tasks[i].id.value : "" }
        var w = JSONText.Writer(capacity: 512 + s.tasks.count * 480)
        w.raw("    {\n")
        w.key(6, "critical_path")
        if s.criticalPath.isEmpty { w.raw("[\n\n      ],\n") } else {
            w.raw("[")
            for (i, t) in s.criticalPath.enumerated() {
                w.raw(i == 0 ? "\n        " : ",\n        ")
                w.string(id(t))
            }
            w.raw("\n      ],\n")
        }
        w.key(6, "deadline"); w.date(s.deadline); w.comma()
        w.key(6, "evaluation_date"); w.date(s.evaluationDate); w.comma()
        w.key(6, "first_start"); w.date(s.firstStart); w.comma()
        w.key(6, "id"); w.string(s.agencyID); w.comma()
        if let risk = e.risk { w.key(6, "level"); w.string(risk.rawValue); w.comma() }
        w.key(6, "name"); w.string(e.plan.agency.name.value); w.comma()
        w.key(6, "planned_finish"); w.date(s.plannedFinish); w.comma()
        w.key(6, "progress"); w.raw(progress); w.comma()
        w.key(6, "projected_finish"); w.date(s.projectedFinish); w.comma()
        w.key(6, "slack_days"); w.int(s.slackDays); w.comma()
        w.key(6, "status_date"); w.date(s.statusDate); w.comma()
        w.key(6, "tasks")
        let ordered = s.tasksInOrder
        if ordered.isEmpty { w.raw("[\n\n      ]\n") } else {
            w.raw("[")
            for (i, t) in ordered.enumerated() {
                w.raw(i == 0 ? "\n        {\n" : ",\n        {\n")
                let open = !t.isComplete
                w.key(10, "critical"); w.raw(t.isCritical ? "true" : "false"); w.comma()
                w.key(10, "free_slack_days"); if let f = t.freeSlackDays { w.int(f) } else { w.raw("null") }; w.comma()
                w.key(10, "id"); w.string(id(t.index)); w.comma()
                w.key(10, "latest_finish"); if open { w.date(t.latestFinish) } else { w.raw("null") }; w.comma()
                w.key(10, "latest_start"); if open { w.date(t.latestStart) } else { w.raw("null") }; w.comma()
                w.key(10, "milestone"); w.raw(t.isMilestone ? "true" : "false"); w.comma()
                w.key(10, "planned_end"); w.date(t.plannedEnd); w.comma()
                w.key(10, "planned_start"); w.date(t.plannedStart); w.comma()
                w.key(10, "progress"); w.int(t.progress); w.comma()
                w.key(10, "projected_end"); w.date(t.projectedEnd); w.comma()
                w.key(10, "projected_start"); w.date(t.projectedStart); w.comma()
                w.key(10, "remaining_days"); w.int(t.remainingDays); w.comma()
                w.key(10, "slip_days"); w.int(t.slipDays); w.comma()
                w.key(10, "title"); w.string(tasks.indices.contains(t.index) ? tasks[t.index].title.value : ""); w.comma()
                w.key(10, "total_slack_days"); if let f = t.totalSlackDays { w.int(f) } else { w.raw("null") }
                w.raw("\n        }")
            }
            w.raw("\n      ]\n")
        }
        w.raw("    }")
        return w.bytes
    }

    static func agency(_ e: TimelineEntry) -> Agency {
        let s = e.schedule, tasks = e.plan.tasks
        func id(_ i: Int) -> String { tasks.indices.contains(i) ? tasks[i].id.value : "" }
        return Agency(
            id: s.agencyID, name: e.plan.agency.name.value, status_date: s.statusDate.iso,
            evaluation_date: s.evaluationDate.iso,
            deadline: s.deadline.iso, first_start: s.firstStart.iso,
            planned_finish: s.plannedFinish.iso, projected_finish: s.projectedFinish.iso,
            slack_days: s.slackDays, progress: (s.progress * 10).rounded() / 10,
            level: e.risk?.rawValue, critical_path: s.criticalPath.map(id),
            tasks: s.tasksInOrder.map { t in
                Task(id: id(t.index), title: tasks.indices.contains(t.index) ? tasks[t.index].title.value : "",
                     planned_start: t.plannedStart.iso, planned_end: t.plannedEnd.iso,
                     projected_start: t.projectedStart.iso, projected_end: t.projectedEnd.iso,
                     progress: t.progress, remaining_days: t.remainingDays, slip_days: t.slipDays,
                     milestone: t.isMilestone, critical: t.isCritical,
                     latest_start: t.isComplete ? nil : t.latestStart.iso,
                     latest_finish: t.isComplete ? nil : t.latestFinish.iso,
                     total_slack_days: t.totalSlackDays, free_slack_days: t.freeSlackDays)
            })
    }
}

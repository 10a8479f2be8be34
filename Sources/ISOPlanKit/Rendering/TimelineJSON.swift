import Foundation

/// `{"version": 1, "agencies": [...]}`: each agency's finish, slack, critical path and tasks,
/// dates as `YYYY-MM-DD`.
public enum TimelineJSON {
    struct Doc: Encodable {
        var version = 1
        var agencies: [Agency]
    }

    struct Agency: Encodable {
        var id: String
        var name: String
        var status_date: String
        var deadline: String
        var first_start: String
        var planned_finish: String
        var projected_finish: String
        var slack_days: Int
        var progress: Double
        var risk: String?
        var critical_path: [String]
        var tasks: [Task]
    }

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
    }

    /// Renders the entries, in the given order, as pretty-printed JSON with sorted keys.
    /// Agencies are written in parallel by `write` (the same text as `JSONEncoder`, which
    /// `foundationRender` keeps for reference); 10,000 agencies are hundreds of megabytes.
    public static func render(_ entries: [TimelineEntry]) -> String {
        let parts = ParallelMap.map(entries) { e -> String? in write(agency(e)) }
        guard parts.allSatisfy({ $0 != nil }) else { return foundationRender(entries) }
        var out = "{\n  \"agencies\" : ["
        out.reserveCapacity(parts.reduce(64) { $0 + ($1?.utf8.count ?? 0) + 2 })
        for (i, part) in parts.enumerated() {
            out += i == 0 ? "\n" : ",\n"
            out += part!
        }
        out += parts.isEmpty ? "\n\n  ],\n  \"version\" : 1\n}\n" : "\n  ],\n  \"version\" : 1\n}\n"
        return out
    }

    /// The same document through Foundation's `JSONEncoder`.
    static func foundationRender(_ entries: [TimelineEntry]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let doc = Doc(agencies: entries.map(agency))
        guard let data = try? encoder.encode(doc) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// One agency object as an element of the top-level `agencies` list (keys sorted, indented
    /// by four spaces), or nil when a number is not finite.
    static func write(_ a: Agency) -> String? {
        guard let progress = JSONText.number(a.progress) else { return nil }
        var o = "    {\n"
        func key(_ k: String) { o += "      \"" + k + "\" : " }
        func text(_ k: String, _ v: String, last: Bool = false) {
            key(k)
            JSONText.string(v, into: &o)
            o += last ? "\n" : ",\n"
        }
        key("critical_path")
        if a.critical_path.isEmpty { o += "[\n\n      ],\n" } else {
            o += "["
            for (i, id) in a.critical_path.enumerated() {
                o += i == 0 ? "\n        " : ",\n        "
                JSONText.string(id, into: &o)
            }
            o += "\n      ],\n"
        }
        text("deadline", a.deadline)
        text("first_start", a.first_start)
        text("id", a.id)
        text("name", a.name)
        text("planned_finish", a.planned_finish)
        key("progress"); o += progress + ",\n"
        text("projected_finish", a.projected_finish)
        if let risk = a.risk { text("risk", risk) }
        key("slack_days"); o += String(a.slack_days) + ",\n"
        text("status_date", a.status_date)
        key("tasks")
        if a.tasks.isEmpty { o += "[\n\n      ]\n" } else {
            o += "["
            for (i, t) in a.tasks.enumerated() {
                o += i == 0 ? "\n" : ",\n"
                write(t, into: &o)
            }
            o += "\n      ]\n"
        }
        o += "    }"
        return o
    }

    /// One task object, indented by eight spaces.
    static func write(_ t: Task, into o: inout String) {
        func key(_ k: String) { o += "          \"" + k + "\" : " }
        func text(_ k: String, _ v: String, last: Bool = false) {
            key(k)
            JSONText.string(v, into: &o)
            o += last ? "\n" : ",\n"
        }
        o += "        {\n"
        key("critical"); o += t.critical ? "true,\n" : "false,\n"
        text("id", t.id)
        key("milestone"); o += t.milestone ? "true,\n" : "false,\n"
        text("planned_end", t.planned_end)
        text("planned_start", t.planned_start)
        key("progress"); o += String(t.progress) + ",\n"
        text("projected_end", t.projected_end)
        text("projected_start", t.projected_start)
        key("remaining_days"); o += String(t.remaining_days) + ",\n"
        key("slip_days"); o += String(t.slip_days) + ",\n"
        text("title", t.title, last: true)
        o += "        }"
    }

    static func agency(_ e: TimelineEntry) -> Agency {
        let s = e.schedule, tasks = e.plan.tasks
        func id(_ i: Int) -> String { tasks.indices.contains(i) ? tasks[i].id.value : "" }
        return Agency(
            id: s.agencyID, name: e.plan.agency.name.value, status_date: s.statusDate.iso,
            deadline: s.deadline.iso, first_start: s.firstStart.iso,
            planned_finish: s.plannedFinish.iso, projected_finish: s.projectedFinish.iso,
            slack_days: s.slackDays, progress: (s.progress * 10).rounded() / 10,
            risk: e.risk?.rawValue, critical_path: s.criticalPath.map(id),
            tasks: s.tasksInOrder.map { t in
                Task(id: id(t.index), title: tasks.indices.contains(t.index) ? tasks[t.index].title.value : "",
                     planned_start: t.plannedStart.iso, planned_end: t.plannedEnd.iso,
                     projected_start: t.projectedStart.iso, projected_end: t.projectedEnd.iso,
                     progress: t.progress, remaining_days: t.remainingDays, slip_days: t.slipDays,
                     milestone: t.isMilestone, critical: t.isCritical)
            })
    }
}

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
    public static func render(_ entries: [TimelineEntry]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let doc = Doc(agencies: entries.map(agency))
        guard let data = try? encoder.encode(doc) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
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

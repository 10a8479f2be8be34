import ISOPlanKit

/// Writes one task, with a progress figure consistent with its planned dates at the status date.
struct TaskWriter {
    let task: TaskSpec
    let statusDate: CalendarDate
    /// Working days this agency runs behind its plan.
    let slip: Int
    /// Percent chance that a task planned to be finished is still open (an overdue task).
    let laggard: Int

    /// `(progress, done_on)` at the status date.
    func progress(_ rng: inout SplitMix) -> (Int, CalendarDate?) {
        let lateEnd = task.end.adding(days: slip * 7 / 5)
        if lateEnd < statusDate {
            if rng.chance(laggard) { return (rng.pick([80, 90, 95]), nil) }
            var done = min(statusDate, max(task.start, lateEnd.adding(days: rng.int(-2...2))))
            while done.isWeekend && done > task.start { done = done.adding(days: -1) }
            return (100, done)
        }
        let start = task.start.adding(days: slip * 7 / 5)
        guard start <= statusDate else { return (0, nil) }
        let span = max(1, start.days(to: lateEnd) + 1)
        let p = start.days(to: statusDate) * 100 / span
        return (min(95, max(5, p / 5 * 5)), nil)
    }

    /// How the duration is written: `5`, `"5d"`, `3w`, or an `end` date for fixed-date tasks.
    func durationField(_ rng: inout SplitMix) -> (key: String, value: String) {
        if task.fixedStart != nil && rng.chance(50) { return ("end", task.end.iso) }
        let n = task.duration
        let r = rng.int(0...99)
        if n > 0 && n % 5 == 0 && r < 30 { return ("duration", "\(n / 5)w") }
        if n > 0 && r >= 85 { return ("duration", "\(n)d") }
        return ("duration", "\(n)")
    }

    mutating func block(_ rng: inout SplitMix) -> String {
        var s = "  - id: \(task.id)\n    title: \(YAMLText.scalar(task.title))\n"
        if let step = task.step { s += "    step: \(step)\n" }
        if !task.clauses.isEmpty { s += "    clauses: \(YAMLText.flowList(task.clauses, quoteAll: true))\n" }
        if let o = task.owner { s += "    owner: \(YAMLText.scalar(o))\n" }
        if let f = task.fixedStart { s += "    start: \(f.iso)\n" }
        let d = durationField(&rng)
        s += "    \(d.key): \(d.value)\n"
        if task.after.count > 6 {
            s += "    after:\n" + task.after.map { "      - \($0)\n" }.joined()
        } else if !task.after.isEmpty {
            s += "    after: \(YAMLText.flowList(task.after))\n"
        }
        let (p, done) = progress(&rng)
        if p > 0 || rng.chance(50) {
            s += "    progress: \(p)" + (p > 0 && p < 100 && rng.chance(20) ? "   # ước tính của phòng\n" : "\n")
        }
        if let done { s += "    done_on: \(done.iso)\n" }
        s.removeLast()
        return s
    }

    mutating func flow(_ rng: inout SplitMix) -> String {
        var fields = ["id: \(task.id)", "title: \(YAMLText.scalar(task.title, flow: true))"]
        if let step = task.step { fields.append("step: \(step)") }
        if !task.clauses.isEmpty { fields.append("clauses: \(YAMLText.flowList(task.clauses, quoteAll: true))") }
        if let o = task.owner { fields.append("owner: \(YAMLText.scalar(o, flow: true))") }
        if let f = task.fixedStart { fields.append("start: \(f.iso)") }
        let d = durationField(&rng)
        fields.append("\(d.key): \(d.value)")
        if !task.after.isEmpty { fields.append("after: \(YAMLText.flowList(task.after))") }
        let (p, done) = progress(&rng)
        if p > 0 { fields.append("progress: \(p)") }
        if let done { fields.append("done_on: \(done.iso)") }
        return "  - {" + fields.joined(separator: ", ") + "}"
    }
}

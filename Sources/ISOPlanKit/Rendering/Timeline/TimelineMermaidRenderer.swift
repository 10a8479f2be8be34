import Foundation

/// A Mermaid `gantt` block: a section per agency, one task line per task with explicit
/// inclusive dates, and the non-working days of the range as `excludes` (make-up days as
/// `includes`), so Mermaid draws the same dates and shades the same days off.
enum TimelineMermaidRenderer {
    /// Renders the entries, agencies in the given order, tasks in dependency order.
    static func render(_ entries: [TimelineEntry], title: String?, calendar: WorkCalendar) -> String {
        var out = head(entries.map(TimelineSummary.init), title: title, calendar: calendar)
        for e in entries { out += section(e) }
        return out
    }

    /// Everything before the agencies' sections: the title (else the first agency's name) and
    /// the days off between the earliest start and the latest projected finish.
    static func head(_ rows: [TimelineSummary], title: String?, calendar: WorkCalendar) -> String {
        var out = "gantt\n"
        if let title = title ?? rows.first.map({ $0.name }) {
            out += "    title \(clean(title))\n"
        }
        out += "    dateFormat YYYY-MM-DD\n    axisFormat %d/%m/%Y\n    inclusiveEndDates\n"
        let (off, on) = daysOff(rows, calendar)
        out += "    excludes " + (["weekends"] + off.map(\.iso)).joined(separator: " ") + "\n"
        if !on.isEmpty { out += "    includes " + on.map(\.iso).joined(separator: " ") + "\n" }
        return out
    }

    /// One agency's section: its tasks in dependency order.
    static func section(_ e: TimelineEntry) -> String {
        var out = "    section \(clean(e.plan.agency.name.value))\n"
        let tasks = e.plan.tasks
        for t in e.schedule.tasksInOrder where tasks.indices.contains(t.index) {
            out += "    " + clean(tasks[t.index].title.value) + " :" + line(t, e.schedule.agencyID,
                                                                             tasks[t.index].id.value) + "\n"
        }
        return out
    }

    static func line(_ t: ScheduledTask, _ agency: String, _ id: String) -> String {
        var tags: [String] = []
        if t.isComplete { tags.append("done") } else if t.progress > 0 { tags.append("active") }
        if t.isCritical { tags.append("crit") }
        if t.isMilestone { tags.append("milestone") }
        let end = t.isMilestone ? "0d" : t.projectedEnd.iso
        return (tags + [agency + "_" + id, t.projectedStart.iso, end]).joined(separator: ", ")
    }

    /// Weekdays off and weekend days worked between the earliest start and the latest end.
    static func daysOff(_ rows: [TimelineSummary], _ calendar: WorkCalendar) -> ([CalendarDate], [CalendarDate]) {
        guard let lo = rows.map(\.schedule.firstStart).min(),
              let hi = rows.map(\.schedule.projectedFinish).max(), lo <= hi,
              lo.days(to: hi) < 366 * 50 else { return ([], []) }
        var off: [CalendarDate] = [], on: [CalendarDate] = []
        var d = lo
        while d <= hi {
            let working = calendar.isWorkingDay(d)
            if d.isWeekend, working { on.append(d) } else if !d.isWeekend, !working { off.append(d) }
            d = d.adding(days: 1)
        }
        return (off, on)
    }

    /// Text Mermaid can hold in a task or section name: no `:`, `;` or `#`, one line.
    static func clean(_ s: String) -> String {
        var t = ""
        for c in s {
            switch c {
            case ":": t.append("∶")
            case ";": t.append(",")
            case "#": t.append("№")
            case "\n", "\r", "\r\n", "\t": t.append(" ")
            default: t.append(c)
            }
        }
        return t.trimmingCharacters(in: .whitespaces)
    }
}

import ISOPlanKit

/// A plain Monday–Friday schedule, close enough to the real calendar to give each task a
/// believable progress figure and finish date at the status date.
enum WeekdaySchedule {
    static func nextWorkingDay(onOrAfter d: CalendarDate) -> CalendarDate {
        var x = d
        while x.isWeekend { x = x.adding(days: 1) }
        return x
    }

    /// The `n`-th working day counting `start` as the first (a milestone ends on its start).
    static func end(start: CalendarDate, duration n: Int) -> CalendarDate {
        var d = start, left = n - 1
        while left > 0 {
            d = d.adding(days: 1)
            if !d.isWeekend { left -= 1 }
        }
        return d
    }

    /// Fills `start` and `end` of tasks given in dependency order.
    static func schedule(_ tasks: inout [TaskSpec], planStart: CalendarDate) {
        var ends: [String: CalendarDate] = [:]
        for i in tasks.indices {
            var s = tasks[i].fixedStart ?? planStart
            if let latest = tasks[i].after.compactMap({ ends[$0] }).max() {
                s = max(s, tasks[i].duration == 0 ? latest : latest.adding(days: 1))
            }
            s = nextWorkingDay(onOrAfter: s)
            tasks[i].start = s
            tasks[i].end = tasks[i].duration == 0 ? s : end(start: s, duration: tasks[i].duration)
            ends[tasks[i].id] = tasks[i].end
        }
    }
}

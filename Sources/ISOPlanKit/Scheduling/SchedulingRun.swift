/// The working state of one `Scheduler.schedule` call.
struct SchedulingRun {
    /// Dates of one placed task while the run is in progress.
    struct Slot {
        var plannedStart: CalendarDate
        var plannedEnd: CalendarDate
        var plannedDriver: StartDriver
        /// The task's own `start`, or the plan `start` for a task with neither `start` nor
        /// `after`: projected work never starts before it.
        var startBound: (CalendarDate, StartDriver)?
        var duration: Int
        var isMilestone: Bool
        var projectedStart: CalendarDate
        var projectedEnd: CalendarDate
        var doneThrough: CalendarDate?
        var remaining = 0
        var drivenBy: StartDriver
        /// First day of the remaining work (the projected end for a complete task).
        var workStart: CalendarDate
        /// Filled by the backward pass.
        var latestStart: CalendarDate
        var latestFinish: CalendarDate
    }

    /// The scheduling fields of one task, copied out of the plan once.
    struct Input {
        var start: CalendarDate?
        var duration: Int?
        var end: CalendarDate?
        var progress: Int
        var doneOn: CalendarDate?
    }

    let tasks: [Input]
    let planStart: CalendarDate?
    let statusDate: CalendarDate
    /// The evaluation date (the status date when none was given).
    let evaluationDate: CalendarDate
    let graph: DependencyGraph
    var days: WorkingDayIndex
    /// First working day after the later of the status date and the evaluation date: the
    /// earliest day remaining work can happen.
    let resumeFloor: CalendarDate
    var issues: [ScheduleIssue]
    var slots: [Slot?]
    var order: [Int] = []

    init(plan: AgencyPlan, calendar: WorkCalendar, asOf: CalendarDate?) {
        tasks = plan.tasks.map {
            Input(start: $0.start?.value, duration: $0.duration?.value, end: $0.end?.value,
                  progress: min(max($0.progress.value, 0), 100), doneOn: $0.doneOn?.value)
        }
        planStart = plan.start?.value
        statusDate = plan.statusDate.value
        evaluationDate = asOf ?? plan.statusDate.value
        graph = DependencyGraph(plan.tasks)
        days = WorkingDayIndex(calendar: calendar, around: plan.start?.value ?? statusDate)
        resumeFloor = days.after(max(statusDate, evaluationDate))
        issues = graph.issues
        slots = [Slot?](repeating: nil, count: plan.tasks.count)
    }

    /// Places every task it can, in dependency order.
    mutating func placeAll() {
        var seen = [Bool](repeating: false, count: tasks.count)
        for i in graph.topologicalOrder() {
            seen[i] = true
            if let slot = place(i) {
                slots[i] = slot
                order.append(i)
            }
        }
        for i in tasks.indices where !seen[i] { issues.append(ScheduleIssue(task: i, kind: .cycle)) }
    }

    private mutating func place(_ i: Int) -> Slot? {
        let t = tasks[i]
        for j in graph.predecessors(of: i) where slots[j] == nil {
            issues.append(ScheduleIssue(task: i, kind: .unplacedPredecessor(j)))
            return nil
        }
        let (given, milestone) = duration(of: t, at: i)
        guard let (start, driver) = plannedStart(i, milestone: milestone) else {
            issues.append(ScheduleIssue(task: i, kind: .noStart))
            return nil
        }
        var n = given
        if t.duration == nil, let end = t.end {
            n = max(1, days.count(from: start, through: days.onOrBefore(end)))
        }
        let end = milestone ? start : days.nth(n, from: start)
        var slot = Slot(plannedStart: start, plannedEnd: end, plannedDriver: driver,
                        startBound: startBound(i), duration: n, isMilestone: milestone,
                        projectedStart: start, projectedEnd: end, drivenBy: driver,
                        workStart: start, latestStart: end, latestFinish: end)
        project(&slot, i)
        return slot
    }

    /// The given duration (clamped) and whether the task is a milestone.
    private mutating func duration(of t: Input, at i: Int) -> (Int, Bool) {
        if let d = t.duration {
            let n = min(max(d, 0), Scheduler.maxDuration)
            if n != d { issues.append(ScheduleIssue(task: i, kind: .durationOutOfRange)) }
            return (n, n == 0)
        }
        if t.end != nil { return (1, false) }
        issues.append(ScheduleIssue(task: i, kind: .noDuration))
        return (0, true)
    }

    /// The predecessor with the latest end (ties: earliest in plan order).
    func latestPredecessor(_ i: Int, projected: Bool) -> (Int, CalendarDate)? {
        var best: (Int, CalendarDate)?
        for j in graph.predecessors(of: i) {
            guard let s = slots[j] else { continue }
            let e = projected ? s.projectedEnd : s.plannedEnd
            if let b = best, e < b.1 || (e == b.1 && j > b.0) { continue }
            best = (j, e)
        }
        return best
    }

    /// The own `start` (moved to a working day), else the plan `start` for a task without
    /// predecessors.
    private mutating func startBound(_ i: Int) -> (CalendarDate, StartDriver)? {
        if let s = tasks[i].start { return (days.onOrAfter(s), .fixedStart) }
        if graph.predecessors(of: i).isEmpty, let s = planStart { return (days.onOrAfter(s), .planStart) }
        return nil
    }

    /// Planned start: after the predecessors and not before a fixed start; else the plan start.
    private mutating func plannedStart(_ i: Int, milestone: Bool) -> (CalendarDate, StartDriver)? {
        var best: (CalendarDate, StartDriver)?
        if let (j, e) = latestPredecessor(i, projected: false) {
            best = (milestone ? e : days.after(e), .predecessor(j))
        }
        if let s = tasks[i].start {
            let fixed = days.onOrAfter(s)
            if best == nil || fixed > best!.0 { best = (fixed, .fixedStart) }
        }
        if best == nil, let s = planStart { best = (days.onOrAfter(s), .planStart) }
        return best
    }
}

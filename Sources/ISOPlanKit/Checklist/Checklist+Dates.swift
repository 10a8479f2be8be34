extension Checklist {
    /// The dates of one task that the checklist shows.
    public struct TaskDates: Sendable, Hashable {
        /// Last working day of the task as planned (plan-format.md §8).
        public var plannedEnd: CalendarDate
        /// Last working day of the task as projected from its progress (§9).
        public var projectedEnd: CalendarDate
        /// Planned length in working days (0 for a milestone); weights the progress.
        public var workingDays: Int

        /// Creates the dates of a task.
        public init(plannedEnd: CalendarDate, projectedEnd: CalendarDate, workingDays: Int) {
            self.plannedEnd = plannedEnd
            self.projectedEnd = projectedEnd
            self.workingDays = workingDays
        }
    }

    /// Planned and projected dates per task id, for `build(plan:catalog:dates:)`.
    ///
    /// This is the one place where the checklist gets its dates. It follows the rules of
    /// plan-format.md §8–9 with a small pass of its own; tasks caught in a dependency cycle
    /// or without any start get no dates.
    public static func dates(for plan: AgencyPlan, calendar: WorkCalendar) -> [String: TaskDates] {
        var estimator = DateEstimator(plan: plan, calendar: calendar)
        var out: [String: TaskDates] = [:]
        for task in plan.tasks {
            guard let planned = estimator.planned(task.id.value),
                  let projected = estimator.projectedEnd(task.id.value) else { continue }
            out[task.id.value] = TaskDates(plannedEnd: planned.end, projectedEnd: projected,
                                           workingDays: planned.length)
        }
        return out
    }
}

/// Planned and projected dates of a plan's tasks, computed on demand and memoised.
struct DateEstimator {
    struct Span { var start: CalendarDate; var end: CalendarDate; var length: Int }

    let calendar: WorkCalendar
    let planStart: CalendarDate?
    let statusDate: CalendarDate
    let tasks: [String: PlanTask]
    private var plannedMemo: [String: Span?] = [:]
    private var projectedMemo: [String: CalendarDate?] = [:]
    private var visiting: Set<String> = []

    init(plan: AgencyPlan, calendar: WorkCalendar) {
        self.calendar = calendar
        planStart = plan.start?.value
        statusDate = plan.statusDate.value
        tasks = Dictionary(plan.tasks.map { ($0.id.value, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The planned span (§8); nil on a cycle, an unknown id or a task with no start.
    mutating func planned(_ id: String) -> Span? {
        if let memo = plannedMemo[id] { return memo }
        guard let task = tasks[id], visiting.insert(id).inserted else { return nil }
        defer { visiting.remove(id) }
        var predecessorEnds: [CalendarDate] = []
        for a in task.after {
            guard let span = planned(a.value) else { plannedMemo[id] = .some(nil); return nil }
            predecessorEnds.append(span.end)
        }
        let span = plannedSpan(task, predecessorEnds: predecessorEnds)
        plannedMemo[id] = span
        return span
    }

    private func plannedSpan(_ task: PlanTask, predecessorEnds: [CalendarDate]) -> Span? {
        let milestone = task.end == nil && (task.duration?.value ?? 0) == 0
        var candidates = predecessorEnds.map { milestone ? $0 : calendar.workingDay(after: $0) }
        if let s = task.start?.value { candidates.append(calendar.workingDay(onOrAfter: s)) }
        if task.start == nil, task.after.isEmpty, let s = planStart {
            candidates.append(calendar.workingDay(onOrAfter: s))
        }
        guard let start = candidates.max() else { return nil }
        if let end = task.end?.value {
            let last = max(calendar.workingDay(onOrBefore: end), start)
            return Span(start: start, end: last, length: calendar.workingDays(from: start, through: last))
        }
        let n = task.duration?.value ?? 0
        return Span(start: start, end: n == 0 ? start : calendar.nthWorkingDay(n, from: start), length: n)
    }

    /// The projected end (§9); nil when the planned span is unknown.
    mutating func projectedEnd(_ id: String) -> CalendarDate? {
        if let memo = projectedMemo[id] { return memo }
        guard let task = tasks[id], let span = planned(id), visiting.insert(id).inserted else { return nil }
        defer { visiting.remove(id) }
        let end = projected(task, span: span)
        projectedMemo[id] = end
        return end
    }

    private mutating func projected(_ task: PlanTask, span: Span) -> CalendarDate? {
        let progress = task.progress.value
        if progress >= 100 { return task.doneOn?.value ?? span.end }
        var predecessorEnds: [CalendarDate] = []
        for a in task.after {
            guard let end = projectedEnd(a.value) else { return nil }
            predecessorEnds.append(end)
        }
        let afterStatus = calendar.workingDay(after: statusDate)
        let remaining = (span.length * (100 - progress) + 99) / 100
        if remaining == 0 {
            return max(predecessorEnds.max() ?? span.start, afterStatus)
        }
        var candidates = [afterStatus] + predecessorEnds.map { calendar.workingDay(after: $0) }
        if let s = task.start?.value { candidates.append(s) }
        if task.start == nil, task.after.isEmpty, let s = planStart { candidates.append(s) }
        let start = calendar.workingDay(onOrAfter: candidates.max() ?? afterStatus)
        return calendar.nthWorkingDay(remaining, from: start)
    }
}

/// Structural rules over one decoded plan (those that need no calendar).
public enum PlanValidator {
    /// Every structural problem of `plan`.
    public static func validate(_ plan: AgencyPlan) -> [Diagnostic] {
        validate(tasks: plan.tasks, planStart: plan.start, statusDate: plan.statusDate, at: plan.at)
    }

    /// The rules over a task list; `statusDate` is nil when the plan's own is missing or broken.
    public static func validate(tasks: [PlanTask], planStart: Located<CalendarDate>?,
                                statusDate: Located<CalendarDate>?, at: SourceLocation) -> [Diagnostic] {
        var out: [Diagnostic] = []
        var table = TaskIDTable(tasks.map(\.id.value))
        var first = [Bool](repeating: false, count: tasks.count)
        for i in tasks.indices {
            if table.insert(i) {
                first[i] = true
            } else if let f = table.index(of: tasks[i].id.value) {
                let id = tasks[i].id, other = tasks[f].id.at
                out.append(.make("duplicate-task-id", "task id '\(id.value)' is already used at line "
                                 + "\(other.line); give each task its own id", at: id.at,
                                 notes: [.make("duplicate-task-id", "first '\(id.value)' is here", at: other, severity: .note)]))
            }
            taskRules(tasks[i], planStart: planStart, statusDate: statusDate, into: &out)
        }
        var graph = CycleFinder.Graph(count: tasks.count)
        var unknown = 0
        var ids: [String] = []
        for i in tasks.indices {
            for a in tasks[i].after {
                if let j = table.index(of: a.value) {
                    if first[i] { graph.edges.append(Int32(j)) }
                } else {
                    // Hints cost a comparison with every id: only the first few get one.
                    unknown += 1
                    if unknown <= Suggestion.hintBudget && ids.isEmpty { ids = tasks.map(\.id.value) }
                    let hint = unknown <= Suggestion.hintBudget ? Suggestion.hint(a.value, ids) : ""
                    out.append(.make("unknown-predecessor", "task '\(tasks[i].id.value)' comes after '\(a.value)', "
                                     + "which is not a task of this plan" + hint, at: a.at))
                }
            }
            graph.start[i + 1] = Int32(graph.edges.count)
        }
        out += CycleFinder.cycles(in: tasks, graph: graph)
        out += missingSteps(tasks, at: at)
        return out
    }

    static func taskRules(_ t: PlanTask, planStart: Located<CalendarDate>?,
                          statusDate: Located<CalendarDate>?, into out: inout [Diagnostic]) {
        if let d = t.duration, let e = t.end {
            out.append(.make("duration-and-end", "task '\(t.id.value)' gives both 'duration' and 'end'; keep one",
                             at: max(e.at, d.at)))
        } else if t.duration == nil && t.end == nil {
            out.append(.make("missing-duration", "task '\(t.id.value)' has neither 'duration' nor 'end'; add "
                             + "'duration: 5' (working days) or 'end: YYYY-MM-DD'", at: t.id.at))
        }
        if t.start == nil && t.after.isEmpty && planStart == nil {
            out.append(.make("missing-start", "task '\(t.id.value)' has no 'start' and no 'after', and the plan "
                             + "has no 'start'; give the task a start date or a predecessor", at: t.id.at))
        }
        if let e = t.end, let s = t.start, e.value < s.value {
            out.append(.make("end-before-start", "task '\(t.id.value)' ends on \(e.value.iso), before its start "
                             + "\(s.value.iso); correct one of the dates", at: e.at))
        }
        if let done = t.doneOn {
            if t.progress.value < 100 {
                out.append(.make("done-on-incomplete", "task '\(t.id.value)' has 'done_on' but progress "
                                 + "\(t.progress.value)%; set progress to 100 or remove 'done_on'", at: done.at))
            }
            if let status = statusDate, done.value > status.value {
                out.append(.make("done-on-after-status-date", "task '\(t.id.value)' was done on \(done.value.iso), "
                                 + "after the status date \(status.value.iso); a plan cannot report "
                                 + "the future — move 'status_date' forward or correct 'done_on'", at: done.at))
            }
        }
    }

    static func missingSteps(_ tasks: [PlanTask], at: SourceLocation) -> [Diagnostic] {
        guard !tasks.isEmpty else { return [] }
        var covered = Set<StepID>()
        for i in tasks.indices { if let s = tasks[i].step?.value { covered.insert(s) } }
        var out: [Diagnostic] = []
        for s in StepID.allCases where s.isRequired && !covered.contains(s) {
            out.append(.make("missing-step", "no task covers the required step '\(s.rawValue)'; add a task "
                             + "with 'step: \(s.rawValue)'", at: tasks[0].at))
        }
        return out
    }
}

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
        var index: [String: Int] = [:]
        for (i, t) in tasks.enumerated() {
            if let first = index[t.id.value] {
                let other = tasks[first].id.at
                out.append(.make("duplicate-task-id", "task id '\(t.id.value)' is already used at line "
                                 + "\(other.line); give each task its own id", at: t.id.at,
                                 notes: [.make("duplicate-task-id", "first '\(t.id.value)' is here", at: other, severity: .note)]))
            } else {
                index[t.id.value] = i
            }
            out += taskRules(t, planStart: planStart, statusDate: statusDate)
        }
        let ids = tasks.map(\.id.value)
        for t in tasks {
            for a in t.after where index[a.value] == nil {
                out.append(.make("unknown-predecessor", "task '\(t.id.value)' comes after '\(a.value)', "
                                 + "which is not a task of this plan" + Suggestion.hint(a.value, ids), at: a.at))
            }
        }
        out += CycleFinder.cycles(in: tasks, index: index)
        out += missingSteps(tasks, at: at)
        return out
    }

    static func taskRules(_ t: PlanTask, planStart: Located<CalendarDate>?,
                          statusDate: Located<CalendarDate>?) -> [Diagnostic] {
        var out: [Diagnostic] = []
        let name = t.id.value
        if let d = t.duration, let e = t.end {
            out.append(.make("duration-and-end", "task '\(name)' gives both 'duration' and 'end'; keep one",
                             at: max(e.at, d.at)))
        } else if t.duration == nil && t.end == nil {
            out.append(.make("missing-duration", "task '\(name)' has neither 'duration' nor 'end'; add "
                             + "'duration: 5' (working days) or 'end: YYYY-MM-DD'", at: t.id.at))
        }
        if t.start == nil && t.after.isEmpty && planStart == nil {
            out.append(.make("missing-start", "task '\(name)' has no 'start' and no 'after', and the plan "
                             + "has no 'start'; give the task a start date or a predecessor", at: t.id.at))
        }
        if let e = t.end, let s = t.start, e.value < s.value {
            out.append(.make("end-before-start", "task '\(name)' ends on \(e.value.iso), before its start "
                             + "\(s.value.iso); correct one of the dates", at: e.at))
        }
        if let done = t.doneOn {
            if t.progress.value < 100 {
                out.append(.make("done-on-incomplete", "task '\(name)' has 'done_on' but progress "
                                 + "\(t.progress.value) %; set progress to 100 or remove 'done_on'", at: done.at))
            }
            if let status = statusDate, done.value > status.value {
                out.append(.make("done-on-after-status-date", "task '\(name)' was done on \(done.value.iso), "
                                 + "after the status date \(status.value.iso); a plan cannot report "
                                 + "the future — move 'status_date' forward or correct 'done_on'", at: done.at))
            }
        }
        return out
    }

    static func missingSteps(_ tasks: [PlanTask], at: SourceLocation) -> [Diagnostic] {
        guard !tasks.isEmpty else { return [] }
        let covered = Set(tasks.compactMap { $0.step?.value })
        var out: [Diagnostic] = []
        for s in StepID.allCases where s.isRequired && !covered.contains(s) {
            out.append(.make("missing-step", "no task covers the required step '\(s.rawValue)'; add a task "
                             + "with 'step: \(s.rawValue)'", at: tasks.first?.at ?? at))
        }
        return out
    }
}

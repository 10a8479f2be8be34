/// Structural rules over one decoded plan (those that need no calendar).
enum PlanValidator {
    /// The rules over a task list; `statusDate` is nil when the plan's own is missing or broken,
    /// and `planStartFlawed` says that the plan's `start` was written but its mistake reported.
    static func validate(tasks: [PlanTask], planStart: Located<CalendarDate>?, planStartFlawed: Bool,
                         statusDate: Located<CalendarDate>?, at: SourceLocation) -> [Diagnostic] {
        var out: [Diagnostic] = []
        var table = TaskIDTable(tasks.map(\.id.value))
        var first = [Bool](repeating: false, count: tasks.count)
        tasks.withUnsafeBufferPointer { tasks in
            // Each task read in place: `tasks[i]` of an array would copy it to pass it on.
            for i in tasks.indices {
                if table.insert(i) {
                    first[i] = true
                } else if let f = table.index(of: tasks[i].id.value) {
                    out.append(.duplicateTaskID(tasks[i].id.value, at: tasks[i].id.at, first: tasks[f].id.at))
                }
                taskRules(tasks.baseAddress! + i, planStart: planStart, planStartFlawed: planStartFlawed,
                          statusDate: statusDate, into: &out)
            }
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
                    let hint = unknown <= Suggestion.hintBudget ? Suggestion.hint(a.value, ids) : .empty
                    out.append(.unknownPredecessor(task: tasks[i].id.value, after: a.value, hint: hint, at: a.at))
                }
            }
            graph.start[i + 1] = Int32(graph.edges.count)
        }
        out += CycleFinder.cycles(in: tasks, graph: graph)
        out += missingSteps(tasks, at: at)
        return out
    }

    static func taskRules(_ task: UnsafePointer<PlanTask>, planStart: Located<CalendarDate>?, planStartFlawed: Bool,
                          statusDate: Located<CalendarDate>?, into out: inout [Diagnostic]) {
        // Fields read through the pointer: a `PlanTask` value would copy the whole task.
        var t: PlanTask { _read { yield task.pointee } }
        if let d = t.duration, let e = t.end {
            out.append(.durationAndEnd(task: t.id.value, at: max(e.at, d.at)))
        } else if t.duration == nil && t.end == nil && t.flawed.isDisjoint(with: ["duration", "end"]) {
            // A misspelt or unreadable duration or end was reported already: one mistake, one error.
            out.append(.missingDuration(task: t.id.value, at: t.id.at))
        }
        if t.start == nil && t.after.isEmpty && planStart == nil && !planStartFlawed
            && t.flawed.isDisjoint(with: ["start", "after"]) {
            // A misspelt or unreadable start or after (the task's or the plan's) was reported already.
            out.append(.missingStart(task: t.id.value, at: t.id.at))
        }
        if let e = t.end, let s = t.start, e.value < s.value {
            out.append(.endBeforeStart(task: t.id.value, end: e.value, start: s.value, at: e.at))
        }
        if let done = t.doneOn {
            // An unreadable progress was reported already; it reads as 0, which the plan never said.
            if t.progress.value < 100 && !t.flawed.contains("progress") {
                out.append(.doneOnIncomplete(task: t.id.value, progress: t.progress.value, at: done.at))
            }
            if let status = statusDate, done.value > status.value {
                out.append(.doneOnAfterStatusDate(task: t.id.value, done: done.value, status: status.value, at: done.at))
            }
        }
    }

    static func missingSteps(_ tasks: [PlanTask], at: SourceLocation) -> [Diagnostic] {
        guard !tasks.isEmpty else { return [] }
        // Steps by `order` (a bit each): no hashing of the steps' names.
        var covered: UInt32 = 0
        for i in tasks.indices {
            // A misspelt step (reported already) counts as the step it most likely means.
            if let s = tasks[i].step?.value ?? tasks[i].likelyStep { covered |= 1 << UInt32(s.order) }
        }
        var out: [Diagnostic] = []
        for s in StepID.allCases where s.isRequired && covered & (1 << UInt32(s.order)) == 0 {
            out.append(.missingStep(s, at: tasks[0].at))
        }
        return out
    }
}

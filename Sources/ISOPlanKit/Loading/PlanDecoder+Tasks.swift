extension PlanDecoder {
    static func readTasks(_ r: inout FieldReader, _ f: Fields) -> [PlanTask]? {
        guard let node = r.require(f, "tasks", hint: " (a list of tasks)") else { return nil }
        guard case .list(let items, let at) = node else {
            r.diagnostics.append(.wrongType("tasks", expected: "a list of tasks", got: node))
            return nil
        }
        if items.isEmpty {
            r.diagnostics.append(.make("no-tasks", "the plan has no tasks; add one task per migration step "
                                       + "(isoplan init writes a complete plan)", at: at))
        }
        var tasks: [PlanTask] = []
        tasks.reserveCapacity(items.count)
        for item in items {
            if let t = readTask(&r, item) { tasks.append(t) }
        }
        return tasks
    }

    static func readTask(_ r: inout FieldReader, _ node: LocatedNode) -> PlanTask? {
        guard let f = r.fields(node, known: taskKeys, context: "a task") else { return nil }
        let id = r.id(r.require(f, "id"), key: "id")
        let title = r.string(r.require(f, "title"), key: "title")
        var step: Located<StepID>?
        if let s = r.string(f["step"], key: "step") {
            if let v = StepID(rawValue: s.value) { step = Located(v, at: s.at) } else {
                r.diagnostics.append(.unknownStep(s.value, at: s.at))
            }
        }
        let clauses = r.list(f["clauses"], key: "clauses") { r, n in r.string(n, key: "clauses") }
        let after = r.list(f["after"], key: "after") { r, n in r.id(n, key: "after") }
        let duration = readDuration(&r, f["duration"])
        let progress = r.int(f["progress"], key: "progress")
        if let p = progress, !(0...100).contains(p.value) {
            r.diagnostics.append(.make("progress-out-of-range", "progress is \(p.value); give a percentage "
                                       + "from 0 to 100", at: p.at))
        }
        guard let id, let title else { return nil }
        return PlanTask(at: f.at, id: id, title: title, step: step, clauses: clauses,
                        owner: r.string(f["owner"], key: "owner"), start: r.date(f["start"], key: "start"),
                        duration: duration, end: r.date(f["end"], key: "end"), after: after,
                        progress: progress.map { Located(min(100, max(0, $0.value)), at: $0.at) }
                            ?? Located(0, at: f.at),
                        doneOn: r.date(f["done_on"], key: "done_on"))
    }

    /// `5`, `"5d"` or `"3w"` (= 15 working days).
    static func readDuration(_ r: inout FieldReader, _ node: LocatedNode?) -> Located<Int>? {
        guard let node, let s = r.scalar(node, key: "duration", expected: "working days (5, \"5d\" or \"3w\")") else {
            return nil
        }
        var text = Substring(s.text)
        var factor = 1
        if text.hasSuffix("d") { text = text.dropLast() } else if text.hasSuffix("w") {
            text = text.dropLast()
            factor = 5
        }
        guard !text.isEmpty, text.utf8.count <= 6, text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }),
              let n = Int(text), n * factor <= maxDuration else {
            r.diagnostics.append(.invalidDuration(text: s.text, at: s.at))
            return nil
        }
        return Located(n * factor, at: s.at)
    }
}

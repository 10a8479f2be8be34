extension PlanDecoder {
    /// Step ids in `StepID.allCases` order, matched on bytes.
    static let stepTable = KeyTable(StepID.allCases.map(\.rawValue))

    static func readTasks(_ r: inout FieldReader, _ f: Fields) -> [PlanTask]? {
        guard let node = r.require(f, "tasks", hint: " (a list of tasks)") else { return nil }
        guard r.doc.kind(node) == .list else {
            r.diagnostics.append(.wrongType("tasks", expected: "a list of tasks", got: r.doc.describe(node), at: r.at(node)))
            return nil
        }
        let count = r.doc.count(node), at = r.at(node)
        if count == 0 {
            r.diagnostics.append(.make("no-tasks", "the plan has no tasks; add one task per migration step "
                                       + "(isoplan init writes a complete plan)", at: at))
        }
        var tasks: [PlanTask] = []
        tasks.reserveCapacity(count)
        for k in 0..<count {
            if let t = readTask(&r, r.doc.item(node, k)) { tasks.append(t) }
        }
        return tasks
    }

    static func readTask(_ r: inout FieldReader, _ node: LocatedNode) -> PlanTask? {
        guard let f = r.fields(node, known: taskTable, context: "a task") else { return nil }
        let id = r.id(r.require(f, "id"), key: "id")
        let title = r.string(r.require(f, "title"), key: "title")
        var step: Located<StepID>?
        if let node = f["step"], r.scalar(node, key: "step", expected: "text") {
            if let k = r.doc.withBytes(node, { stepTable.slot(of: $0) }) {
                step = Located(StepID.allCases[k], at: r.at(node))
            } else {
                r.diagnostics.append(.unknownStep(r.doc.text(node), at: r.at(node)))
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
        guard let node, r.scalar(node, key: "duration", expected: "working days (5, \"5d\" or \"3w\")") else {
            return nil
        }
        guard let days = r.doc.withBytes(node, parseDuration) else {
            r.diagnostics.append(.invalidDuration(text: r.doc.text(node), at: r.at(node)))
            return nil
        }
        return Located(days, at: r.at(node))
    }

    /// Working days in `5`, `5d` or `3w` (at most six digits and `maxDuration` days), else nil.
    static func parseDuration(_ u: UnsafeBufferPointer<UInt8>) -> Int? {
        var digits = u.count, factor = 1
        if let last = u.last, last == UInt8(ascii: "d") || last == UInt8(ascii: "w") {
            digits -= 1
            if last == UInt8(ascii: "w") { factor = 5 }
        }
        guard digits > 0, digits <= 6 else { return nil }
        var n = 0
        for i in 0..<digits {
            guard u[i] >= 48, u[i] <= 57 else { return nil }
            n = n * 10 + Int(u[i] - 48)
        }
        return n * factor <= maxDuration ? n * factor : nil
    }
}

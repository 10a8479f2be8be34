extension PlanDecoder {
    /// Step ids in `StepID.allCases` order, matched on bytes.
    static let stepTable = KeyTable(StepID.allCases.map(\.rawValue))

    /// The slots of a task's keys in `taskTable`, found once (a task's fields are then read
    /// without comparing key names).
    struct TaskSlots {
        let id, title, step, clauses, owner, start, duration, end, after, progress, doneOn: Int

        init(_ table: KeyTable) {
            func slot(_ name: String) -> Int { table.slot(named: name)! }
            id = slot("id"); title = slot("title"); step = slot("step"); clauses = slot("clauses")
            owner = slot("owner"); start = slot("start"); duration = slot("duration"); end = slot("end")
            after = slot("after"); progress = slot("progress"); doneOn = slot("done_on")
        }
    }

    static let taskSlots = TaskSlots(taskTable)

    static func readTasks(_ r: inout FieldReader, _ f: Fields) -> [PlanTask]? {
        guard let node = r.require(f, "tasks", hint: .en(" (a list of tasks)", vi: " (danh sách công việc)")) else { return nil }
        guard r.doc.kind(node) == .list else {
            r.diagnostics.append(.wrongType("tasks", expected: .aListOfTasks, got: r.doc.describeWords(node), at: r.at(node)))
            return nil
        }
        let count = r.doc.count(node), at = r.at(node)
        if count == 0 {
            r.diagnostics.append(.noTasks(at: at))
        }
        var tasks: [PlanTask] = []
        tasks.reserveCapacity(count)
        for k in 0..<count { readTask(&r, r.doc.item(node, k), into: &tasks) }
        return tasks
    }

    /// Reads one task and appends it to `tasks` (built in place, not copied in), unless it has
    /// no usable id or title.
    static func readTask(_ r: inout FieldReader, _ node: LocatedNode, into tasks: inout [PlanTask]) {
        guard let f = r.fields(node, known: taskTable, context: .aTask) else { return }
        let k = taskSlots
        let id = r.id(r.require(f, slot: k.id), key: "id")
        let title = r.string(r.require(f, slot: k.title), key: "title")
        var step: Located<StepID>?
        var likelyStep: StepID?
        if let node = f[slot: k.step], r.scalar(node, key: "step", expected: .text) {
            if let s = r.doc.withBytes(node, { stepTable.slot(of: $0) }) {
                step = Located(StepID.allCases[s], at: r.at(node))
            } else {
                let text = r.doc.text(node)
                r.diagnostics.append(.unknownStep(text, at: r.at(node)))
                likelyStep = Suggestion.closest(to: text, in: StepID.allCases.map(\.rawValue)).flatMap(StepID.init)
            }
        } else if !f.misspelt.isEmpty, let m = f.misspelt["step"], r.doc.kind(m) == .scalar {
            // `stpe: apply`: the key was reported; its value still says which step is meant.
            likelyStep = StepID(rawValue: r.doc.text(m))
        }
        let clauses = r.list(f[slot: k.clauses], key: "clauses") { r, n in r.string(n, key: "clauses") }
        let after = r.list(f[slot: k.after], key: "after") { r, n in r.id(n, key: "after") }
        let duration = readDuration(&r, f[slot: k.duration])
        let progress = r.int(f[slot: k.progress], key: "progress")
        if let p = progress, !(0...100).contains(p.value) {
            r.diagnostics.append(.progressOutOfRange(p.value, at: p.at))
        }
        let owner = r.string(f[slot: k.owner], key: "owner")
        let start = r.date(f[slot: k.start], key: "start"), end = r.date(f[slot: k.end], key: "end")
        let doneOn = r.date(f[slot: k.doneOn], key: "done_on")
        guard let id, let title else { return }
        tasks.append(PlanTask(at: f.at, id: id, title: title, step: step, clauses: clauses, owner: owner, start: start,
                              duration: duration, end: end, after: after,
                              progress: progress.map { Located(min(100, max(0, $0.value)), at: $0.at) }
                                  ?? Located(0, at: f.at),
                              doneOn: doneOn))
        tasks[tasks.count - 1].likelyStep = likelyStep
        tasks[tasks.count - 1].flawed = r.flawedKeys(f)
    }

    /// `5`, `"5d"` or `"3w"` (= 15 working days).
    static func readDuration(_ r: inout FieldReader, _ node: LocatedNode?) -> Located<Int>? {
        guard let node, r.scalar(node, key: "duration", expected: .workingDays) else {
            return nil
        }
        guard let days = r.doc.withBytes(node, parseDuration) else {
            r.report(.invalidDuration(text: r.doc.text(node), at: r.at(node)), unreadable: node)
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

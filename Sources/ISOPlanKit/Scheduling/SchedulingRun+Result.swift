extension SchedulingRun {
    /// Calls `body` with each placed task's index, planned end and progress, in task order
    /// (the tasks and values `makeSchedule` gives the schedule), once `placeAll` has run.
    func forEachPlaced(_ body: (_ index: Int, _ plannedEnd: CalendarDate, _ progress: Int) -> Void) {
        slots.withUnsafeBufferPointer { slots in
            for i in slots.indices {
                guard let s = slots[i] else { continue }
                body(i, s.plannedEnd, tasks[i].progress)
            }
        }
    }

    /// Assembles the `Schedule` once every task that can be placed is placed.
    mutating func makeSchedule(agencyID: String, deadline: CalendarDate) -> Schedule {
        let path = criticalPath()
        backwardPass(deadline: deadline)
        var slack = [(total: Int, free: Int)?](repeating: nil, count: tasks.count)
        var least: Int?
        for i in order where tasks[i].progress < 100 {
            let s = self.slack(of: i, deadline: deadline)
            slack[i] = s
            least = min(least ?? s.total, s.total)
        }
        var out: [ScheduledTask] = []
        out.reserveCapacity(order.count)
        var first: CalendarDate?, planned: CalendarDate?, projected: CalendarDate?
        for i in tasks.indices {
            guard let s = slots[i] else { continue }
            out.append(ScheduledTask(
                index: i, plannedStart: s.plannedStart, plannedEnd: s.plannedEnd,
                projectedStart: s.projectedStart, projectedEnd: s.projectedEnd,
                doneThrough: s.doneThrough, durationDays: s.duration, remainingDays: s.remaining,
                progress: tasks[i].progress, isCritical: slack[i] != nil && slack[i]!.total == least,
                slipDays: signedWorkingDays(from: s.plannedEnd, to: s.projectedEnd),
                isMilestone: s.isMilestone, drivenBy: s.drivenBy,
                latestStart: s.latestStart, latestFinish: s.latestFinish,
                totalSlackDays: slack[i]?.total, freeSlackDays: slack[i]?.free))
            first = min(first ?? s.projectedStart, s.projectedStart)
            planned = max(planned ?? s.plannedEnd, s.plannedEnd)
            projected = max(projected ?? s.projectedEnd, s.projectedEnd)
        }
        let finish = projected ?? statusDate
        return Schedule(
            agencyID: agencyID, statusDate: statusDate, evaluationDate: evaluationDate, deadline: deadline, tasks: out,
            order: order, firstStart: first ?? statusDate, plannedFinish: planned ?? statusDate,
            projectedFinish: finish, slackDays: signedWorkingDays(from: finish, to: deadline),
            criticalPath: path, progress: Self.progress(of: out),
            issues: issues.enumerated().sorted { ($0.element.task, $0.offset) < ($1.element.task, $1.offset) }
                .map(\.element))
    }

    /// Working days in (a, b] when b is later, minus those in (b, a] when earlier; 0 when equal.
    mutating func signedWorkingDays(from a: CalendarDate, to b: CalendarDate) -> Int {
        if a == b { return 0 }
        return a < b ? days.count(from: a.adding(days: 1), through: b)
                     : -days.count(from: b.adding(days: 1), through: a)
    }

    /// From the task with the latest projected end (ties: the last in dependency order, so a
    /// closing milestone wins over the task it follows), back through the predecessors that
    /// set each start; first to last.
    func criticalPath() -> [Int] {
        var last: Int?
        for i in order {
            if let l = last, slots[i]!.projectedEnd < slots[l]!.projectedEnd { continue }
            last = i
        }
        var path: [Int] = []
        var cursor = last
        // Predecessors are placed before their successors, so the walk ends; the bound is a
        // second guard.
        while let i = cursor, path.count <= tasks.count {
            path.append(i)
            if case .predecessor(let j) = slots[i]!.drivenBy, slots[j] != nil { cursor = j } else { cursor = nil }
        }
        return path.reversed()
    }

    /// Duration-weighted mean progress; a plain mean when every task is a milestone.
    static func progress(of tasks: [ScheduledTask]) -> Double {
        guard !tasks.isEmpty else { return 0 }
        var weight = 0, sum = 0
        for t in tasks where !t.isMilestone {
            weight += t.durationDays
            sum += t.durationDays * t.progress
        }
        if weight > 0 { return Double(sum) / Double(weight) }
        return Double(tasks.reduce(0) { $0 + $1.progress }) / Double(tasks.count)
    }
}

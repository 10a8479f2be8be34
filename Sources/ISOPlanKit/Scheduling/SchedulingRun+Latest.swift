extension SchedulingRun {
    /// The backward pass (plan-format.md, "Latest dates"): latest finish and latest start of
    /// every placed task, from the deadline back over the planned lengths, in reverse
    /// dependency order. Linear in tasks + dependencies.
    ///
    /// A milestone may fall on its predecessor's last day, so a task before a milestone may
    /// finish on the milestone's latest date; before a task it must finish the working day
    /// before that task's latest start; a milestone after a task follows the same rule.
    mutating func backwardPass(deadline: CalendarDate) {
        let last = days.onOrBefore(deadline)
        for i in order.reversed() {
            var finish: CalendarDate?
            for s in graph.successors(of: i) {
                guard let succ = slots[s] else { continue }
                let bound = succ.isMilestone ? succ.latestStart : days.before(succ.latestStart)
                if finish == nil || bound < finish! { finish = bound }
            }
            let lf = finish ?? last
            slots[i]!.latestFinish = lf
            slots[i]!.latestStart = slots[i]!.isMilestone ? lf : days.nthBack(slots[i]!.duration, from: lf)
        }
    }

    /// Total and free slack of an incomplete task, in working days.
    mutating func slack(of i: Int, deadline: CalendarDate) -> (total: Int, free: Int) {
        let slot = slots[i]!
        let total = signedWorkingDays(from: slot.projectedEnd, to: slot.latestFinish)
        var free: Int?
        for s in graph.successors(of: i) {
            guard let succ = slots[s], tasks[s].progress < 100 else { continue }
            // The last day this task may end without moving the successor's work.
            let bound = succ.isMilestone ? succ.workStart : days.before(succ.workStart)
            let room = signedWorkingDays(from: slot.projectedEnd, to: bound)
            if free == nil || room < free! { free = room }
        }
        return (total, free ?? signedWorkingDays(from: slot.projectedEnd, to: deadline))
    }
}

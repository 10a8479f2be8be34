extension SchedulingRun {
    /// Fills the projected dates of a task whose planned dates are set.
    mutating func project(_ slot: inout Slot, _ i: Int) {
        let t = tasks[i]
        let p = t.progress
        if p >= 100 {
            projectComplete(&slot, doneOn: t.doneOn)
            return
        }
        // The latest of: the resume floor (after the status and evaluation dates), the own (or plan)
        // start, the predecessors' projected ends. Ties go to the predecessor, then the start.
        var (at, driver) = (resumeFloor, StartDriver.statusDate)
        if let (b, d) = slot.startBound, b >= at { (at, driver) = (b, d) }
        if let (j, e) = latestPredecessor(i, projected: true) {
            let c = slot.isMilestone ? e : days.after(e)
            if c >= at { (at, driver) = (c, .predecessor(j)) }
        }
        slot.drivenBy = driver
        slot.workStart = at
        if slot.isMilestone {
            slot.projectedStart = at
            slot.projectedEnd = at
            return
        }
        slot.remaining = (slot.duration * (100 - p) + 99) / 100
        slot.projectedEnd = days.nth(slot.remaining, from: at)
        slot.projectedStart = p > 0 ? min(slot.plannedStart, at) : at
        let doneDays = slot.duration - slot.remaining
        if p > 0, doneDays > 0 {
            // Drawn from the start, but never into the days the remaining work occupies.
            let d = min(days.nth(doneDays, from: slot.projectedStart), days.onOrBefore(at.adding(days: -1)))
            if d >= slot.projectedStart { slot.doneThrough = d }
        }
    }

    private mutating func projectComplete(_ slot: inout Slot, doneOn: CalendarDate?) {
        let end = doneOn ?? slot.plannedEnd
        slot.projectedEnd = end
        if slot.isMilestone {
            slot.projectedStart = end
        } else if end < slot.plannedStart {
            slot.projectedStart = days.nthBack(slot.duration, from: end)
        }
        slot.doneThrough = end
        slot.workStart = end
        slot.remaining = 0
        slot.drivenBy = slot.plannedDriver
    }
}

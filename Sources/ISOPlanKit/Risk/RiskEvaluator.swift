/// Decides an agency's risk level and its reasons (plan-format.md "Risk levels").
enum RiskEvaluator {
    /// Evaluates a valid plan from its schedule at the context's evaluation date; `taskFacts:
    /// false` leaves `tasks` empty (only the periodic report reads them).
    static func evaluate(_ plan: AgencyPlan, schedule: Schedule, context: EvaluationContext,
                         taskFacts: Bool = true) -> AgencyRisk {
        let deadline = schedule.deadline
        var risk = base(plan, deadline: deadline)
        risk.progress = schedule.progress
        risk.statusDate = plan.statusDate.value
        risk.plannedFinish = schedule.plannedFinish
        risk.projectedFinish = schedule.projectedFinish
        risk.firstStart = schedule.firstStart
        risk.slackDays = schedule.slackDays
        if taskFacts { risk.tasks = facts(plan, schedule) }
        risk.nextMustStart = schedule.nextMustStart.map {
            AgencyRisk.MustStart(task: plan.tasks[$0.index].id.value, title: plan.tasks[$0.index].title.value,
                                 date: $0.latestStart, projectedStart: $0.projectedStart)
        }

        let finishAt = schedule.criticalPath.last.map { plan.tasks[$0].id.at } ?? plan.statusDate.at
        var missReasons: [RiskReason] = []
        var riskReasons: [RiskReason] = []
        let complete = schedule.isComplete
        if schedule.projectedFinish > deadline {
            missReasons.append(RiskReason(rule: "late-finish", finding: .lateFinish(
                finish: schedule.projectedFinish, deadline: deadline, workingDays: -schedule.slackDays),
                location: finishAt, level: .willMiss))
        }
        if context.asOf > deadline && !complete {
            missReasons.append(RiskReason(rule: "past-deadline", finding: .pastDeadline(asOf: context.asOf, deadline: deadline),
                                          location: plan.target.deadline?.at ?? plan.statusDate.at, level: .willMiss))
        }
        announcement(plan, schedule, deadline: deadline, miss: &missReasons, risk: &riskReasons)
        if !complete {
            riskReasons += warnings(plan, schedule, context: context, finishAt: finishAt)
        }
        let level: RiskLevel
        if complete && schedule.projectedFinish <= deadline {
            level = .done
        } else if !missReasons.isEmpty {
            level = .willMiss
        } else if !riskReasons.isEmpty {
            level = .atRisk
        } else {
            level = .onTrack
        }
        risk.level = level
        switch level {
        case .done:
            risk.reasons = [RiskReason(rule: "completed", finding: .completed(on: schedule.projectedFinish, slack: schedule.slackDays),
                                       location: finishAt, level: .done)]
        case .onTrack:
            risk.reasons = [RiskReason(rule: "on-schedule", finding: .onSchedule(finish: schedule.projectedFinish, slack: schedule.slackDays),
                                       location: finishAt, level: .onTrack)]
        default:
            risk.reasons = missReasons + riskReasons
        }
        return risk
    }

    /// The reasons that make a plan at risk without making it late.
    static func warnings(_ plan: AgencyPlan, _ schedule: Schedule, context: EvaluationContext,
                         finishAt: SourceLocation) -> [RiskReason] {
        var out: [RiskReason] = []
        let threshold = context.portfolio.effectiveAtRiskSlack
        if schedule.projectedFinish <= schedule.deadline && schedule.slackDays < threshold {
            out.append(RiskReason(rule: "low-slack", finding: .lowSlack(slack: schedule.slackDays, threshold: threshold,
                                                                       finish: schedule.projectedFinish),
                                  location: finishAt, level: .atRisk))
        }
        for t in schedule.tasks where !t.isComplete && t.plannedEnd < plan.statusDate.value {
            let task = plan.tasks[t.index]
            out.append(RiskReason(rule: "overdue-task", finding: .overdueTask(
                task: task.id.value, title: task.title.value, plannedEnd: t.plannedEnd, progress: t.progress),
                location: task.id.at, level: .atRisk))
        }
        if let reason = mustStartSoon(plan, schedule, context: context, threshold: threshold) { out.append(reason) }
        let covered = Set(plan.tasks.compactMap { $0.step?.value })
        for step in StepID.allCases where step.isRequired && step != .announcement && !covered.contains(step) {
            out.append(RiskReason(rule: "missing-step", finding: .missingStep(step),
                                  location: plan.tasks.first?.at ?? plan.at, level: .atRisk))
        }
        let type = plan.agency.type.value
        let since = context.freshSince(for: type)
        if plan.statusDate.value < since {
            out.append(RiskReason(rule: "stale-status", finding: .staleStatus(
                statusDate: plan.statusDate.value, freshSince: since, cadence: context.portfolio.cadence(for: type)),
                location: plan.statusDate.at, level: .atRisk))
        }
        return out
    }

    /// The not-started task with the earliest latest start, when that is past or within
    /// `at_risk_slack` working days of the evaluation date (the others in the same case are
    /// counted in the message).
    static func mustStartSoon(_ plan: AgencyPlan, _ schedule: Schedule, context: EvaluationContext,
                              threshold: Int) -> RiskReason? {
        let limit = context.calendar.addingWorkingDays(max(threshold, 0), to: context.asOf)
        guard let t = schedule.nextMustStart, t.latestStart <= limit else { return nil }
        let count = schedule.tasks.count { $0.mustStartBy.map { $0 <= limit } ?? false }
        let task = plan.tasks[t.index]
        return RiskReason(rule: "must-start-soon", finding: .mustStartSoon(
            task: task.id.value, latestStart: t.latestStart, projectedStart: t.projectedStart, more: count - 1),
            location: task.id.at, level: .atRisk)
    }

    /// The announcement (công bố) must be planned, and before the deadline.
    static func announcement(_ plan: AgencyPlan, _ schedule: Schedule, deadline: CalendarDate,
                             miss: inout [RiskReason], risk: inout [RiskReason]) {
        let tasks = plan.tasks.indices.filter { plan.tasks[$0].step?.value == .announcement }
        guard !tasks.isEmpty else {
            risk.append(RiskReason(rule: "announcement-not-planned", finding: .announcementNotPlanned,
                                   location: plan.tasks.first?.at ?? plan.at, level: .atRisk))
            return
        }
        for i in tasks {
            guard let t = schedule.task(i), t.projectedEnd > deadline else { continue }
            miss.append(RiskReason(rule: "announcement-after-deadline", finding: .announcementAfterDeadline(
                task: plan.tasks[i].id.value, date: t.projectedEnd, deadline: deadline),
                location: plan.tasks[i].id.at, level: .willMiss))
        }
    }

    /// The agency part of a risk record, before evaluation.
    static func base(_ plan: AgencyPlan, deadline: CalendarDate) -> AgencyRisk {
        AgencyRisk(file: plan.file, id: plan.agency.id.value, name: plan.agency.name.value,
                   nameEn: plan.agency.nameEn?.value, type: plan.agency.type.value,
                   province: plan.agency.province?.value, level: nil, progress: 0, statusDate: nil,
                   plannedFinish: nil, projectedFinish: nil, firstStart: nil, deadline: deadline,
                   slackDays: nil, reasons: [], tasks: [])
    }

    static func facts(_ plan: AgencyPlan, _ schedule: Schedule) -> [AgencyRisk.TaskFact] {
        schedule.tasks.map { t in
            let task = plan.tasks[t.index]
            return AgencyRisk.TaskFact(
                id: task.id.value, title: task.title.value, step: task.step?.value, progress: t.progress,
                plannedEnd: t.plannedEnd, projectedEnd: t.projectedEnd,
                finishedOn: t.isComplete ? t.projectedEnd : nil, durationDays: t.durationDays,
                projectedStart: t.projectedStart, latestStart: t.latestStart)
        }
    }

    /// A plan that could not be evaluated because of validation errors.
    static func invalid(file: String, plan: AgencyPlan?, diagnostics: [Diagnostic],
                        context: EvaluationContext) -> AgencyRisk {
        let errors = diagnostics.filter { $0.severity == .error }.sortedForOutput()
        let deadline = plan.map { context.deadline(for: $0) } ?? context.portfolio.effectiveDeadline
        var r = plan.map { base($0, deadline: deadline) } ?? AgencyRisk(
            file: file, id: Discovery.basename(file).split(separator: ".").first.map(String.init) ?? file,
            name: file, nameEn: nil, type: nil, province: nil, level: nil, progress: 0, statusDate: nil,
            plannedFinish: nil, projectedFinish: nil, firstStart: nil, deadline: deadline, slackDays: nil,
            reasons: [], tasks: [])
        r.statusDate = plan?.statusDate.value
        r.reasons = [RiskReason(rule: "invalid-plan", finding: .invalidPlan(errors: errors.count,
                                                                           first: errors.first.map(Self.cited) ?? .empty),
                                location: errors.first?.location ?? SourceLocation(file: file, line: 1, column: 1),
                                level: nil)]
        return r
    }
}

extension RiskEvaluator {
    /// A diagnostic quoted in a reason: its message and rule id.
    static func cited(_ d: Diagnostic) -> BilingualText {
        BilingualText(vi: "\(d.text.vi) [\(d.rule.raw)]", en: "\(d.text.en) [\(d.rule.raw)]")
    }

}

extension AgencyRisk {
    /// The agency as invalid because of an error found across plans (an agency id used by
    /// another plan): its identity stays, none of its dates, counts or tasks are used.
    func rejected(by d: Diagnostic) -> AgencyRisk {
        var r = AgencyRisk(file: file, id: id, name: name, nameEn: nameEn, type: type, province: province,
                           level: nil, progress: 0, statusDate: statusDate, plannedFinish: nil,
                           projectedFinish: nil, firstStart: nil, deadline: deadline, slackDays: nil,
                           reasons: [], tasks: [])
        r.reasons = [RiskReason(rule: "invalid-plan", finding: .invalidPlan(errors: 1, first: RiskEvaluator.cited(d)),
                                location: d.location, level: nil)]
        return r
    }
}

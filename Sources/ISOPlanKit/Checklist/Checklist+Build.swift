extension Checklist {
    /// Builds the checklist of `plan` against `catalog`.
    ///
    /// A step is covered by the tasks whose `step:` is that step. A clause is covered by the
    /// tasks that name it in `clauses:` and by the tasks whose `step:` is the step that owns
    /// the clause in the catalog. `schedule` (from `Scheduler.schedule`) supplies the planned
    /// and projected ends; without it the statuses carry no dates.
    public static func build(plan: AgencyPlan, catalog: Catalog, schedule: Schedule? = nil) -> Checklist {
        let scenario: Catalog.Scenario = plan.baseline.standard.value == .none ? .newBuild : .conversion
        let context = BuildContext(plan: plan, catalog: catalog, dates: taskDates(schedule, plan: plan),
                                   scenario: scenario)
        let name = plan.agency.name.value
        return Checklist(
            agencyID: plan.agency.id.value,
            agencyName: BilingualText(vi: name, en: plan.agency.nameEn?.value ?? name),
            scenario: scenario,
            statusDate: plan.statusDate.value,
            notes: ChecklistNotes.planNotes(plan, catalog: catalog, scenario: scenario),
            steps: catalog.steps.map(context.stepItem),
            groups: catalog.clauses.filter(\.heading).map { heading in
                Group(id: heading.id, title: heading.title,
                      items: context.clauseItems(under: heading.id))
            },
            evaluationDate: schedule?.evaluationDate)
    }

    /// The status of an item covered by `tasks` (rules in docs/checklist.md).
    static func status(of tasks: [PlanTask], dates: [String: TaskDates]) -> Status {
        guard !tasks.isEmpty else { return .notCovered }
        func latest(_ date: (PlanTask) -> CalendarDate?) -> CalendarDate? {
            tasks.compactMap(date).max()
        }
        if tasks.allSatisfy(\.isComplete) {
            return .done(latest { $0.doneOn?.value ?? dates[$0.id.value]?.plannedEnd })
        }
        if tasks.contains(where: { $0.progress.value > 0 }) {
            return .inProgress(percent: weightedProgress(tasks, dates: dates),
                               projectedEnd: latest { dates[$0.id.value]?.projectedEnd })
        }
        return .planned(plannedEnd: latest { dates[$0.id.value]?.plannedEnd })
    }

    /// The latest "must finish by" of the incomplete tasks of an open item, else nil.
    static func mustFinishBy(_ tasks: [PlanTask], status: Status, dates: [String: TaskDates]) -> CalendarDate? {
        switch status {
        case .inProgress, .planned:
            return tasks.filter { !$0.isComplete }.compactMap { dates[$0.id.value]?.mustFinishBy }.max()
        default:
            return nil
        }
    }

    /// Progress weighted by planned working days (a milestone weighs one day), kept within
    /// 1…99 so that an item in progress never reads as 0 % or 100 %.
    static func weightedProgress(_ tasks: [PlanTask], dates: [String: TaskDates]) -> Int {
        var weighted = 0, total = 0
        for task in tasks {
            let weight = max(1, dates[task.id.value]?.workingDays ?? task.duration?.value ?? 1)
            weighted += weight * min(100, max(0, task.progress.value))
            total += weight
        }
        return min(99, max(1, weighted / max(1, total)))
    }
}

/// What the item builders share: the plan's tasks indexed by step and by clause.
private struct BuildContext {
    let plan: AgencyPlan
    let catalog: Catalog
    let dates: [String: Checklist.TaskDates]
    let scenario: Catalog.Scenario
    let declared: [String: NotApplicableClause]

    init(plan: AgencyPlan, catalog: Catalog, dates: [String: Checklist.TaskDates],
         scenario: Catalog.Scenario) {
        self.plan = plan
        self.catalog = catalog
        self.dates = dates
        self.scenario = scenario
        declared = Dictionary(plan.notApplicable.map { ($0.clause.value, $0) },
                              uniquingKeysWith: { first, _ in first })
    }

    func tasks(ofStep id: String) -> [PlanTask] {
        plan.tasks.filter { $0.step?.value.rawValue == id }
    }

    func tasks(naming clauseID: String) -> [PlanTask] {
        plan.tasks.filter { task in task.clauses.contains { $0.value == clauseID } }
    }

    func stepItem(_ step: Catalog.Step) -> Checklist.Item {
        let covering = tasks(ofStep: step.id)
        let status = Checklist.status(of: covering, dates: dates)
        var notes: [Checklist.Note] = []
        if covering.isEmpty {
            notes.append(ChecklistNotes.stepNotCovered(step, scenario: scenario))
        }
        return Checklist.Item(kind: .step, id: step.id, title: StepWording.title(of: step, scenario),
                              status: status, tasks: covering.map(\.id.value), notes: notes,
                              required: step.required,
                              mustFinishBy: Checklist.mustFinishBy(covering, status: status, dates: dates))
    }

    func clauseItems(under headingID: String) -> [Checklist.Item] {
        catalog.clauses.filter { !$0.heading && topLevel(of: $0.id) == headingID }.map(clauseItem)
    }

    func clauseItem(_ clause: Catalog.Clause) -> Checklist.Item {
        let naming = tasks(naming: clause.id)
        let covering = plan.tasks.filter { task in
            task.clauses.contains { $0.value == clause.id }
                || (clause.step != nil && task.step?.value.rawValue == clause.step)
        }
        var notes: [Checklist.Note] = []
        var status = Checklist.status(of: covering, dates: dates)
        var taskIDs = covering.map(\.id.value)
        if let declaration = notApplicableDeclaration(for: clause.id) {
            status = .notApplicable(reason: declaration.reason.value, declaredFor: declaration.clause.value)
            taskIDs = []
            if declaration.clause.value == clause.id {
                notes += ChecklistNotes.notApplicableNotes(clause.id, catalog: catalog,
                                                           namedBy: naming.map(\.id.value))
            }
        }
        return Checklist.Item(kind: .clause, id: clause.id, parent: clause.parent,
                              depth: max(0, clause.id.split(separator: ".").count - 2),
                              title: clause.title, status: status, tasks: taskIDs,
                              notes: notes, change: clause.change, iso2008: clause.iso2008,
                              mustFinishBy: Checklist.mustFinishBy(covering, status: status, dates: dates))
    }

    /// The declaration that makes `clauseID` not applicable: its own, or an enclosing clause's.
    func notApplicableDeclaration(for clauseID: String) -> NotApplicableClause? {
        var id: String? = clauseID
        while let current = id {
            if let found = declared[current] { return found }
            id = catalog.clause(id: current)?.parent
        }
        return nil
    }

    func topLevel(of clauseID: String) -> String {
        String(clauseID.split(separator: ".").first ?? Substring(clauseID))
    }
}

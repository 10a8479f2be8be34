/// One agency's plan, its schedule and (when evaluated) its risk level, ready to draw.
public struct TimelineEntry: Sendable {
    /// The plan as loaded.
    public var plan: AgencyPlan
    /// Its dates, slack and critical path.
    public var schedule: Schedule
    /// nil when risk was not evaluated: no mark is shown.
    public var risk: RiskLevel?

    /// Creates an entry.
    public init(plan: AgencyPlan, schedule: Schedule, risk: RiskLevel? = nil) {
        self.plan = plan
        self.schedule = schedule
        self.risk = risk
    }

    /// Schedules a valid plan in an evaluation context (its calendar, deadline and evaluation
    /// date) and evaluates its risk.
    init(evaluating plan: AgencyPlan, in context: EvaluationContext) {
        let schedule = Scheduler.schedule(plan, context: context)
        self.init(plan: plan, schedule: schedule,
                  risk: RiskEvaluator.evaluate(plan, schedule: schedule, context: context, taskFacts: false).level)
    }

    /// Schedules every valid plan of a workspace on its calendar and deadline, and evaluates
    /// its risk at `asOf` (else the portfolio's `as_of`, else `today`).
    public static func entries(_ workspace: Workspace, asOf: CalendarDate?, today: CalendarDate) -> [TimelineEntry] {
        let context = EvaluationContext(portfolio: workspace.portfolio, asOf: asOf, today: today)
        return ParallelMap.map(workspace.plans) { TimelineEntry(evaluating: $0, in: context) }
    }

    /// The agency's name to show: the English name in English when the plan gives one.
    public func displayName(_ language: Language) -> String {
        language == .en ? (plan.agency.nameEn?.value ?? plan.agency.name.value) : plan.agency.name.value
    }
}

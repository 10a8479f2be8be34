/// What the portfolio chart (and Mermaid's head) needs of one agency: its id and names, its
/// dates, progress, slack and risk level — not its tasks, so a portfolio of any size is drawn
/// from one small row per agency.
public struct TimelineSummary: Sendable {
    /// The agency's id.
    public var id: String
    /// The agency's name as the plan gives it.
    public var name: String
    /// The agency's English name, when the plan gives one.
    public var nameEn: String?
    /// The schedule's figures the row shows (named as `Schedule` names them).
    public var schedule: Dates
    /// nil when risk was not evaluated: no mark is shown.
    public var risk: RiskLevel?

    /// The figures of an agency's schedule that its row shows.
    public struct Dates: Sendable {
        public var statusDate: CalendarDate
        public var evaluationDate: CalendarDate
        public var firstStart: CalendarDate
        public var plannedFinish: CalendarDate
        public var projectedFinish: CalendarDate
        public var deadline: CalendarDate
        public var slackDays: Int
        public var progress: Double
    }

    /// The summary of an agency's plan and schedule.
    public init(_ e: TimelineEntry) {
        id = e.plan.agency.id.value
        name = e.plan.agency.name.value
        nameEn = e.plan.agency.nameEn?.value
        let s = e.schedule
        schedule = Dates(statusDate: s.statusDate, evaluationDate: s.evaluationDate, firstStart: s.firstStart,
                         plannedFinish: s.plannedFinish, projectedFinish: s.projectedFinish, deadline: s.deadline,
                         slackDays: s.slackDays, progress: s.progress)
        risk = e.risk
    }

    /// The agency's name to show: the English name in English when the plan gives one.
    public func displayName(_ language: Language) -> String {
        language == .en ? (nameEn ?? name) : name
    }
}

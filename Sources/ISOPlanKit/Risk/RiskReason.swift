/// Why an agency has its risk level: a finding, the rule that made it, and where it points.
struct RiskReason: Sendable, Hashable {
    /// What was found, with the figures a message needs.
    enum Finding: Sendable, Hashable {
        /// The plan has validation errors and cannot be evaluated; `first` is the first error's
        /// message and rule id, in both languages.
        case invalidPlan(errors: Int, first: BilingualText)
        /// Projected finish after the deadline by this many working days.
        case lateFinish(finish: CalendarDate, deadline: CalendarDate, workingDays: Int)
        /// The evaluation date is past the deadline and the plan is not done.
        case pastDeadline(asOf: CalendarDate, deadline: CalendarDate)
        /// The announcement task is projected after the deadline.
        case announcementAfterDeadline(task: String, date: CalendarDate, deadline: CalendarDate)
        /// No task plans the announcement (công bố).
        case announcementNotPlanned
        /// Slack below the portfolio's threshold.
        case lowSlack(slack: Int, threshold: Int, finish: CalendarDate)
        /// A task whose planned end is before the status date is not complete.
        case overdueTask(task: String, title: String, plannedEnd: CalendarDate, progress: Int)
        /// A task not started must start by `latestStart` (already past, or within the
        /// at-risk threshold of the evaluation date); `more` other tasks are in the same case.
        case mustStartSoon(task: String, latestStart: CalendarDate, projectedStart: CalendarDate, more: Int)
        /// No task covers a required migration step.
        case missingStep(StepID)
        /// The status date is older than the reporting cadence allows.
        case staleStatus(statusDate: CalendarDate, freshSince: CalendarDate, cadence: ReportingCadence)
        /// Every task complete, on or before the deadline.
        case completed(on: CalendarDate, slack: Int)
        /// Projected in time with enough slack.
        case onSchedule(finish: CalendarDate, slack: Int)
    }

    var rule: RuleID
    var finding: Finding
    /// The task or field that caused it.
    var location: SourceLocation?
    /// The level this reason alone implies.
    var level: RiskLevel?

    init(rule: String, finding: Finding, location: SourceLocation?, level: RiskLevel?) {
        self.rule = RuleID(rule)
        self.finding = finding
        self.location = location
        self.level = level
    }
}

/// One task of a migration plan.
public struct PlanTask: Sendable {
    /// Where the task's mapping starts (its `- id:` line).
    public var at: SourceLocation
    public var id: Located<String>
    public var title: Located<String>
    /// The migration step (catalog id) this task delivers.
    public var step: Located<StepID>?
    /// ISO 9001:2015 clauses this task addresses.
    public var clauses: [Located<String>]
    public var owner: Located<String>?
    /// A fixed start date.
    public var start: Located<CalendarDate>?
    /// Duration in working days (0 = milestone). Exactly one of `duration` and `end` is set
    /// in a valid plan.
    public var duration: Located<Int>?
    /// An inclusive end date.
    public var end: Located<CalendarDate>?
    /// Finish-to-start predecessors (task ids of the same plan).
    public var after: [Located<String>]
    /// Percent complete at the plan's status date, 0…100.
    public var progress: Located<Int>
    /// Actual finish date of a complete task.
    public var doneOn: Located<CalendarDate>?
    /// Keys whose mistake was already reported (misspelt, or a value that could not be read):
    /// rules about their absence stay quiet, so one mistake gives one error.
    var flawed: Set<String> = []
    /// The step a misspelt `step` most likely means.
    var likelyStep: StepID?

    public init(at: SourceLocation, id: Located<String>, title: Located<String>,
                step: Located<StepID>? = nil, clauses: [Located<String>] = [],
                owner: Located<String>? = nil, start: Located<CalendarDate>? = nil,
                duration: Located<Int>? = nil, end: Located<CalendarDate>? = nil,
                after: [Located<String>] = [], progress: Located<Int>,
                doneOn: Located<CalendarDate>? = nil) {
        self.at = at
        self.id = id
        self.title = title
        self.step = step
        self.clauses = clauses
        self.owner = owner
        self.start = start
        self.duration = duration
        self.end = end
        self.after = after
        self.progress = progress
        self.doneOn = doneOn
    }

    /// True when the task is 100 % complete.
    public var isComplete: Bool { progress.value >= 100 }
    /// True for a milestone (duration 0).
    public var isMilestone: Bool { duration?.value == 0 }
}

/// The migration steps of the plan format (catalog ids for `step:`).
public enum StepID: String, Sendable, CaseIterable, Hashable, Comparable {
    case steeringCommittee = "steering-committee"
    case training = "training"
    case gapAnalysis = "gap-analysis"
    case documentation = "documentation"
    case apply = "apply"
    case internalAudit = "internal-audit"
    case correctiveAction = "corrective-action"
    case managementReview = "management-review"
    case announcement = "announcement"
    case notification = "notification"
    case report = "report"

    /// Whether a plan must have a task for this step (plan-format.md).
    public var isRequired: Bool {
        switch self {
        case .correctiveAction, .report: false
        default: true
        }
    }

    /// Position in the migration order.
    /// (Its index in `allCases`, by a switch: no search, no string comparison.)
    public var order: Int {
        switch self {
        case .steeringCommittee: 0
        case .training: 1
        case .gapAnalysis: 2
        case .documentation: 3
        case .apply: 4
        case .internalAudit: 5
        case .correctiveAction: 6
        case .managementReview: 7
        case .announcement: 8
        case .notification: 9
        case .report: 10
        }
    }

    public static func < (a: Self, b: Self) -> Bool { a.order < b.order }
}

/// The planned and projected dates of one agency plan, evaluated at its status date.
///
/// Every `Int` that names a task is its index in the plan's `tasks` array.
public struct Schedule: Sendable {
    /// The agency the plan belongs to.
    public var agencyID: String
    /// The day the plan's progress figures were true.
    public var statusDate: CalendarDate
    /// The deadline the slack is measured against.
    public var deadline: CalendarDate
    /// The tasks that could be placed, in plan order (all of them for a valid plan).
    public var tasks: [ScheduledTask]
    /// Plan indices of the placed tasks in dependency order (stable: plan order among ready tasks).
    public var order: [Int]
    /// Earliest projected start of any task (the status date when no task is placed).
    public var firstStart: CalendarDate
    /// Latest planned end of any task (the status date when no task is placed).
    public var plannedFinish: CalendarDate
    /// Latest projected end of any task (the status date when no task is placed).
    public var projectedFinish: CalendarDate
    /// Working days from the projected finish to the deadline; negative when late.
    public var slackDays: Int
    /// Plan indices of the chain of tasks that determines the projected finish, first to last.
    public var criticalPath: [Int]
    /// Duration-weighted mean progress in percent, 0…100 (milestones weigh nothing).
    public var progress: Double
    /// What the scheduler could not place or had to ignore (empty for a valid plan).
    public var issues: [ScheduleIssue]

    /// Creates a schedule from its parts (the scheduler builds these; tests may too).
    public init(agencyID: String, statusDate: CalendarDate, deadline: CalendarDate,
                tasks: [ScheduledTask], order: [Int], firstStart: CalendarDate,
                plannedFinish: CalendarDate, projectedFinish: CalendarDate, slackDays: Int,
                criticalPath: [Int], progress: Double, issues: [ScheduleIssue]) {
        self.agencyID = agencyID
        self.statusDate = statusDate
        self.deadline = deadline
        self.tasks = tasks
        self.order = order
        self.firstStart = firstStart
        self.plannedFinish = plannedFinish
        self.projectedFinish = projectedFinish
        self.slackDays = slackDays
        self.criticalPath = criticalPath
        self.progress = progress
        self.issues = issues
    }

    /// The scheduled task for a plan index, or nil when it could not be placed.
    public func task(_ planIndex: Int) -> ScheduledTask? {
        var lo = 0, hi = tasks.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tasks[mid].index < planIndex { lo = mid + 1 } else { hi = mid }
        }
        return lo < tasks.count && tasks[lo].index == planIndex ? tasks[lo] : nil
    }

    /// The placed tasks in dependency order.
    public var tasksInOrder: [ScheduledTask] { order.compactMap { task($0) } }

    /// True when every placed task is complete (and at least one is placed).
    public var isComplete: Bool { !tasks.isEmpty && tasks.allSatisfy(\.isComplete) }
}

/// The dates of one task in a `Schedule`.
public struct ScheduledTask: Sendable, Hashable {
    /// Index of the task in the plan's `tasks` array.
    public var index: Int
    /// Start of the plan as written (progress ignored).
    public var plannedStart: CalendarDate
    /// Inclusive end of the plan as written.
    public var plannedEnd: CalendarDate
    /// Start of the projection: for a started task its planned start (or the resume day when
    /// earlier), else the day the work can start.
    public var projectedStart: CalendarDate
    /// Inclusive end of the projection.
    public var projectedEnd: CalendarDate
    /// Last day of the work counted as done, for drawing the done part; nil when nothing is done.
    public var doneThrough: CalendarDate?
    /// Duration in working days (0 for a milestone).
    public var durationDays: Int
    /// Working days of work left after the status date.
    public var remainingDays: Int
    /// Percent complete at the status date.
    public var progress: Int
    /// True when the task is on the critical path.
    public var isCritical: Bool
    /// Working days the projected end is later than the planned end (negative when earlier).
    public var slipDays: Int
    /// True for a milestone (duration 0).
    public var isMilestone: Bool
    /// What set the start of the work that determines the projected end.
    public var drivenBy: StartDriver

    /// Creates a scheduled task from its parts.
    public init(index: Int, plannedStart: CalendarDate, plannedEnd: CalendarDate,
                projectedStart: CalendarDate, projectedEnd: CalendarDate,
                doneThrough: CalendarDate?, durationDays: Int, remainingDays: Int, progress: Int,
                isCritical: Bool, slipDays: Int, isMilestone: Bool, drivenBy: StartDriver) {
        self.index = index
        self.plannedStart = plannedStart
        self.plannedEnd = plannedEnd
        self.projectedStart = projectedStart
        self.projectedEnd = projectedEnd
        self.doneThrough = doneThrough
        self.durationDays = durationDays
        self.remainingDays = remainingDays
        self.progress = progress
        self.isCritical = isCritical
        self.slipDays = slipDays
        self.isMilestone = isMilestone
        self.drivenBy = drivenBy
    }

    /// True when the task is 100 % complete.
    public var isComplete: Bool { progress >= 100 }
}

/// What determined when a task's work starts (the link the critical path follows).
public enum StartDriver: Sendable, Hashable {
    /// The task's own `start` date.
    case fixedStart
    /// The plan's default `start`.
    case planStart
    /// Remaining work cannot happen on or before the status date.
    case statusDate
    /// The end of this predecessor (plan index).
    case predecessor(Int)
}

/// Something the scheduler could not place or had to ignore in an invalid plan.
public struct ScheduleIssue: Sendable, Hashable {
    /// The kinds of problem.
    public enum Kind: Sendable, Hashable {
        /// An `after` id names no task of the plan; the dependency was ignored.
        case unknownPredecessor(String)
        /// Another task already has this id; dependencies on it go to the first one.
        case duplicateID
        /// The task is in, or after, a dependency cycle; it was not placed.
        case cycle
        /// The task has no `start`, no `after` and the plan no `start`; it was not placed.
        case noStart
        /// A predecessor (plan index) could not be placed, so neither could this task.
        case unplacedPredecessor(Int)
        /// The task has neither `duration` nor `end`; it was placed as a milestone.
        case noDuration
        /// The duration was negative or absurdly long and was clamped.
        case durationOutOfRange
    }
    /// Plan index of the task.
    public var task: Int
    /// What went wrong.
    public var kind: Kind

    /// Creates an issue about a task.
    public init(task: Int, kind: Kind) {
        self.task = task
        self.kind = kind
    }
}

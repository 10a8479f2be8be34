/// The planned, projected and latest dates of one agency plan, evaluated at an evaluation
/// date (its status date when none was given).
///
/// Every `Int` that names a task is its index in the plan's `tasks` array.
public struct Schedule: Sendable {
    /// The agency the plan belongs to.
    public var agencyID: String
    /// The day the plan's progress figures were true.
    public var statusDate: CalendarDate
    /// The day the plan was evaluated (`--as-of`, portfolio `as_of`, else today; the status
    /// date when the scheduler was given none). Remaining work starts after the later of
    /// this and the status date.
    public var evaluationDate: CalendarDate
    /// The deadline the slack and the latest dates are measured against.
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
    /// Working days from the projected finish to the deadline; negative when late. For a
    /// consistent plan this is also the smallest `totalSlackDays` of its incomplete tasks.
    public var slackDays: Int
    /// Plan indices of the chain of tasks that determines the projected finish, first to last
    /// (complete tasks included). Which tasks are critical is `ScheduledTask.isCritical`.
    public var criticalPath: [Int]
    /// Duration-weighted mean progress in percent, 0…100 (milestones weigh nothing).
    public var progress: Double
    /// What the scheduler could not place or had to ignore (empty for a valid plan).
    var issues: [ScheduleIssue]

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
    var tasksInOrder: [ScheduledTask] { order.compactMap { task($0) } }

    /// True when every placed task is complete (and at least one is placed).
    public var isComplete: Bool { !tasks.isEmpty && tasks.allSatisfy(\.isComplete) }

    /// The not-started task that must start first (earliest latest start; ties: dependency
    /// order), or nil when every task has started.
    var nextMustStart: ScheduledTask? {
        var best: ScheduledTask?
        for i in order {
            guard let t = task(i), t.isNotStarted else { continue }
            if best == nil || t.latestStart < best!.latestStart { best = t }
        }
        return best
    }
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
    /// True for a critical task: incomplete, with the plan's smallest total slack.
    public var isCritical: Bool
    /// Working days the projected end is later than the planned end (negative when earlier).
    public var slipDays: Int
    /// True for a milestone (duration 0).
    public var isMilestone: Bool
    /// What set the start of the work that determines the projected end.
    var drivenBy: StartDriver
    /// Latest start (LS): the last day the task can start, with its planned length, and still
    /// let every successor meet the deadline; "must start by" for a task not started yet.
    /// Set for every placed task; it means nothing for a complete one (outputs leave it out).
    public var latestStart: CalendarDate
    /// Latest finish (LF): the last day the task can end and still let every successor meet
    /// the deadline ("must finish by"); a working day, on or before the deadline.
    public var latestFinish: CalendarDate
    /// Total slack: working days from the projected end to `latestFinish`, negative when the
    /// projected end is later; nil for a complete task.
    public var totalSlackDays: Int?
    /// Free slack: working days the projected end can move without moving any incomplete
    /// successor's projected start (for a task with no incomplete successor: to the deadline,
    /// negative when late); nil for a complete task.
    public var freeSlackDays: Int?

    /// True when the task is 100 % complete.
    public var isComplete: Bool { progress >= 100 }

    /// True when no work of the task is reported done (progress 0).
    public var isNotStarted: Bool { progress <= 0 }

    /// "Must start by": the latest start of a task not started yet, else nil.
    public var mustStartBy: CalendarDate? { isNotStarted ? latestStart : nil }

    /// "Must finish by": the latest finish of an incomplete task, else nil.
    public var mustFinishBy: CalendarDate? { isComplete ? nil : latestFinish }
}

/// What determined when a task's work starts (the link the critical path follows).
enum StartDriver: Sendable, Hashable {
    /// The task's own `start` date.
    case fixedStart
    /// The plan's default `start`.
    case planStart
    /// Remaining work cannot happen on or before the status date, nor on or before the
    /// evaluation date when that is later.
    case statusDate
    /// The end of this predecessor (plan index).
    case predecessor(Int)
}

/// Something the scheduler could not place or had to ignore in an invalid plan.
struct ScheduleIssue: Sendable, Hashable {
    /// The kinds of problem.
    enum Kind: Sendable, Hashable {
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
    var task: Int
    /// What went wrong.
    var kind: Kind

    /// Creates an issue about a task.
    init(task: Int, kind: Kind) {
        self.task = task
        self.kind = kind
    }
}

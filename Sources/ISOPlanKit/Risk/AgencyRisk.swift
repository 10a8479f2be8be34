/// The deadline risk of one agency at the evaluation date.
public struct AgencyRisk: Sendable {
    public var file: String
    public var id: String
    public var name: String
    public var nameEn: String?
    public var type: AgencyType?
    public var province: String?
    /// nil when the plan has validation errors (it is reported as invalid).
    public var level: RiskLevel?
    /// Duration-weighted progress in percent.
    public var progress: Double
    public var statusDate: CalendarDate?
    public var plannedFinish: CalendarDate?
    public var projectedFinish: CalendarDate?
    public var firstStart: CalendarDate?
    public var deadline: CalendarDate
    public var slackDays: Int?
    /// Reasons, most serious first; the first is the main reason.
    var reasons: [RiskReason]
    /// Task-level facts the periodic report needs.
    public var tasks: [TaskFact]
    /// The not-started task that must start first to meet the deadline; nil when every task
    /// has started (or the plan is invalid).
    public var nextMustStart: MustStart?
    /// The short form of the name in one language, made ahead (on the thread that evaluated
    /// the agency) for a table that will need it; `shortName` uses it when it is for the
    /// language and name asked.
    var shortNameMade: ShortNameMade?

    struct ShortNameMade: Sendable {
        var language: Language
        var name: String
        var short: String
    }

    /// A task that has not started, with its latest start against the deadline.
    public struct MustStart: Sendable, Hashable {
        /// The task's id and title.
        public var task: String
        public var title: String
        /// Latest start: the last day it can start and still let the plan meet the deadline.
        public var date: CalendarDate
        /// The day its work is projected to start.
        public var projectedStart: CalendarDate

        public init(task: String, title: String, date: CalendarDate, projectedStart: CalendarDate) {
            self.task = task
            self.title = title
            self.date = date
            self.projectedStart = projectedStart
        }
    }

    /// What the report needs of one task.
    public struct TaskFact: Sendable, Hashable {
        public var id: String
        public var title: String
        public var step: StepID?
        public var progress: Int
        public var plannedEnd: CalendarDate
        public var projectedEnd: CalendarDate
        /// The day the task was finished (done_on, else its end) when complete.
        public var finishedOn: CalendarDate?
        public var durationDays: Int
        /// The day the task's work is projected to start (its remaining work for a started task).
        public var projectedStart: CalendarDate?
        /// Latest start against the deadline ("must start by" for a task not started).
        public var latestStart: CalendarDate?

        public init(id: String, title: String, step: StepID?, progress: Int, plannedEnd: CalendarDate,
                    projectedEnd: CalendarDate, finishedOn: CalendarDate?, durationDays: Int,
                    projectedStart: CalendarDate?, latestStart: CalendarDate?) {
            self.projectedStart = projectedStart
            self.latestStart = latestStart
            self.id = id
            self.title = title
            self.step = step
            self.progress = progress
            self.plannedEnd = plannedEnd
            self.projectedEnd = projectedEnd
            self.finishedOn = finishedOn
            self.durationDays = durationDays
        }
    }

    /// The name to show in a language: the English name in English when the plan gives one.
    public func displayName(_ lang: Language) -> String {
        lang == .en ? (nameEn ?? name) : name
    }

    /// Sort key: invalid plans first, then will-miss … done, then least slack, then id.
    static func worstFirst(_ a: AgencyRisk, _ b: AgencyRisk) -> Bool {
        let sa = a.level?.severity ?? 4, sb = b.level?.severity ?? 4
        if sa != sb { return sa > sb }
        let la = a.slackDays ?? Int.min, lb = b.slackDays ?? Int.min
        if la != lb { return la < lb }
        return (a.id, a.file) < (b.id, b.file)
    }
}

/// An agency's migration checklist: every catalog step and every requirement clause of
/// TCVN ISO 9001:2015, each with a status derived from the agency's plan.
///
/// Built by `Checklist.build(plan:catalog:dates:)` (a pure function); rendered by
/// `ChecklistFormat`. The status rules are documented in docs/checklist.md.
public struct Checklist: Sendable, Hashable {
    /// The agency's id.
    public var agencyID: String
    /// The agency's Vietnamese name and its English name (the Vietnamese one when none is given).
    var agencyName: BilingualText
    /// Conversion of a 2008 system, or a new build.
    public var scenario: Catalog.Scenario
    /// The day the plan's progress figures were true.
    public var statusDate: CalendarDate
    /// The day the schedule behind the dates was evaluated; nil when built without one.
    public var evaluationDate: CalendarDate?
    /// Notes about the whole plan (baseline, declarations that need attention).
    public var notes: [Note]
    /// One item per catalog step, in catalog order.
    public var steps: [Item]
    /// The requirement clauses, grouped under the headings 4 to 10.
    public var groups: [Group]

    /// Creates a checklist from its parts.
    public init(agencyID: String, agencyName: BilingualText, scenario: Catalog.Scenario,
                statusDate: CalendarDate, notes: [Note], steps: [Item], groups: [Group],
                evaluationDate: CalendarDate? = nil) {
        self.evaluationDate = evaluationDate
        self.agencyID = agencyID
        self.agencyName = agencyName
        self.scenario = scenario
        self.statusDate = statusDate
        self.notes = notes
        self.steps = steps
        self.groups = groups
    }

    /// Every item: the steps, then the clauses in document order.
    public var items: [Item] { steps + groups.flatMap(\.items) }

    /// Counts of items per status.
    public var summary: Summary { Summary(items.map(\.status)) }
}

extension Checklist {
    /// Where an item stands, derived from the tasks that cover it.
    public enum Status: Sendable, Hashable {
        /// Every covering task is complete; the date is the latest `done_on` (or planned end).
        case done(CalendarDate?)
        /// Some work is done; `percent` is the duration-weighted progress of the covering tasks.
        case inProgress(percent: Int, projectedEnd: CalendarDate?)
        /// No covering task has started; the date is the latest planned end.
        case planned(plannedEnd: CalendarDate?)
        /// No task names the step or the clause.
        case notCovered
        /// The plan declares the clause (or `declaredFor`, an enclosing clause) not applicable.
        case notApplicable(reason: String, declaredFor: String)

        /// The stable status code used by the JSON and CSV outputs.
        public var code: String {
            switch self {
            case .done: "done"
            case .inProgress: "in-progress"
            case .planned: "planned"
            case .notCovered: "not-covered"
            case .notApplicable: "not-applicable"
            }
        }

        /// The date that goes with the status: done, projected end or planned end.
        public var date: CalendarDate? {
            switch self {
            case .done(let d): d
            case .inProgress(_, let d): d
            case .planned(let d): d
            case .notCovered, .notApplicable: nil
            }
        }

        /// The progress in percent that goes with the status: 100 when done, the progress when
        /// in progress, 0 when planned; nil when not covered or not applicable.
        public var progress: Int? {
            switch self {
            case .done: 100
            case .inProgress(let p, _): p
            case .planned: 0
            case .notCovered, .notApplicable: nil
            }
        }

        /// The justification of a clause that is not applicable; nil for any other status.
        public var reason: String? {
            if case .notApplicable(let reason, _) = self { return reason }
            return nil
        }
    }

    /// Whether an item is a migration step or a clause of the standard.
    public enum Kind: String, Sendable, Hashable {
        /// A catalog step (`step:` of a task).
        case step
        /// A requirement clause of TCVN ISO 9001:2015.
        case clause
    }

    /// One line of the checklist.
    public struct Item: Sendable, Hashable {
        /// Step or clause.
        public var kind: Kind
        /// The step id or the clause number.
        public var id: String
        /// The enclosing clause (`7.1.5` for `7.1.5.2`); nil for steps.
        public var parent: String?
        /// Nesting below the clause heading: 0 for `4.1`, 1 for `4.4.1`; 0 for steps.
        public var depth: Int
        /// The title in both languages (TCVN and ISO titles for clauses).
        public var title: BilingualText
        /// The derived status.
        public var status: Status
        /// Ids of the tasks that cover the item, in plan order.
        public var tasks: [String]
        /// Notes on this item.
        public var notes: [Note]
        /// For steps: whether the plan format requires a task for it; nil for clauses.
        public var required: Bool?
        /// For clauses: how the clause changed since 2008; nil for steps.
        public var change: Catalog.Change?
        /// For clauses: the 2008 clauses it corresponds to; empty for steps.
        public var iso2008: [String]
        /// For an open item (in progress or planned): the latest "must finish by" date of its
        /// incomplete tasks (their latest finish against the deadline); nil otherwise.
        public var mustFinishBy: CalendarDate?

        /// Creates an item.
        public init(kind: Kind, id: String, parent: String? = nil, depth: Int = 0, title: BilingualText,
                    status: Status, tasks: [String], notes: [Note] = [], required: Bool? = nil,
                    change: Catalog.Change? = nil, iso2008: [String] = [], mustFinishBy: CalendarDate? = nil) {
            self.mustFinishBy = mustFinishBy
            self.kind = kind
            self.id = id
            self.parent = parent
            self.depth = depth
            self.title = title
            self.status = status
            self.tasks = tasks
            self.notes = notes
            self.required = required
            self.change = change
            self.iso2008 = iso2008
        }
    }

    /// A heading clause (4 to 10) and the requirement clauses under it.
    public struct Group: Sendable, Hashable {
        /// The heading's number, `4` … `10`.
        public var id: String
        /// The heading's title.
        public var title: BilingualText
        /// The clauses under the heading, in document order.
        public var items: [Item]

        /// Creates a group.
        public init(id: String, title: BilingualText, items: [Item]) {
            self.id = id
            self.title = title
            self.items = items
        }
    }

    /// A remark for people, in both languages.
    public struct Note: Sendable, Hashable {
        /// How much attention the note asks for.
        public enum Level: String, Sendable, Hashable {
            /// Information.
            case info
            /// Something in the plan to check or correct.
            case warning
        }

        /// Information or warning.
        public var level: Level
        /// The text.
        public var text: BilingualText

        /// Creates a note.
        public init(_ level: Level, _ text: BilingualText) {
            self.level = level
            self.text = text
        }
    }

    /// How many items have each status. `total` leaves out the not-applicable ones.
    public struct Summary: Sendable, Hashable {
        /// Applicable items (every item that is not declared not applicable).
        public var total = 0
        /// Items done.
        public var done = 0
        /// Items in progress.
        public var inProgress = 0
        /// Items planned but not started.
        public var planned = 0
        /// Items no task covers.
        public var notCovered = 0
        /// Clauses declared not applicable.
        public var notApplicable = 0

        /// Counts the statuses.
        public init(_ statuses: [Status]) {
            for status in statuses {
                switch status {
                case .done: done += 1
                case .inProgress: inProgress += 1
                case .planned: planned += 1
                case .notCovered: notCovered += 1
                case .notApplicable: notApplicable += 1
                }
            }
            total = statuses.count - notApplicable
        }
    }
}

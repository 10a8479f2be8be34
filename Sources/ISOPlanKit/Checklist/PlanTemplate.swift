/// A new agency plan, as `isoplan init` makes it: the agency and baseline from the options,
/// one task per catalog step with its typical duration for the scenario and `after:` from the
/// catalog predecessors. `PlanTemplateYAMLRenderer` writes it as a plan file.
public struct PlanTemplate: Sendable {
    /// The modeline's schema path, relative to a plan in `plans/agencies/`.
    public static let defaultSchemaPath = "../../schema/plan.schema.json"

    /// Agency id (`^[a-z0-9-]+$`).
    public var agencyID: String
    /// Official Vietnamese name.
    public var name: String
    /// English name, if any.
    public var nameEn: String?
    /// Ministry unit or provincial department.
    public var type: AgencyType
    /// Province; required for a provincial department.
    public var province: String?
    /// Plan start; also the status date of the new plan.
    public var start: CalendarDate
    /// `iso2008` for a conversion, `none` for a new build.
    public var baseline: Baseline.Standard
    /// Date of the 2008 announcement (conversion only).
    public var announced: CalendarDate?
    /// Number of the 2008 announcement decision (conversion only).
    public var decision: String?
    /// Administrative procedures in scope; 0 with a reminder comment when unknown.
    public var procedures: Int?
    /// Language of the comments (task titles are always Vietnamese).
    public var language: Language
    /// Schema path written in the modeline.
    public var schemaPath: String

    /// Creates a template from the `isoplan init` options.
    public init(agencyID: String, name: String, nameEn: String? = nil, type: AgencyType,
                province: String? = nil, start: CalendarDate, baseline: Baseline.Standard = .iso2008,
                announced: CalendarDate? = nil, decision: String? = nil, procedures: Int? = nil,
                language: Language = .vi, schemaPath: String = PlanTemplate.defaultSchemaPath) {
        self.agencyID = agencyID
        self.name = name
        self.nameEn = nameEn
        self.type = type
        self.province = province
        self.start = start
        self.baseline = baseline
        self.announced = announced
        self.decision = decision
        self.procedures = procedures
        self.language = language
        self.schemaPath = schemaPath
    }

    /// Conversion or new build, from the baseline.
    public var scenario: Catalog.Scenario { baseline == .none ? .newBuild : .conversion }

    /// One task of the new plan: a catalog step with its task id, Vietnamese title, the
    /// clauses listed for it, the tasks it comes after and its typical duration.
    struct Task: Sendable, Equatable {
        /// Task id (`StepWording.taskID`).
        var id: String
        /// Title, in Vietnamese whatever the template's language.
        var title: String
        /// Catalog step id.
        var step: String
        /// Clauses written in `clauses:`: the step's, without those whose parent is listed
        /// and without `usuallyNotApplicable`.
        var clauses: [String]
        /// Ids of the tasks of the step's catalog predecessors.
        var after: [String]
        /// Typical duration for the template's scenario, in working days.
        var duration: Int
    }

    /// The tasks of the new plan, one per catalog step, in catalog order.
    func tasks(catalog: Catalog) -> [Task] {
        catalog.steps.map { step in
            let clauses = step.clauses.filter { id in
                !step.clauses.contains(catalog.clause(id: id)?.parent ?? "") && !Self.usuallyNotApplicable.contains(id)
            }
            let after = step.predecessors.compactMap { catalog.step(id: $0) }.map(StepWording.taskID(of:))
            return Task(id: StepWording.taskID(of: step), title: StepWording.title(of: step, scenario).vi,
                        step: step.id, clauses: clauses, after: after,
                        duration: step.typicalDuration.days(for: scenario))
        }
    }

    /// Clauses left out of the template's `clauses:` lists because agencies usually declare
    /// them not applicable (8.3 design and development); the step still covers them.
    public static let usuallyNotApplicable: Set<String> = ["8.3"]
}

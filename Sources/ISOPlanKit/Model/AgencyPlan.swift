/// One agency's QMS baseline and migration plan, as read from its YAML file.
public struct AgencyPlan: Sendable {
    /// The file the plan was read from, as given on the command line.
    public var file: String
    /// Where the plan's top-level mapping starts.
    public var at: SourceLocation
    public var version: Located<Int>
    public var agency: Agency
    public var baseline: Baseline
    public var target: Target
    /// Default start for tasks with neither `start` nor `after`.
    public var start: Located<CalendarDate>?
    /// The day the progress figures were true.
    public var statusDate: Located<CalendarDate>
    public var tasks: [PlanTask]
    /// Clauses the agency declares not applicable, with a justification.
    public var notApplicable: [NotApplicableClause]

    public init(file: String, at: SourceLocation, version: Located<Int>, agency: Agency,
                baseline: Baseline, target: Target, start: Located<CalendarDate>?,
                statusDate: Located<CalendarDate>, tasks: [PlanTask],
                notApplicable: [NotApplicableClause]) {
        self.file = file
        self.at = at
        self.version = version
        self.agency = agency
        self.baseline = baseline
        self.target = target
        self.start = start
        self.statusDate = statusDate
        self.tasks = tasks
        self.notApplicable = notApplicable
    }
}

/// The agency a plan belongs to.
public struct Agency: Sendable {
    public var id: Located<String>
    public var name: Located<String>
    public var nameEn: Located<String>?
    public var type: Located<AgencyType>
    public var province: Located<String>?
    public var contact: Contact?

    public init(id: Located<String>, name: Located<String>, nameEn: Located<String>?,
                type: Located<AgencyType>, province: Located<String>?, contact: Contact?) {
        self.id = id
        self.name = name
        self.nameEn = nameEn
        self.type = type
        self.province = province
        self.contact = contact
    }
}

/// Whom to ask about an agency's plan.
public struct Contact: Sendable, Hashable {
    public var name: String?
    public var email: String?
    public var phone: String?
    public init(name: String?, email: String?, phone: String?) {
        self.name = name
        self.email = email
        self.phone = phone
    }
}

/// Kinds of agency, which set the reporting cadence (Directive 02 §7).
public enum AgencyType: String, Sendable, CaseIterable, Hashable, Comparable {
    case ministryUnit = "ministry-unit"
    case provincialDepartment = "provincial-department"

    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}

/// The QMS in force before the migration.
public struct Baseline: Sendable {
    public enum Standard: String, Sendable, Hashable {
        case iso2008 = "TCVN ISO 9001:2008"
        case none = "none"
    }
    public var at: SourceLocation
    public var standard: Located<Standard>
    public var announced: Located<CalendarDate>?
    public var decision: Located<String>?
    public var proceduresInScope: Located<Int>?
    /// Whether the 2008 system keeps a quality manual (2015 no longer requires one).
    public var qualityManual: Located<Bool>?
    /// Whether the 2008 system names a management representative (2015 no longer requires one).
    public var managementRepresentative: Located<Bool>?

    public init(at: SourceLocation, standard: Located<Standard>, announced: Located<CalendarDate>?,
                decision: Located<String>?, proceduresInScope: Located<Int>?,
                qualityManual: Located<Bool>?, managementRepresentative: Located<Bool>?) {
        self.at = at
        self.standard = standard
        self.announced = announced
        self.decision = decision
        self.proceduresInScope = proceduresInScope
        self.qualityManual = qualityManual
        self.managementRepresentative = managementRepresentative
    }
}

/// The standard to migrate to and the agency's own deadline, if any.
public struct Target: Sendable {
    public var standard: Located<String>?
    /// The agency's deadline; nil means the portfolio deadline.
    public var deadline: Located<CalendarDate>?
    public init(standard: Located<String>?, deadline: Located<CalendarDate>?) {
        self.standard = standard
        self.deadline = deadline
    }
}

/// A clause the agency declares not applicable, with its justification.
public struct NotApplicableClause: Sendable {
    public var clause: Located<String>
    public var reason: Located<String>
    public init(clause: Located<String>, reason: Located<String>) {
        self.clause = clause
        self.reason = reason
    }
}

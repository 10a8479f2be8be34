/// Settings for a whole portfolio of agencies (`portfolio.yaml`).
public struct Portfolio: Sendable {
    /// The file the settings were read from; nil for the built-in defaults.
    public var file: String?
    public var name: Located<String>?
    public var deadline: Located<CalendarDate>?
    public var asOf: Located<CalendarDate>?
    public var atRiskSlack: Located<Int>?
    public var reporting: [AgencyType: Located<ReportingCadence>]
    public var calendar: CalendarAdditions
    /// The official report's header and signature parts (`report:`); nil when not given.
    public var report: ReportHeader?

    public init(file: String? = nil, name: Located<String>? = nil,
                deadline: Located<CalendarDate>? = nil, asOf: Located<CalendarDate>? = nil,
                atRiskSlack: Located<Int>? = nil,
                reporting: [AgencyType: Located<ReportingCadence>] = [:],
                calendar: CalendarAdditions = CalendarAdditions()) {
        self.file = file
        self.name = name
        self.deadline = deadline
        self.asOf = asOf
        self.atRiskSlack = atRiskSlack
        self.reporting = reporting
        self.calendar = calendar
    }

    /// Directive 02/CT-LĐTBXH §6: convert by 31/12/2020.
    public static let defaultDeadline = CalendarDate(year: 2020, month: 12, day: 31)!
    /// Less slack than this many working days is "at risk" unless the portfolio says otherwise.
    public static let defaultAtRiskSlack = 20

    /// The portfolio deadline (default 31/12/2020).
    public var effectiveDeadline: CalendarDate { deadline?.value ?? Self.defaultDeadline }
    /// The at-risk slack threshold in working days.
    public var effectiveAtRiskSlack: Int { atRiskSlack?.value ?? Self.defaultAtRiskSlack }

    /// How often an agency of this type reports (Directive 02 §7 by default).
    func cadence(for type: AgencyType) -> ReportingCadence {
        if let c = reporting[type]?.value { return c }
        switch type {
        case .ministryUnit: return .quarterly
        case .provincialDepartment: return .halfYearly
        }
    }
}

/// How often an agency reports progress.
public enum ReportingCadence: String, Sendable, CaseIterable, Hashable {
    case quarterly
    case halfYearly = "half-yearly"
    case yearly

    /// Length of one reporting period in months.
    public var months: Int {
        switch self {
        case .quarterly: 3
        case .halfYearly: 6
        case .yearly: 12
        }
    }
}

/// The progress report Directive 02/CT-LĐTBXH §7 asks for, over one period.
public struct PeriodicReport: Sendable {
    public var period: ReportPeriod
    public var portfolioName: String?
    public var asOf: CalendarDate
    public var deadline: CalendarDate
    public var entries: [Entry]
    public var diagnostics: [Diagnostic]
    public var couldNotRun: Bool
    /// The official header and signature parts from the portfolio's `report:` section.
    var header: ReportHeader?

    /// One agency's part of the report.
    public struct Entry: Sendable {
        public var risk: AgencyRisk
        /// How often the agency reports; nil when its type, which sets it, could not be read.
        var cadence: ReportingCadence?
        /// The agency owes a report for this period (with no cadence known: when every cadence
        /// owes one, e.g. for a year or its second half; false otherwise).
        public var mustReport: Bool
        /// The status date is before the period's start (false when the plan gives none it
        /// could be read from: an invalid plan is asked to be fixed, not updated).
        public var isStale: Bool
        /// Tasks finished within the period.
        var completedInPeriod: [AgencyRisk.TaskFact]
        /// Unfinished tasks projected to end within the next period.
        var dueNextPeriod: [AgencyRisk.TaskFact]
        /// Tasks not started whose latest start ("must start by") is on or before the end of
        /// the next period, earliest first.
        var mustStartByNextPeriod: [AgencyRisk.TaskFact] = []

        /// The group the report lists the agency in: its type, or nil for a plan with errors
        /// (listed last, whatever type it gives).
        var group: AgencyType? { risk.level == nil ? nil : risk.type }
    }

    /// Builds the report from an evaluated portfolio.
    public static func build(_ risk: PortfolioRisk, period: ReportPeriod) -> PeriodicReport {
        let ordered = risk.agencies.map { entry($0, portfolio: risk.portfolio, period: period) }.sorted(by: precedes)
        return PeriodicReport(period: period, portfolioName: risk.name, asOf: risk.asOf, deadline: risk.deadline,
                              entries: ordered, diagnostics: risk.diagnostics, couldNotRun: risk.couldNotRun,
                              header: risk.portfolio.report, summary: Summary(ordered))
    }

    /// One agency's part of the report for `period`, under the portfolio's reporting cadences.
    static func entry(_ a: AgencyRisk, portfolio: Portfolio, period: ReportPeriod) -> Entry {
        let next = period.next
        let cadence = a.type.map { portfolio.cadence(for: $0) }
        let completed = a.tasks.filter { t in t.finishedOn.map { $0 >= period.start && $0 <= period.end } ?? false }
        let due = a.tasks.filter { $0.finishedOn == nil && $0.projectedEnd >= next.start && $0.projectedEnd <= next.end }
        let mustStart = a.tasks.filter { $0.progress <= 0 && $0.latestStart.map { $0 <= next.end } ?? false }
        return Entry(risk: a, cadence: cadence, mustReport: cadence.map(period.isDue) ?? ReportingCadence.allCases.allSatisfy(period.isDue),
                     isStale: a.statusDate.map { $0 < period.start } ?? false,
                     completedInPeriod: completed.sorted { ($0.finishedOn!, $0.id) < ($1.finishedOn!, $1.id) },
                     dueNextPeriod: due.sorted { ($0.projectedEnd, $0.id) < ($1.projectedEnd, $1.id) },
                     mustStartByNextPeriod: mustStart.sorted { ($0.latestStart!, $0.id) < ($1.latestStart!, $1.id) })
    }

    /// The report's order: ministry units first, then provincial departments, then plans with
    /// errors; within each, worst first.
    static func precedes(_ a: Entry, _ b: Entry) -> Bool {
        let ta = a.group?.rawValue ?? "~", tb = b.group?.rawValue ?? "~"
        if ta != tb { return ta < tb }
        return AgencyRisk.worstFirst(a.risk, b.risk)
    }

    /// The counts of the report's summary.
    public var summary: Summary

    public struct Summary: Sendable, Equatable {
        public var agencies: Int
        public var mustReport: Int
        public var stale: Int
        public var staleAmongDue: Int
        public var tasksCompleted: Int
        public var risk: RiskSummary

        /// The counts over `entries`; `tasksCompleted` when the entries no longer list their
        /// tasks (the summary rows of a streamed report).
        init(_ entries: [Entry], tasksCompleted: Int? = nil) {
            agencies = entries.count
            mustReport = entries.filter(\.mustReport).count
            stale = entries.filter(\.isStale).count
            staleAmongDue = entries.filter { $0.mustReport && $0.isStale }.count
            self.tasksCompleted = tasksCompleted ?? entries.reduce(0) { $0 + $1.completedInPeriod.count }
            risk = RiskSummary(entries.map(\.risk))
        }
    }
}

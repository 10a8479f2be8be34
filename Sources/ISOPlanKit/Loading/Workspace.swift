/// The plans and portfolio settings under some command-line paths, for the commands that
/// work on valid plans (timeline, risk, reports).
public struct Workspace: Sendable {
    /// The portfolio settings (defaults when there is no portfolio file).
    public var portfolio: Portfolio
    /// The plans without errors, in file order; of plans sharing an agency id, only the first.
    public var plans: [AgencyPlan]
    /// Every diagnostic met while loading, in output order.
    public var diagnostics: [Diagnostic]
    /// Number of plan files that were found but left out because of errors.
    public var skipped: Int
    /// True when a path given could not be read (the command cannot run as asked).
    public var couldNotRun: Bool

    /// The working-day calendar: the built-in one plus the portfolio's additions.
    public var calendar: WorkCalendar { WorkCalendar(additions: portfolio.calendar) }

    /// The plan's own deadline, else the portfolio's.
    public func deadline(for plan: AgencyPlan) -> CalendarDate {
        plan.target.deadline?.value ?? portfolio.effectiveDeadline
    }

    /// Finds, reads and validates the plans and the portfolio file under `paths`.
    public static func load(_ paths: [String], fs: some FileSource) -> Workspace {
        let found = Discovery.discover(paths, in: fs)
        let (portfolio, portfolioDiagnostics) = PlanLoader.loadPortfolio(found.portfolioFile, from: fs)
        let loaded = ParallelMap.map(found.planFiles) { PlanLoader.load($0, from: fs) }
        var diagnostics = found.diagnostics + portfolioDiagnostics
        var plans: [AgencyPlan] = []
        var seen = Set<String>()
        var skipped = 0
        for file in loaded {
            diagnostics += file.diagnostics
            guard file.isValid, let plan = file.plan else { skipped += 1; continue }
            if seen.insert(plan.agency.id.value).inserted { plans.append(plan) } else { skipped += 1 }
        }
        diagnostics += Checker.duplicateAgencies(loaded.compactMap { $0.plan?.agency.id })
        return Workspace(portfolio: portfolio, plans: plans, diagnostics: diagnostics.sortedForOutput(),
                         skipped: skipped,
                         couldNotRun: found.hasMissingPath || loaded.contains { $0.unreadable })
    }
}

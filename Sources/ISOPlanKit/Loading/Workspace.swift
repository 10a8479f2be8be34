/// The plans and portfolio settings under some command-line paths, for the commands that
/// work on valid plans (timeline, risk, reports).
public struct Workspace: Sendable {
    /// The portfolio settings (defaults when there is no portfolio file).
    public var portfolio: Portfolio
    /// The plans without errors, in file order; plans sharing an agency id are left out.
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

    /// True when the paths held no agency plan: there was nothing to draw.
    public var hasNoPlan: Bool = false

    /// Finds, reads and validates the plans and the portfolio file under `paths`; a plan that
    /// `check` rejects (see `PlanSet`) is left out.
    public static func load(_ paths: [String], fs: some FileSource) -> Workspace {
        let set = PlanSet.open(paths, fs: fs)
        var diagnostics = set.diagnostics
        var plans: [AgencyPlan] = []
        var skipped = 0
        let verdicts = set.load(fs: fs, { $0 }) { loaded in
            for file in loaded {
                diagnostics += file.diagnostics
                if file.isValid, let plan = file.plan { plans.append(plan) } else { skipped += 1 }
            }
        }
        diagnostics += verdicts.rejected.values
        let kept = plans.filter { verdicts.rejection(of: $0.file) == nil }
        return Workspace(portfolio: set.portfolio, plans: kept, diagnostics: diagnostics.sortedForOutput(),
                         skipped: skipped + plans.count - kept.count,
                         couldNotRun: set.couldNotRun || verdicts.unreadable, hasNoPlan: set.hasNoPlan)
    }
}

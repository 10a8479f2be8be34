/// The outcome of `isoplan check`: every diagnostic of every file, in output order.
public struct CheckReport: Sendable {
    /// Number of files read (plans and the portfolio file).
    public var files: Int
    public var diagnostics: [Diagnostic]
    /// True when a path given could not be read (the command could not run as asked).
    public var couldNotRun: Bool
    /// True when the paths hold no plan and name no portfolio file: nothing was checked.
    public var nothingToCheck: Bool = false

    public var errors: Int { diagnostics.filter { $0.severity == .error }.count }
    public var warnings: Int { diagnostics.filter { $0.severity == .warning }.count }
}

/// Loads and validates every plan under some paths, in parallel, with deterministic output.
public enum Checker {
    /// Checks the plans and portfolio file found under `paths`.
    public static func check(_ paths: [String], fs: some FileSource, asOf: CalendarDate?,
                             today: CalendarDate) -> CheckReport {
        let set = PlanSet.open(paths, fs: fs)
        let context = EvaluationContext(portfolio: set.portfolio, asOf: asOf, today: today)
        var all = set.diagnostics
        let verdicts = set.load(fs: fs) { loaded -> [Diagnostic] in
            var diagnostics = loaded.diagnostics
            if let plan = loaded.plan {
                diagnostics += PlanChecks.timeRules(plan, valid: !loaded.diagnostics.hasErrors, context: context)
            }
            return diagnostics
        } collect: { results in
            for diagnostics in results { all += diagnostics }
        }
        all += verdicts.rejected.values
        let files = set.planFiles.count + (set.portfolioFile == nil ? 0 : 1)
        return CheckReport(files: files, diagnostics: all.sortedForOutput(),
                           couldNotRun: set.couldNotRun || verdicts.unreadable,
                           nothingToCheck: set.hasNoPlan && !set.namesPortfolio)
    }
}

/// The checks that run after structural validation.
enum PlanChecks {
    /// Time-dependent rules; the schedule-based ones only for a plan without errors.
    static func timeRules(_ plan: AgencyPlan, valid: Bool, context: EvaluationContext) -> [Diagnostic] {
        var out: [Diagnostic] = []
        timeRules(plan, valid: valid, context: context, into: &out)
        return out
    }

    /// The same, appended to `out`.
    static func timeRules(_ plan: AgencyPlan, valid: Bool, context: EvaluationContext, into out: inout [Diagnostic]) {
        TimeRules.check(plan, context: context, into: &out)
        if valid {
            var run = SchedulingRun(plan: plan, calendar: context.calendar, asOf: context.asOf)
            run.placeAll()
            TimeRules.overdue(plan, placed: run, into: &out)
        }
    }
}

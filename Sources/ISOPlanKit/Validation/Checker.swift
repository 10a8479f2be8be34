/// The outcome of `isoplan check`: every diagnostic of every file, in output order.
public struct CheckReport: Sendable {
    /// Number of files read (plans and the portfolio file).
    public var files: Int
    public var diagnostics: [Diagnostic]
    /// True when a path given could not be read (the command could not run as asked).
    public var couldNotRun: Bool

    public var errors: Int { diagnostics.filter { $0.severity == .error }.count }
    public var warnings: Int { diagnostics.filter { $0.severity == .warning }.count }
}

/// Loads and validates every plan under some paths, in parallel, with deterministic output.
public enum Checker {
    /// Checks the plans and portfolio file found under `paths`.
    public static func check(_ paths: [String], fs: some FileSource, asOf: CalendarDate?,
                             today: CalendarDate) -> CheckReport {
        let found = Discovery.discover(paths, in: fs)
        let (portfolio, portfolioDiagnostics) = PlanLoader.loadPortfolio(found.portfolioFile, from: fs)
        let context = EvaluationContext(portfolio: portfolio, asOf: asOf, today: today)
        let results = ParallelMap.map(found.planFiles) { file -> FileOutcome in
            let loaded = PlanLoader.load(file, from: fs)
            var diagnostics = loaded.diagnostics
            if let plan = loaded.plan {
                diagnostics += PlanChecks.timeRules(plan, valid: !loaded.diagnostics.hasErrors, context: context)
            }
            return FileOutcome(agencyID: loaded.plan?.agency.id, diagnostics: diagnostics,
                               unreadable: loaded.unreadable)
        }
        var all = found.diagnostics + portfolioDiagnostics
        for r in results { all += r.diagnostics }
        all += duplicateAgencies(results.compactMap(\.agencyID))
        let files = found.planFiles.count + (found.portfolioFile == nil ? 0 : 1)
        return CheckReport(files: files, diagnostics: all.sortedForOutput(),
                           couldNotRun: found.hasMissingPath || results.contains { $0.unreadable })
    }

    struct FileOutcome: Sendable {
        var agencyID: Located<String>?
        var diagnostics: [Diagnostic]
        var unreadable: Bool
    }

    /// One error per repeated agency id, at each later file, with a note at the first.
    public static func duplicateAgencies(_ ids: [Located<String>]) -> [Diagnostic] {
        var first: [String: SourceLocation] = [:]
        var out: [Diagnostic] = []
        for id in ids {
            if let f = first[id.value] {
                out.append(.duplicateAgencyID(id.value, at: id.at, first: f))
            } else {
                first[id.value] = id.at
            }
        }
        return out
    }
}

/// The checks that run after structural validation.
public enum PlanChecks {
    /// Time-dependent rules; the schedule-based ones only for a plan without errors.
    public static func timeRules(_ plan: AgencyPlan, valid: Bool, context: EvaluationContext) -> [Diagnostic] {
        var out = TimeRules.check(plan, context: context)
        if valid {
            let schedule = Scheduler.schedule(plan, context: context)
            out += TimeRules.overdue(plan, schedule: schedule)
        }
        return out
    }
}

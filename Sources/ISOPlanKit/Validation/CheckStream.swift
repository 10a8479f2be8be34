/// One group of `check`'s diagnostics, in output order: those of one plan file (with any
/// problem with the paths that points into it), or problems with the paths and the portfolio
/// file that fall between two plan files (`file` is then empty).
public struct CheckedFile: Sendable {
    public var file: String
    public var diagnostics: [Diagnostic]
    /// Where among `diagnostics` the error goes that rejects the plan because another plan uses
    /// its agency id, should that be so (known only when every plan is loaded); nil when the
    /// file has no agency id.
    public var rejectionIndex: Int?

    public init(file: String, diagnostics: [Diagnostic], rejectionIndex: Int? = nil) {
        self.file = file
        self.diagnostics = diagnostics
        self.rejectionIndex = rejectionIndex
    }
}

/// The counts `check` ends with, and the rules that fired (SARIF lists them).
public struct CheckTotals: Sendable, Equatable {
    /// Number of files read (plans and the portfolio file).
    public var files = 0
    public var errors = 0
    public var warnings = 0
    public var rules: Set<RuleID> = []

    public init(files: Int = 0) { self.files = files }

    mutating func add(_ diagnostics: [Diagnostic]) {
        for d in diagnostics {
            if d.severity == .error { errors += 1 } else if d.severity == .warning { warnings += 1 }
            rules.insert(d.rule)
        }
    }

    mutating func add(_ other: CheckTotals) {
        errors += other.errors
        warnings += other.warnings
        rules.formUnion(other.rules)
    }
}

/// `check` one file at a time: plans are loaded and checked in parallel, a few files
/// ahead of the output (`PlanSet.load`), and each group of diagnostics (see `CheckedFile`) is rendered on the worker that
/// made it and handed on in output order, so no more than a window of diagnostics is held.
/// Putting the groups one after the other, with each `Outcome.rejected` error at its file's
/// `rejectionIndex`, gives exactly `Checker.check`'s diagnostics.
public enum CheckStream {
    /// What the run learnt beyond the groups.
    public struct Outcome: Sendable {
        public var totals: CheckTotals
        /// True when a path given could not be read (the command could not run as asked).
        public var couldNotRun: Bool
        /// True when the paths hold no plan and name no portfolio file: nothing was checked.
        public var nothingToCheck: Bool
        /// Problems with the paths, the portfolio file's diagnostics and the files that could
        /// not be read, in output order (what to say when the command could not run).
        public var problems: [Diagnostic]
        /// The error that rejects a plan because of the other plans, by file: it belongs in
        /// that file's group, at its `rejectionIndex`.
        public var rejected: [String: Diagnostic]
    }

    /// Checks the plans and portfolio file under `paths`; `render` turns each group into what
    /// the output needs (on any thread), `sink` receives the results in output order.
    public static func run<R: Sendable>(_ paths: [String], fs: some FileSource, asOf: CalendarDate?,
                                        today: CalendarDate, window: Int = PlanSet.defaultWindow,
                                        render: @escaping @Sendable (CheckedFile) -> R,
                                        sink: (R) -> Void) -> Outcome {
        let set = PlanSet.open(paths, fs: fs)
        let context = EvaluationContext(portfolio: set.portfolio, asOf: asOf, today: today)
        // Problems with the paths and the portfolio file: those in a plan file join its group,
        // the others go between the groups in order.
        let plans = Set(set.planFiles)
        var inPlans: [String: [Diagnostic]] = [:]
        var loose: [Diagnostic] = []
        for d in set.diagnostics {
            if let file = d.location?.file, plans.contains(file) { inPlans[file, default: []].append(d) } else { loose.append(d) }
        }
        loose = loose.sortedForOutput()
        var next = 0
        var totals = CheckTotals(files: set.planFiles.count + (set.portfolioFile == nil ? 0 : 1))
        func flushLoose(before file: String?) {
            var end = next
            while end < loose.count, file.map({ (loose[end].location?.file ?? "") < $0 }) ?? true { end += 1 }
            guard end > next else { return }
            let group = Array(loose[next..<end])
            next = end
            totals.add(group)
            sink(render(CheckedFile(file: "", diagnostics: group)))
        }
        let extra = inPlans
        let verdicts = set.load(fs: fs, window: window) { loaded -> (String, CheckTotals, R) in
            // The same order as `Checker.check` before sorting, so equal keys keep their order.
            var diagnostics = extra[loaded.file] ?? []
            diagnostics += loaded.diagnostics
            if let plan = loaded.plan {
                PlanChecks.timeRules(plan, valid: !loaded.diagnostics.hasErrors, context: context, into: &diagnostics)
            }
            if diagnostics.count > 1 { diagnostics.sort(by: Diagnostic.sortKey) }
            let index = loaded.plan.map { rejectionIndex(at: $0.agency.id.at, in: diagnostics) }
            var counted = CheckTotals()
            counted.add(diagnostics)
            let file = loaded.file
            return (file, counted, render(CheckedFile(file: file, diagnostics: diagnostics, rejectionIndex: index)))
        } collect: { results in
            for (file, counted, rendered) in results {
                flushLoose(before: file)
                totals.add(counted)
                sink(rendered)
            }
        }
        flushLoose(before: nil)
        var rejections = CheckTotals()
        rejections.add(Array(verdicts.rejected.values))
        totals.add(rejections)
        return Outcome(totals: totals, couldNotRun: set.couldNotRun || verdicts.unreadable,
                       nothingToCheck: set.hasNoPlan && !set.namesPortfolio,
                       problems: (set.diagnostics + verdicts.unreadableFiles).sortedForOutput(),
                       rejected: verdicts.rejected)
    }

    /// How many of a file's diagnostics (in output order) come before a `duplicate-agency-id`
    /// error at `place`. No other rule makes that error, so its message never decides.
    static func rejectionIndex(at place: SourceLocation, in diagnostics: [Diagnostic]) -> Int {
        let rule = Rule.duplicateAgencyID.id
        var index = diagnostics.count
        while index > 0 {
            guard let l = diagnostics[index - 1].location else { break }
            let before = l.file != place.file ? l.file < place.file
                : l.line != place.line ? l.line < place.line
                : l.column != place.column ? l.column < place.column
                : diagnostics[index - 1].rule <= rule
            if before { break }
            index -= 1
        }
        return index
    }
}

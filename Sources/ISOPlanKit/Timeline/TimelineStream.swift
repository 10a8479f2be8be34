/// `timeline --format json|csv` for large portfolios: plans are loaded, scheduled and evaluated a
/// chunk at a time, and each agency is handed to a function that renders it into a `Piece`
/// (its bytes and the key that orders it), so memory holds one chunk of plans instead of every
/// plan (the caller stores the bytes and writes them out in key order). With the layouts of
/// `TimelineStream.layout(_:)` the output is byte-identical to `TimelineFormat.render`.
public enum TimelineStream {
    /// One agency as rendered for the output, with the key that orders it.
    public struct Piece: Sendable {
        public var key: SortKey
        /// nil when the agency could not be written this way.
        public var bytes: [UInt8]?
    }

    /// The order of `TimelineSorting`: a number (finish day or slack) or a folded name, then the id.
    public struct SortKey: Sendable, Comparable {
        var number: Int
        var name: String
        var id: String
        public static func < (a: SortKey, b: SortKey) -> Bool { (a.number, a.name, a.id) < (b.number, b.name, b.id) }
    }

    /// What the run met besides the pieces.
    public struct Outcome: Sendable {
        public var portfolio: Portfolio
        public var diagnostics: [Diagnostic]
        public var skipped: Int
        public var couldNotRun: Bool
        public var agencies: Int
        /// False when an agency could not be written by the fast writer: render the usual way.
        public var complete: Bool
    }

    /// Runs every plan under `paths` through load, validation, scheduling, risk and `piece`,
    /// `chunk` files at a time in parallel, calling `sink` in file order.
    public static func run(_ paths: [String], fs: some FileSource, asOf: CalendarDate?, today: CalendarDate,
                           chunk: Int = 512, piece: @Sendable (TimelineEntry) -> Piece,
                           sink: (Piece) -> Void) -> Outcome {
        let found = Discovery.discover(paths, in: fs)
        let (portfolio, portfolioDiagnostics) = PlanLoader.loadPortfolio(found.portfolioFile, from: fs)
        let context = EvaluationContext(portfolio: portfolio, asOf: asOf, today: today)
        var out = Outcome(portfolio: portfolio, diagnostics: found.diagnostics + portfolioDiagnostics, skipped: 0,
                          couldNotRun: found.hasMissingPath, agencies: 0, complete: true)
        var seen = Set<String>()
        var ids: [Located<String>] = []
        var start = 0
        while start < found.planFiles.count {
            let files = Array(found.planFiles[start..<min(start + chunk, found.planFiles.count)])
            start += chunk
            let results = ParallelMap.map(files) { file -> (PlanFile, Piece?) in
                let f = PlanLoader.load(file, from: fs)
                guard f.isValid, let plan = f.plan else { return (f, nil) }
                let schedule = Scheduler.schedule(plan, context: context)
                let risk = RiskEvaluator.evaluate(plan, schedule: schedule, context: context)
                return (f, piece(TimelineEntry(plan: plan, schedule: schedule, risk: risk.level)))
            }
            for (f, piece) in results {
                out.diagnostics += f.diagnostics
                out.couldNotRun = out.couldNotRun || f.unreadable
                if let id = f.plan?.agency.id { ids.append(id) }
                guard let piece, let plan = f.plan, seen.insert(plan.agency.id.value).inserted else {
                    out.skipped += 1
                    continue
                }
                if piece.bytes == nil { out.complete = false }
                out.agencies += 1
                sink(piece)
            }
        }
        out.diagnostics = (out.diagnostics + Checker.duplicateAgencies(ids)).sortedForOutput()
        return out
    }
}

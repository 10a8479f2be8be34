/// `timeline` of a large portfolio (every format): plans are loaded, scheduled and
/// evaluated a window of files at a time, and each agency is handed (with the portfolio) to a function that renders it into a
/// `Piece` (its bytes, the key that orders it and its summary row), so memory holds one window
/// of plans instead of every plan (the caller stores the bytes and writes them out in key order;
/// the text chart and Mermaid's head are made from the summary rows at the end). With the
/// layouts of `TimelineStream.layout(_:)` the output is byte-identical to `TimelineFormat.render`.
public enum TimelineStream {
    /// One agency as rendered for the output, with the key that orders it.
    public struct Piece: Sendable {
        public var key: SortKey
        /// The plan file the agency comes from (set by `run`).
        public var file: String = ""
        /// nil when the agency could not be written this way.
        public var bytes: [UInt8]?
        /// What the portfolio chart and Mermaid's head need of the agency.
        public var summary: TimelineSummary? = nil
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
        /// False when an agency could not be written by the fast writer: render the usual way.
        public var complete: Bool
        /// True when the paths held no agency plan.
        public var hasNoPlan: Bool
        /// Files whose pieces were passed on but whose plan another plan rejects (a shared
        /// agency id): the caller must leave their pieces out.
        public var rejectedFiles: Set<String> = []
    }

    /// Runs every plan under `paths` through load, validation, scheduling, risk and `piece`,
    /// in parallel a window of files at a time, calling `sink` in file order.
    public static func run(_ paths: [String], fs: some FileSource, asOf: CalendarDate?, today: CalendarDate,
                           window: Int = PlanSet.defaultWindow, piece: @escaping @Sendable (TimelineEntry, Portfolio) -> Piece,
                           sink: (Piece) -> Void) -> Outcome {
        let set = PlanSet.open(paths, fs: fs)
        let context = EvaluationContext(portfolio: set.portfolio, asOf: asOf, today: today)
        var out = Outcome(portfolio: set.portfolio, diagnostics: set.diagnostics, skipped: 0,
                          couldNotRun: set.couldNotRun, complete: true, hasNoPlan: set.hasNoPlan)
        var invalid = Set<String>()
        let verdicts = set.load(fs: fs, window: window) { f -> (PlanFile, Piece?) in
            guard f.isValid, let plan = f.plan else { return (f, nil) }
            var rendered = piece(TimelineEntry(evaluating: plan, in: context), set.portfolio)
            rendered.file = f.file
            return (f, rendered)
        } collect: { results in
            for (f, piece) in results {
                out.diagnostics += f.diagnostics
                guard let piece else { out.skipped += 1; invalid.insert(f.file); continue }
                if piece.bytes == nil { out.complete = false }
                sink(piece)
            }
        }
        // A plan rejected because of another plan was already passed on: the caller drops it
        // (a rejected plan that was invalid anyway is counted once, as `Workspace` counts it).
        out.rejectedFiles = Set(verdicts.rejected.keys).subtracting(invalid)
        out.skipped += out.rejectedFiles.count
        out.couldNotRun = out.couldNotRun || verdicts.unreadable
        out.diagnostics = (out.diagnostics + verdicts.rejected.values).sortedForOutput()
        return out
    }
}

/// `risk` of a large portfolio: plans are loaded, scheduled and evaluated a window of files at a time, and
/// each agency is handed to a function that renders its part of the output (its reasons in
/// full), so memory holds one window of plans and, per agency, only a brief record: its identity,
/// figures and main reason (what the table, the counts and the order need). The caller stores
/// the bytes, orders the brief records by `key` and writes the parts out in that order. With the
/// layouts of `RiskStream.layout(_:_:)` the output is byte-identical to `RiskFormat.render`.
public enum RiskStream {
    /// One agency: its brief record and its bytes (nil when it cannot be written this way).
    public struct Piece: Sendable {
        /// The agency without its task facts and with its main reason only.
        public var agency: AgencyRisk
        public var bytes: [UInt8]?
    }

    /// The order of `PortfolioRisk.agencies` (worst first) as a key.
    public struct SortKey: Sendable, Comparable {
        var severity: Int
        var slack: Int
        var id: String
        var file: String
        public static func < (a: SortKey, b: SortKey) -> Bool {
            (a.severity, a.slack, a.id, a.file) < (b.severity, b.slack, b.id, b.file)
        }
    }

    /// The key that orders `a` as `PortfolioRisk` orders its agencies.
    public static func key(_ a: AgencyRisk) -> SortKey {
        SortKey(severity: -(a.level?.severity ?? 4), slack: a.slackDays ?? Int.min, id: a.id, file: a.file)
    }

    /// What the run met besides the pieces.
    public struct Outcome: Sendable {
        public var portfolio: Portfolio
        public var asOf: CalendarDate
        public var diagnostics: [Diagnostic]
        public var couldNotRun: Bool
        /// True when the paths held no agency plan.
        public var hasNoPlan: Bool
        /// False when an agency could not be written this way: render the usual way.
        public var complete: Bool
        /// Plans rejected because of another plan (a shared agency id), by file: their pieces
        /// were passed on as evaluated; the caller replaces them with `rejected(_:)`.
        var rejections: [String: Diagnostic] = [:]

        /// The agency as the portfolio reports it: invalid when another plan rejects it, else nil
        /// (its piece stands).
        public func rejected(_ a: AgencyRisk) -> AgencyRisk? {
            rejections[a.file].map { a.rejected(by: $0) }
        }

        /// The portfolio's risk made of agencies already in order (brief records will do for the
        /// table, the counts and the main reasons).
        public func risk(_ agencies: [AgencyRisk]) -> PortfolioRisk {
            PortfolioRisk(portfolio: portfolio, asOf: asOf, agencies: agencies, diagnostics: diagnostics,
                          couldNotRun: couldNotRun, hasNoPlan: hasNoPlan)
        }
    }

    /// Runs every plan under `paths` through load, validation, scheduling, risk and `piece`
    /// (given the evaluation date), in parallel a window of files at a time, calling `sink` in file order.
    /// `brief` adds to each brief record what the head will need of it (`Layout.brief`).
    public static func run(_ paths: [String], fs: some FileSource, asOf: CalendarDate?, today: CalendarDate,
                           window: Int = PlanSet.defaultWindow, piece: @escaping @Sendable (AgencyRisk, CalendarDate) -> [UInt8]?,
                           brief: @escaping @Sendable (AgencyRisk) -> AgencyRisk = { $0 },
                           sink: (Piece) -> Void) -> Outcome {
        let set = PlanSet.open(paths, fs: fs)
        let context = EvaluationContext(portfolio: set.portfolio, asOf: asOf, today: today)
        var out = Outcome(portfolio: set.portfolio, asOf: context.asOf, diagnostics: [], couldNotRun: set.couldNotRun,
                          hasNoPlan: set.hasNoPlan, complete: true)
        let verdicts = set.load(fs: fs, window: window) { f -> Piece in
            let risk = PortfolioRisk.scheduled(f, context: context, taskFacts: false).risk
            return Piece(agency: brief(risk.brief), bytes: piece(risk, context.asOf))
        } collect: { results in
            for p in results {
                if p.bytes == nil { out.complete = false }
                sink(p)
            }
        }
        out.rejections = verdicts.rejected
        out.diagnostics = (set.diagnostics + verdicts.unreadableFiles).sortedForOutput()
        out.couldNotRun = out.couldNotRun || verdicts.unreadable
        return out
    }
}

extension AgencyRisk {
    /// The agency without task facts or the task it must start first, and with its main reason only.
    var brief: AgencyRisk {
        var a = self
        a.reasons = Array(reasons.prefix(1))
        a.tasks = []
        a.nextMustStart = nil
        return a
    }
}

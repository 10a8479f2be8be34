/// `timeline --format json|csv` for large portfolios: plans are loaded, scheduled and rendered a
/// chunk at a time, and each agency's JSON goes to a sink with its sort key, so memory holds
/// one chunk of plans instead of every plan (the caller stores the bytes and writes them out
/// in key order). The output is byte-identical to `TimelineFormat.render`.
public enum TimelineStream {
    /// Where an agency's rendered JSON goes, with the key that orders it.
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

    /// How a streamable format is written: text before, between and after the agencies, and
    /// each agency's own bytes (nil when it cannot be written this way).
    public struct Layout: Sendable {
        public var head: [UInt8]
        public var separator: [UInt8]
        public var tail: [UInt8]
        public var agency: @Sendable (TimelineEntry) -> [UInt8]?
    }

    /// The layout of a format that can be streamed (json and csv), else nil.
    public static func layout(_ format: TimelineFormat) -> Layout? {
        switch format {
        case .json:
            return Layout(head: Array("{\n  \"agencies\" : [\n".utf8), separator: Array(",\n".utf8),
                          tail: Array("\n  ],\n  \"version\" : 1\n}\n".utf8), agency: { TimelineJSONRenderer.write($0) })
        case .csv:
            return Layout(head: Array(TimelineCSVRenderer.headerLine.utf8), separator: [], tail: [],
                          agency: { Array(TimelineCSVRenderer.rows($0).utf8) })
        case .text, .mermaid, .svg, .html, .ics:
            return nil
        }
    }

    /// Runs every plan under `paths` through load, validation, scheduling, risk and the JSON
    /// writer, `chunk` files at a time in parallel, calling `sink` in file order.
    public static func run(_ paths: [String], fs: some FileSource, asOf: CalendarDate?, today: CalendarDate,
                           options: TimelineOptions, layout: Layout, chunk: Int = 512,
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
                let schedule = Scheduler.schedule(plan, calendar: context.calendar, deadline: context.deadline(for: plan))
                let risk = RiskEvaluator.evaluate(plan, schedule: schedule, context: context)
                let entry = TimelineEntry(plan: plan, schedule: schedule, risk: risk.level)
                guard let bytes = layout.agency(entry) else { return (f, Piece(key: key(entry, options), bytes: nil)) }
                return (f, Piece(key: key(entry, options), bytes: bytes))
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

    static func key(_ e: TimelineEntry, _ o: TimelineOptions) -> SortKey {
        switch o.sort {
        case .finish: SortKey(number: e.schedule.projectedFinish.dayNumber, name: "", id: e.schedule.agencyID)
        case .slack: SortKey(number: e.schedule.slackDays, name: "", id: e.schedule.agencyID)
        case .name: SortKey(number: 0, name: TimelineSorting.folded(e.displayName(o.language)), id: e.schedule.agencyID)
        }
    }
}

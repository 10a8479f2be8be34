/// `report` of a large portfolio: plans are loaded, scheduled and evaluated a window of files at a time,
/// and each agency's part of the report is rendered at once (`ReportLayout.agency`) and handed
/// to `store` (the caller keeps it on disk), so memory holds one window of plans plus one summary
/// row per agency (the HTML report reads the plans of the timelines it draws again). Once all are
/// in, `Result.write` writes the report in order: the head made from the summary rows, then
/// each agency's stored bytes. The bytes are those of `ReportFormat.render` on the whole report.
public enum ReportStream {
    /// What the run found, and what is needed to write the report.
    public struct Result: Sendable {
        public var portfolio: Portfolio
        public var diagnostics: [Diagnostic]
        public var couldNotRun: Bool
        public var hasNoPlan: Bool
        /// False when `store` refused an agency's bytes: nothing can be written.
        public var stored = true
        /// The report with one summary row per agency (no task lists), in the report's order.
        public var report: PeriodicReport
        /// The handle `store` gave each row's bytes, or the bytes themselves when they were made
        /// again at the end (a plan rejected because another plan has its agency id).
        var pieces: [Stored]
        var charts: ReportCharts

        enum Stored: Sendable {
            case handle(Int)
            case bytes([UInt8])
        }

        /// Writes the report: `write` gets text, `copy` the handle of stored bytes; either
        /// returns false to stop. Returns false when stopped.
        public func write(_ layout: ReportLayout, write: ([UInt8]) -> Bool, copy: (Int) -> Bool) -> Bool {
            layout.write(report, charts: charts) { segment in
                switch segment {
                case .text(let s): return write(Array(s.utf8))
                case .bytes(let b): return write(b)
                case .agency(let i):
                    switch pieces[i] {
                    case .handle(let h): return copy(h)
                    case .bytes(let b): return write(b)
                    }
                }
            }
        }
    }

    /// One agency as the run passes it on.
    struct Piece: Sendable {
        var file: String
        var row: PeriodicReport.Entry
        var completed: Int
        var bytes: [UInt8]
        /// The HTML report's portfolio row and the agency's place in the chart, valid plans only.
        var chart: (key: TimelineStream.SortKey, summary: TimelineSummary)?
    }

    /// Runs every plan under `paths` through load, validation, scheduling, risk and the layout,
    /// in parallel a window of files at a time; `store` keeps each agency's bytes and returns a
    /// handle for them (nil when it cannot).
    public static func run(_ paths: [String], fs: some FileSource, asOf: CalendarDate?, today: CalendarDate,
                           period: ReportPeriod, layout: ReportLayout, window: Int = PlanSet.defaultWindow,
                           store: ([UInt8]) -> Int?) -> Result {
        let set = PlanSet.open(paths, fs: fs)
        let context = EvaluationContext(portfolio: set.portfolio, asOf: asOf, today: today)
        let portfolio = set.portfolio
        let html = layout.format == .html
        let base = PeriodicReport(period: period, portfolioName: portfolio.name?.value, asOf: context.asOf,
                                  deadline: portfolio.effectiveDeadline, entries: [], diagnostics: [], couldNotRun: false,
                                  header: portfolio.report, summary: .init([]))
        @Sendable func piece(_ file: String, _ risk: AgencyRisk, _ plan: TimelineEntry?) -> Piece {
            let entry = PeriodicReport.entry(risk, portfolio: portfolio, period: period)
            return Piece(file: file, row: entry.row, completed: entry.completedInPeriod.count,
                         bytes: layout.agency(entry, base),
                         chart: plan.map { (TimelineSorting.key($0, by: .finish, language: layout.options.language),
                                            TimelineSummary($0)) })
        }
        var rows: [(row: PeriodicReport.Entry, completed: Int, stored: Result.Stored)] = []
        var charts: [(file: String, key: TimelineStream.SortKey, summary: TimelineSummary)] = []
        var stored = true
        let verdicts = set.load(fs: fs, window: window) { f -> Piece in
            let (risk, schedule) = PortfolioRisk.scheduled(f, context: context)
            let plan = html ? schedule.flatMap { s in f.plan.map { TimelineEntry(plan: $0, schedule: s, risk: risk.level) } } : nil
            return piece(f.file, risk, plan)
        } collect: { pieces in
            for p in pieces {
                guard let handle = store(p.bytes) else { stored = false; continue }
                rows.append((p.row, p.completed, .handle(handle)))
                if let c = p.chart { charts.append((p.file, c.key, c.summary)) }
            }
        }
        // Plans rejected because of another plan become invalid rows, their bytes made again.
        for i in rows.indices {
            guard let d = verdicts.rejection(of: rows[i].row.risk.file) else { continue }
            let p = piece(rows[i].row.risk.file, rows[i].row.risk.rejected(by: d), nil)
            rows[i] = (p.row, 0, .bytes(p.bytes))
        }
        rows.sort { PeriodicReport.precedes($0.row, $1.row) }
        let entries = rows.map(\.row)
        var report = base
        report.entries = entries
        report.summary = .init(entries, tasksCompleted: rows.reduce(0) { $0 + $1.completed })
        report.diagnostics = (set.diagnostics + verdicts.unreadableFiles).sortedForOutput()
        report.couldNotRun = set.couldNotRun || verdicts.unreadable
        var pictures = ReportCharts()
        if html {
            charts.removeAll { verdicts.rejection(of: $0.file) != nil }
            charts.sort { $0.key < $1.key }
            // The plans to draw are read again (at most `maxAgencyCharts`): which they are is
            // known only once every plan is in, and keeping every plan until then is what
            // streaming avoids.
            let chosen = Set(ReportCharts.chosen(entries.map(\.risk)).map(\.file))
            // Their charts are drawn there and then, on the worker threads, as the figures.
            var drawn: [(id: String, bytes: [UInt8])] = []
            var again = set
            again.planFiles = set.planFiles.filter { chosen.contains($0) }
            let language = layout.options.language
            _ = again.load(fs: fs) { f -> (id: String, bytes: [UInt8])? in
                let (risk, schedule) = PortfolioRisk.scheduled(f, context: context)
                return schedule.flatMap { s in f.plan.map { plan in
                    let entry = TimelineEntry(plan: plan, schedule: s, risk: risk.level)
                    return (plan.agency.id.value, ReportCharts.figures(entry, language: language))
                } }
            } collect: { drawn += $0.compactMap { $0 } }
            pictures = ReportCharts(portfolio: charts.map(\.summary), drawable: charts.count, figures: drawn)
        }
        return Result(portfolio: portfolio, diagnostics: report.diagnostics, couldNotRun: report.couldNotRun,
                      hasNoPlan: set.hasNoPlan, stored: stored, report: report, pieces: rows.map(\.stored), charts: pictures)
    }
}

extension PeriodicReport.Entry {
    /// The agency's summary row: what the parts around the agencies read of it (no tasks, no
    /// reasons), kept for every agency of a streamed report.
    var row: Self {
        var r = self
        r.risk.tasks = []
        r.risk.reasons = []
        r.completedInPeriod = []
        r.dueNextPeriod = []
        r.mustStartByNextPeriod = []
        return r
    }
}

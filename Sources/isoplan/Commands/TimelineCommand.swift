import ArgumentParser
import ISOPlanKit

extension TimelineFormat: ExpressibleByArgument {}
extension TimelineLabel: ExpressibleByArgument {}
extension TimelineScale: ExpressibleByArgument {}
extension TimelineSort: ExpressibleByArgument {}

/// `isoplan timeline PATH...`: Gantt-style chart of one agency, or of the portfolio.
struct Timeline: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw the planned and projected timeline of one agency or of the portfolio.",
        discussion: """
        One plan file (with its portfolio.yaml, if given) draws that agency's tasks; several \
        files or a folder draw one row per agency. Plans with errors are left out (run 'isoplan check'). Exit status: 0 drawn; \
        1 a plan was left out or none is valid; 2 could not run (missing path).
        """)

    @Argument(help: "A plan file, or several plan files and folders.")
    var paths: [String]

    @Option(help: "Output format: text, json, csv, mermaid, svg, html or ics (iCalendar).")
    var format: TimelineFormat = .text

    @Option(help: "Label rows by id or title (agency name on the portfolio chart).")
    var label: TimelineLabel = .title

    @Option(help: "Days per column: day, week or month (default: the finest that fits).")
    var scale: TimelineScale?

    @Option(help: "Agency order: finish, name or slack.")
    var sort: TimelineSort = .finish

    @Option(help: "Width in columns (default: COLUMNS, else the terminal's width, else 100).")
    var width: Int?

    @Flag(help: "Draw with plain ASCII instead of Unicode block characters.")
    var ascii = false

    @Option(help: "Colour: auto, always or never.")
    var color: ColorChoice = .auto

    @Option(help: "Evaluation date for the risk marks (YYYY-MM-DD); default: the portfolio's as_of, else today.")
    var asOf: CalendarDate?

    @Option(help: "Language of the chart's words: vi or en (default: from LC_ALL/LANG).")
    var lang: Language?

    func validate() throws {
        if let width, width < 20 { throw ValidationError("--width must be at least 20") }
    }

    func run() throws {
        let fs = LocalFileSystem()
        if let layout = TimelineStream.layout(format), try stream(fs, layout) { return }
        let workspace = Workspace.load(paths, fs: fs)
        for d in workspace.diagnostics where d.severity == .error {
            Terminal.err(d)
        }
        if workspace.couldNotRun { throw Exit.couldNotRun }
        let entries = TimelineEntry.entries(workspace, asOf: asOf, today: Terminal.today())
        let named = paths.filter { !$0.hasSuffix("portfolio.yaml") }
        let single = named.count == 1 && fs.kind(of: named[0]) == .file
        let options = TimelineOptions(
            width: Terminal.width(width), scale: scale, ascii: ascii,
            color: format == .text && Terminal.useColor(color), label: label, sort: sort,
            chart: single ? .agency : .portfolio,
            language: Terminal.language(lang),
            evaluationDate: EvaluationContext(portfolio: workspace.portfolio, asOf: asOf, today: Terminal.today()).asOf)
        if !entries.isEmpty {
            Terminal.out(format.render(entries, title: workspace.portfolio.name?.value,
                                       calendar: workspace.calendar, options: options))
        }
        if workspace.skipped > 0 || entries.isEmpty {
            Terminal.err("isoplan: \(workspace.skipped) plan(s) left out because of errors; "
                         + "run 'isoplan check' for details\n")
            throw Exit.findings
        }
    }

    /// The portfolio's JSON or CSV a chunk of plans at a time through a spool file, so memory
    /// stays flat however many plans there are. False when the usual path must do it (one
    /// plan, or an agency the fast writer cannot write).
    private func stream(_ fs: LocalFileSystem, _ layout: TimelineStream.Layout) throws -> Bool {
        let named = paths.filter { !$0.hasSuffix("portfolio.yaml") }
        guard !(named.count == 1 && fs.kind(of: named[0]) == .file), let spool = Spool() else { return false }
        var stored: [(key: TimelineStream.SortKey, offset: Int, count: Int)] = []
        var spoolFailed = false
        let options = TimelineOptions(width: 100, scale: scale, ascii: ascii, color: false, label: label, sort: sort,
                                      chart: .portfolio, language: Terminal.language(lang))
        let outcome = TimelineStream.run(paths, fs: fs, asOf: asOf, today: Terminal.today(),
                                         piece: { layout.piece($0, options) }) { piece in
            guard let at = spool.append(piece.bytes ?? []) else { spoolFailed = true; return }
            stored.append((piece.key, at.offset, at.count))
        }
        guard outcome.complete, !spoolFailed else { return false }
        for d in outcome.diagnostics where d.severity == .error {
            Terminal.err(d)
        }
        if outcome.couldNotRun { throw Exit.couldNotRun }
        if !stored.isEmpty {
            stored.sort { $0.key < $1.key }
            var ok = Spool.write(layout.head, layout.head.count)
            for (i, s) in stored.enumerated() where ok {
                if i > 0 { ok = Spool.write(layout.separator, layout.separator.count) }
                ok = ok && spool.copy(offset: s.offset, count: s.count)
            }
            ok = ok && Spool.write(layout.tail, layout.tail.count)
            if !ok { throw Exit.couldNotRun }
        }
        if outcome.skipped > 0 || stored.isEmpty {
            Terminal.err("isoplan: \(outcome.skipped) plan(s) left out because of errors; "
                         + "run 'isoplan check' for details\n")
            throw Exit.findings
        }
        return true
    }
}

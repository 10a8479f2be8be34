import ArgumentParser
import ISOPlanKit

extension TimelineFormat: CommandFormat {}
extension TimelineLabel: ExpressibleByArgument {}
extension TimelineScale: ExpressibleByArgument {}
extension TimelineSort: ExpressibleByArgument {}

extension ISOPlan {
    /// `isoplan timeline PATH...`: Gantt-style chart of one agency, or of the portfolio.
    struct Timeline: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "timeline",
            abstract: "Draw the planned and projected timeline of one agency or of the portfolio.",
            discussion: """
            Formats: text (default), json, csv, mermaid, svg, html and ics (iCalendar). \
            One plan file (with its portfolio.yaml, if given) draws that agency's tasks; several \
            files or a folder draw one row per agency. Plans with errors are left out (run 'isoplan \
            check'). Exit status: 0 drawn; 1 a plan was left out or none is valid; 2 could not run \
            (a missing path, an unreadable file, no plan).
            """)

        @Argument(help: "A plan file, or several plan files and folders.")
        var paths: [String]

        @OptionGroup var output: FormatOptions<TimelineFormat>

        @Option(help: "Label rows by id or title (agency name on the portfolio chart).")
        var label: TimelineLabel = .title

        @Option(help: "Force the time per column: day, week or month (default: any number of days, chosen so the chart fills the width).")
        var scale: TimelineScale?

        @Option(help: "Agency order: finish, name or slack.")
        var sort: TimelineSort = .finish

        @Flag(help: "Draw with plain ASCII instead of Unicode block characters.")
        var ascii = false

        @OptionGroup var evaluation: EvaluationOptions
        @OptionGroup var language: LanguageOptions
        @OptionGroup var width: WidthOptions
        @OptionGroup var color: ColorOptions

        /// True when one plan file is named (once or under several names: `a.yaml ./a.yaml`):
        /// its tasks are drawn instead of a row per agency.
        private func isSingle(_ fs: LocalFileSystem) -> Bool {
            let named = paths.filter { !$0.hasSuffix("portfolio.yaml") }
            guard let first = named.first, fs.kind(of: first) == .file else { return false }
            let identity = fs.identity(of: first)
            return identity != nil && named.allSatisfy { fs.identity(of: $0) == identity }
        }

        func run() throws {
            let fs = LocalFileSystem()
            if !isSingle(fs), let layout = TimelineStream.layout(output.format), try stream(fs, layout) { return }
            let workspace = Workspace.load(paths, fs: fs)
            try Exit.unlessRunnable(workspace, paths: paths, language: language.language)
            for d in workspace.diagnostics where d.severity == .error { Terminal.err(d, language: language.language) }
            let entries = TimelineEntry.entries(workspace, asOf: evaluation.asOf, today: Terminal.today())
            let options = TimelineOptions(
                width: width.columns, scale: scale, ascii: ascii, color: color.enabled(text: output.format == .text),
                label: label, sort: sort, chart: isSingle(fs) ? .agency : .portfolio, language: language.language)
            if !entries.isEmpty {
                Terminal.out(output.format.render(entries, title: workspace.portfolio.name?.value,
                                                  calendar: workspace.calendar, options: options))
            }
            try Self.reportLeftOut(workspace.skipped, drawn: entries.count, language: language.language)
        }

        /// Says how many plans were left out, and exits 1 when any was (or none was drawn).
        static func reportLeftOut(_ skipped: Int, drawn: Int, language: Language) throws {
            guard skipped > 0 else { return }
            let plans = skipped == 1 ? "1 plan was" : "\(skipped) plans were"
            let none = drawn == 0 ? "nothing to draw: " : ""
            Terminal.err(language.pick(
                vi: "isoplan: \(drawn == 0 ? "không có gì để vẽ: " : "")\(skipped) kế hoạch bị bỏ ra vì có lỗi; "
                    + "hãy chạy 'isoplan check' để xem chi tiết\n",
                en: "isoplan: \(none)\(plans) left out because of errors; run 'isoplan check' for details\n"))
            throw Exit.findings
        }

        /// The portfolio's timeline a window of plans at a time, so memory stays flat however many
        /// plans there are: each agency's JSON, CSV or Mermaid section or iCalendar events go to
        /// a spool file with its sort key, and only its summary row stays in memory when the head
        /// needs it (the text, SVG and HTML charts are drawn from those rows, Mermaid's head made
        /// from them). False when the
        /// usual path must do it (an agency the fast writer cannot write).
        private func stream(_ fs: LocalFileSystem, _ layout: TimelineStream.Layout) throws -> Bool {
            guard let spool = Spool() else { return false }
            var stored: [(key: TimelineStream.SortKey, file: String, offset: Int, count: Int,
                          summary: TimelineSummary?)] = []
            var spoolFailed = false
            let options = TimelineOptions(
                width: width.columns, scale: scale, ascii: ascii, color: color.enabled(text: output.format == .text),
                label: label, sort: sort, chart: .portfolio, language: language.language)
            let outcome = TimelineStream.run(paths, fs: fs, asOf: evaluation.asOf, today: Terminal.today(),
                                             piece: { layout.piece($0, options, title: $1.name?.value) }) { piece in
                guard let at = spool.append(piece.bytes ?? []) else { spoolFailed = true; return }
                stored.append((piece.key, piece.file, at.offset, at.count, piece.summary))
            }
            try Exit.unlessRunnable(outcome, paths: paths, language: language.language)
            guard outcome.complete, !spoolFailed, spool.finishWriting() else { return false }
            for d in outcome.diagnostics where d.severity == .error { Terminal.err(d, language: language.language) }
            stored.removeAll { outcome.rejectedFiles.contains($0.file) }
            if !stored.isEmpty {
                stored.sort { $0.key < $1.key }
                let head = layout.head(stored.compactMap(\.summary), title: outcome.portfolio.name?.value,
                                       calendar: WorkCalendar(additions: outcome.portfolio.calendar), options: options)
                let parts = stored.map { Spool.Part.stored(offset: $0.offset, count: $0.count) }
                guard spool.writeDocument(head: head, parts, separator: layout.separator, tail: layout.tail) else {
                    throw Exit.outputFailed(language: language.language)
                }
            }
            try Self.reportLeftOut(outcome.skipped, drawn: stored.count, language: language.language)
            return true
        }
    }
}

import ArgumentParser
import ISOPlanKit

extension ReportFormat: CommandFormat {}
extension ReportPeriod: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}

extension ISOPlan {
    /// `isoplan report --period PERIOD PATH...`: the periodic progress report of Directive 02 §7.
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "report",
            abstract: "Write the periodic progress report (Directive 02/CT-LĐTBXH, section 7).",
            discussion: """
            Formats: markdown (default), text, json, csv, and html (the printable official form). \
            A period that starts after the evaluation date gets a warning on standard error. \
            Exit status: 0 written; 2 could not run (a missing path, an unreadable file, no plan).
            """)

        @Option(help: "Reporting period: 2019-Q3 (quarter), 2019-H2 (half-year) or 2020 (year).")
        var period: ReportPeriod

        @Argument(help: "Plan files and folders (folders are walked recursively).")
        var paths: [String]

        @OptionGroup var output: FormatOptions<ReportFormat>
        @OptionGroup var evaluation: EvaluationOptions
        @OptionGroup var language: LanguageOptions
        @OptionGroup var width: WidthOptions
        @OptionGroup var color: ColorOptions

        func run() throws {
            // The HTML report draws the plans too: keep their schedules from the one pass.
            let (risk, timelines) = output.format == .html
                ? PortfolioRisk.evaluateWithTimelines(paths, fs: LocalFileSystem(), asOf: evaluation.asOf, today: Terminal.today())
                : (PortfolioRisk.evaluate(paths, fs: LocalFileSystem(), asOf: evaluation.asOf, today: Terminal.today()), [])
            if risk.couldNotRun { throw Exit.couldNotRun(risk.diagnostics.filter(\.stopsRun)) }
            if risk.hasNoPlan { throw Exit.noPlan(paths) }
            if period.start > risk.asOf {
                Terminal.err("isoplan: warning: the period \(period.id) starts on \(period.start.iso), after the evaluation "
                             + "date \(risk.asOf.iso): nothing in it has happened yet, so it has no completed task; "
                             + "give a later --as-of for a report on it\n")
            }
            let report = PeriodicReport.build(risk, period: period)
            let options = ReportOptions(width: width.columns, color: color.enabled(text: output.format == .text),
                                        language: language.language)
            Terminal.out(output.format.render(report, options, timelines: timelines))
        }
    }
}

import ArgumentParser
import ISOPlanKit

extension ReportFormat: ExpressibleByArgument {}
extension ReportPeriod: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}

/// `isoplan report --period PERIOD PATH...`: the periodic progress report of Directive 02 §7.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the periodic progress report (Directive 02/CT-LĐTBXH, section 7).",
        discussion: "Exit status: 0; 2 when it could not run.")

    @Option(help: "Reporting period: 2019-Q3 (quarter), 2019-H2 (half-year) or 2020 (year).")
    var period: ReportPeriod

    @Argument(help: "Plan files and folders (folders are walked recursively).")
    var paths: [String]

    @Option(help: "Output format: markdown, text, json, csv or html (the printable official form).")
    var format: ReportFormat = .markdown

    @Option(help: "Evaluation date (YYYY-MM-DD); default: the portfolio's as_of, else today.")
    var asOf: CalendarDate?

    @Option(help: "Language: vi or en (default: from LC_ALL/LANG).")
    var lang: Language?

    @Option(help: "Width for the text format (default: the terminal's, else 100).")
    var width: Int?

    func run() throws {
        let risk = PortfolioRisk.evaluate(paths, fs: LocalFileSystem(), asOf: asOf, today: Terminal.today())
        let report = PeriodicReport.build(risk, period: period)
        let options = ReportOptions(width: Terminal.width(width), color: false,
                                    language: Terminal.language(lang))
        var timelines: [TimelineEntry] = []
        if format == .html {
            timelines = TimelineEntry.entries(Workspace.load(paths, fs: LocalFileSystem()), asOf: asOf, today: Terminal.today())
        }
        Terminal.out(format.render(report, options, timelines: timelines))
        if report.couldNotRun { throw Exit.couldNotRun }
    }
}

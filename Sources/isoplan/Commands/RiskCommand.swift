import ArgumentParser
import ISOPlanKit

extension RiskFormat: ExpressibleByArgument {}
extension RiskLevel: ExpressibleByArgument {}
extension Language: ExpressibleByArgument {}

/// `isoplan risk PATH...`: which agencies will not convert by the deadline, and why.
struct Risk: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Flag agencies at risk of missing the conversion deadline.",
        discussion: """
        Levels: done, on-track, at-risk, will-miss (plans with errors are reported as invalid). \
        Exit status: 0; 1 with --fail-on when an agency is at or above that level (or invalid); \
        2 when it could not run.
        """)

    @Argument(help: "Plan files and folders (folders are walked recursively).")
    var paths: [String]

    @Option(help: "Output format: text, markdown, json or csv.")
    var format: RiskFormat = .text

    @Option(help: "Evaluation date (YYYY-MM-DD); default: the portfolio's as_of, else today.")
    var asOf: CalendarDate?

    @Option(help: "Exit 1 when any agency is at this level or worse: at-risk or will-miss.")
    var failOn: RiskLevel?

    @Option(help: "Language of the text: vi or en (default: from LC_ALL/LANG).")
    var lang: Language?

    @Option(help: "Output width in columns (default: the terminal's, else 100).")
    var width: Int?

    @Option(help: "Colour: auto, always or never.")
    var color: ColorChoice = .auto

    func validate() throws {
        if let failOn, failOn != .atRisk && failOn != .willMiss {
            throw ValidationError("--fail-on takes at-risk or will-miss")
        }
    }

    func run() throws {
        let risk = PortfolioRisk.evaluate(paths, fs: LocalFileSystem(), asOf: asOf, today: Terminal.today(),
                                          taskFacts: false)
        let options = ReportOptions(width: Terminal.width(width), color: format == .text && Terminal.useColor(color),
                                    language: Terminal.language(lang))
        Terminal.out(format.render(risk, options))
        if risk.couldNotRun { throw Exit.couldNotRun }
        if let failOn, risk.hasAgency(atOrAbove: failOn) { throw Exit.findings }
    }
}

import ArgumentParser
import ISOPlanKit

extension CheckFormat: ExpressibleByArgument {}

/// `isoplan check PATH...`: validate plans for CI.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate agency plans and the portfolio file.",
        discussion: """
        Exit status: 0 no error; 1 an error (or a warning with --strict); 2 could not run \
        (missing path, unreadable file).
        """)

    @Argument(help: "Plan files and folders (folders are walked recursively).")
    var paths: [String]

    @Option(help: "Output format: text, json, github or sarif.")
    var format: CheckFormat = .text

    @Flag(help: "Treat warnings as errors for the exit status.")
    var strict = false

    @Option(help: "Evaluation date (YYYY-MM-DD) for time rules; default: the portfolio's as_of, else today.")
    var asOf: CalendarDate?

    @Option(help: "Colour: auto, always or never.")
    var color: ColorChoice = .auto

    @Option(help: "Language of the messages: vi or en (default: from LC_ALL/LANG).")
    var lang: Language?

    func run() throws {
        let report = Checker.check(paths, fs: LocalFileSystem(), asOf: asOf, today: Terminal.today())
        Terminal.out(format.render(report, color: format == .text && Terminal.useColor(color),
                                   language: Terminal.language(lang)))
        if report.couldNotRun { throw Exit.couldNotRun }
        if report.errors > 0 || (strict && report.warnings > 0) { throw Exit.findings }
    }
}

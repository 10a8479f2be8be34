import ArgumentParser
import ISOPlanKit

extension CheckFormat: CommandFormat {}

extension ISOPlan {
    /// `isoplan check PATH...`: validate plans for CI.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Validate agency plans and the portfolio file.",
            discussion: """
            Exit status: 0 no error; 1 an error (or a warning with --strict); 2 could not run \
            (a missing path, an unreadable file, no plan and no portfolio file).
            """)

        @Argument(help: "Plan files and folders (folders are walked recursively).")
        var paths: [String]

        @OptionGroup var output: FormatOptions<CheckFormat>

        @Flag(help: "Treat warnings as errors for the exit status.")
        var strict = false

        @OptionGroup var evaluation: EvaluationOptions
        @OptionGroup var language: LanguageOptions

        @OptionGroup var color: ColorOptions

        func run() throws {
            let report = Checker.check(paths, fs: LocalFileSystem(), asOf: evaluation.asOf, today: Terminal.today())
            if report.couldNotRun { throw Exit.couldNotRun(report.diagnostics.filter(\.stopsRun), language: language.language) }
            if report.nothingToCheck { throw Exit.noPlan(paths, language: language.language) }
            let format = output.format
            Terminal.out(format.render(report, color: color.enabled(text: format == .text), language: language.language))
            if report.errors > 0 || (strict && report.warnings > 0) { throw Exit.findings }
        }
    }
}

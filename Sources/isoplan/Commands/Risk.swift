import ArgumentParser
import ISOPlanKit

extension RiskFormat: CommandFormat {}

extension ISOPlan {
    /// `isoplan risk PATH...`: which agencies will not convert by the deadline, and why.
    struct Risk: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "risk",
            abstract: "Flag agencies at risk of missing the conversion deadline.",
            discussion: """
            Levels: done, on-track, at-risk, will-miss (plans with errors are reported as invalid). \
            Exit status: 0; 1 with --fail-on when an agency is at or above that level (or invalid); \
            2 could not run (a missing path, an unreadable file, no plan).
            """)

        /// The levels `--fail-on` takes: the ones worth failing a build for.
        enum FailLevel: String, ExpressibleByArgument, CaseIterable {
            case atRisk = "at-risk", willMiss = "will-miss"
            var level: RiskLevel { self == .atRisk ? .atRisk : .willMiss }
        }

        @Argument(help: "Plan files and folders (folders are walked recursively).")
        var paths: [String]

        @OptionGroup var output: FormatOptions<RiskFormat>
        @OptionGroup var evaluation: EvaluationOptions

        @Option(help: "Exit 1 when any agency is at this level or worse, or its plan is invalid.")
        var failOn: FailLevel?

        @OptionGroup var language: LanguageOptions
        @OptionGroup var width: WidthOptions
        @OptionGroup var color: ColorOptions

        func run() throws {
            let risk = PortfolioRisk.evaluate(paths, fs: LocalFileSystem(), asOf: evaluation.asOf,
                                              today: Terminal.today(), taskFacts: false)
            try Exit.unlessRunnable(risk, paths: paths, language: language.language)
            let options = ReportOptions(width: width.columns, color: color.enabled(text: output.format == .text),
                                        language: language.language)
            Terminal.out(output.format.render(risk, options))
            if let failOn, risk.hasAgency(atOrAbove: failOn.level) { throw Exit.findings }
        }
    }
}

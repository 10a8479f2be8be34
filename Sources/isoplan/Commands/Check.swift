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
            let fs = LocalFileSystem(), today = Terminal.today()
            let format = output.format
            let renderer = CheckStreamRenderer(format: format, color: color.enabled(text: format == .text),
                                               language: language.language)
            let store: CheckPieceStore = Spool() ?? MemoryPieceStore()
            var out = CheckOutput(renderer)
            let outcome = CheckStream.run(paths, fs: fs, asOf: evaluation.asOf, today: today,
                                          render: { renderer.piece($0) }) { out.store($0, in: store) }
            if outcome.couldNotRun { throw Exit.couldNotRun(outcome.problems.filter(\.stopsRun), language: language.language) }
            if outcome.nothingToCheck { throw Exit.noPlan(paths, language: language.language) }
            if out.failed || !store.finishWriting() {
                // The temporary file refused a piece (a full disk): check again, all in memory.
                let report = Checker.check(paths, fs: fs, asOf: evaluation.asOf, today: today)
                Terminal.out(format.render(report, color: renderer.style.enabled, language: language.language))
            } else {
                // Pieces are written out in order, each rejection at its place (exit 2 when
                // standard output or the temporary file fails, as for a streamed timeline).
                var buffer = OutputBuffer()
                guard out.write(outcome, from: store, to: { buffer.write($0) }), buffer.flush() else { throw Exit.outputFailed(language: language.language) }
            }
            let totals = outcome.totals
            if totals.errors > 0 || (strict && totals.warnings > 0) { throw Exit.findings }
        }
    }
}

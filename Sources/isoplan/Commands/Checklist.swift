import ArgumentParser
import ISOPlanKit

extension ChecklistFormat: CommandFormat {}

extension ISOPlan {
    /// `isoplan checklist PLAN`: the agency's migration checklist, step by step and clause by clause.
    struct Checklist: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "checklist",
            abstract: "Show an agency's migration checklist: every step and every clause with its status.",
            discussion: """
            Statuses come from the plan: done, in progress, planned, not covered (no task names the \
            step or the clause) and not applicable (declared in not_applicable). See docs/checklist.md. \
            The plan is read with the portfolio file given, else the nearest portfolio.yaml above it. \
            Exit status: 0 checklist written; 1 the plan has errors (run 'isoplan check'); 2 could not \
            run (a missing or unreadable file, the portfolio file instead of a plan, missing catalog).
            """)

        @Argument(help: "The agency plan file.")
        var plan: String

        @OptionGroup var output: FormatOptions<ChecklistFormat>
        @OptionGroup var language: LanguageOptions
        @OptionGroup var width: WidthOptions
        @OptionGroup var color: ColorOptions

        @Option(help: "Portfolio file whose calendar additions, deadline and as_of apply to the dates.")
        var portfolio: String?

        @OptionGroup var evaluation: EvaluationOptions

        /// Checks the arguments' values. Called from `run()`, not `validate()`: argument-parser
        /// validates before it reports an unknown option, so a check here would blame the value
        /// of an unknown option (`--width 80`) instead of naming the option.
        func checkArguments() throws {
            if LocalFileSystem().kind(of: plan) == .folder {
                throw ValidationError("checklist takes one plan file, not the folder '\(plan)'")
            }
        }

        func run() throws {
            do { try checkArguments() } catch { ISOPlan.usageError(error, in: Self.self) }
            let fs = LocalFileSystem()
            let set = PlanSet.open([plan] + (portfolio.map { [$0] } ?? []), fs: fs)
            try Exit.unlessRunnable(set, paths: [plan], language: language.language)
            var loaded: [PlanFile] = []
            let verdicts = set.load(fs: fs, { $0 }) { loaded += $0 }
            if verdicts.unreadable { throw Exit.couldNotRun(verdicts.unreadableFiles, language: language.language) }
            let file = loaded[0]
            let problems = (file.diagnostics + set.diagnostics + verdicts.rejected.values).filter { $0.severity == .error }
            guard let agencyPlan = file.plan, problems.isEmpty else {
                for d in problems.sortedForOutput() { Terminal.err(d, language: language.language) }
                throw Exit.findings
            }
            let catalog = try Exit.bundledCatalog()
            let context = EvaluationContext(portfolio: set.portfolio, asOf: evaluation.asOf, today: Terminal.today())
            let schedule = Scheduler.schedule(agencyPlan, context: context)
            let checklist = ISOPlanKit.Checklist.build(plan: agencyPlan, catalog: catalog, schedule: schedule)
            Terminal.out(output.format.render(checklist, language: language.language, width: width.columns,
                                              color: color.enabled(text: output.format == .text)))
        }
    }
}

import ArgumentParser
import ISOPlanKit

extension ChecklistFormat: ExpressibleByArgument {}

/// `isoplan checklist PLAN`: the agency's migration checklist, step by step and clause by clause.
struct ChecklistCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checklist",
        abstract: "Show an agency's migration checklist: every step and every clause with its status.",
        discussion: """
        Statuses come from the plan: done, in progress, planned, not covered (no task names the \
        step or the clause) and not applicable (declared in not_applicable). See docs/checklist.md.
        Exit status: 0 checklist written; 1 the plan has errors (run 'isoplan check'); 2 could not \
        run (unreadable file, missing catalog).
        """)

    @Argument(help: "The agency plan file.")
    var plan: String

    @Option(help: "Output format: text, markdown, json or csv.")
    var format: ChecklistFormat = .text

    @Option(help: "Language: vi or en (default: vi for a Vietnamese locale in LC_ALL/LC_MESSAGES/LANG, else en).")
    var lang: Language?

    @Option(help: "Columns for text output (default: COLUMNS, the terminal's width, else 100).")
    var width: Int?

    @Option(help: "Colour for text output: auto, always or never.")
    var color: ColorChoice = .auto

    @Option(help: "Portfolio file whose calendar additions, deadline and as_of apply to the dates.")
    var portfolio: String?

    @Option(help: "Evaluation date (YYYY-MM-DD); default: the portfolio's as_of, else today.")
    var asOf: CalendarDate?

    func run() throws {
        let fs = LocalFileSystem()
        let loaded = PlanLoader.load(plan, from: fs)
        let (settings, portfolioDiagnostics) = PlanLoader.loadPortfolio(portfolio, from: fs)
        let problems = (loaded.diagnostics + portfolioDiagnostics).filter { $0.severity == .error }
        guard let agencyPlan = loaded.plan, problems.isEmpty else {
            for d in problems.sortedForOutput() { Terminal.err(d) }
            let unreadable = loaded.unreadable || portfolioDiagnostics.contains { $0.rule == Rule.unreadableFile.id }
            throw unreadable ? Exit.couldNotRun : Exit.findings
        }
        let catalog: Catalog
        switch Catalog.bundled {
        case .success(let c): catalog = c
        case .failure(let error):
            Terminal.err("isoplan: \(error)\n")
            throw Exit.couldNotRun
        }
        let context = EvaluationContext(portfolio: settings, asOf: asOf, today: Terminal.today())
        let schedule = Scheduler.schedule(agencyPlan, context: context)
        let checklist = Checklist.build(plan: agencyPlan, catalog: catalog, schedule: schedule)
        let language = Terminal.language(lang)
        Terminal.out(format.render(checklist, language: language, width: Terminal.width(width),
                                   color: format == .text && Terminal.useColor(color)))
    }
}

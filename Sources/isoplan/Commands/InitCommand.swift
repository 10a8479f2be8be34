import ArgumentParser
import ISOPlanKit

/// `isoplan init`: write a new agency plan with one task per migration step.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a new agency plan: one task per migration step with typical durations.",
        discussion: """
        Without -o the plan goes to standard output. An existing file is never replaced \
        unless --force is given; the file is written atomically. Exit status: 0 written; \
        2 could not write (the file exists, or an I/O error); 64 a bad option.
        """)

    @Option(help: "Agency id: lower-case letters, digits and '-' (e.g. ha-noi).")
    var id: String
    @Option(help: "Official Vietnamese name of the agency.")
    var name: String
    @Option(help: "English name of the agency.")
    var nameEn: String?
    @Option(help: "Agency type: ministry-unit or provincial-department.")
    var type: String
    @Option(help: "Province (required for a provincial-department).")
    var province: String?
    @Option(help: "Plan start (YYYY-MM-DD); also the first status date.")
    var start: CalendarDate
    @Option(help: "Baseline: 2008 (convert an announced TCVN ISO 9001:2008 system) or none (new build).")
    var baseline: String = "2008"
    @Option(help: "Date of the 2008 announcement (YYYY-MM-DD); required with --baseline 2008.")
    var announced: CalendarDate?
    @Option(help: "Number of the 2008 announcement decision.")
    var decision: String?
    @Option(help: "Number of administrative procedures in scope (default: 0, to fill in).")
    var procedures: Int?
    @Option(name: [.short, .customLong("output")], help: "File to write (default: standard output).")
    var output: String?
    @Flag(help: "Replace the output file if it exists.")
    var force = false
    @Option(help: "Language of the comments: vi or en (default from the locale).")
    var lang: Language?

    func validate() throws {
        try InitOptions.validate(self)
    }

    func run() throws {
        guard case .success(let catalog) = Catalog.bundled else {
            if case .failure(let error) = Catalog.bundled { Terminal.err("isoplan: \(error)\n") }
            throw Exit.couldNotRun
        }
        let template = PlanTemplate(
            agencyID: id, name: name, nameEn: nameEn, type: AgencyType(rawValue: type) ?? .ministryUnit,
            province: province, start: start, baseline: baseline == "none" ? .none : .iso2008,
            announced: announced, decision: decision, procedures: procedures,
            language: Terminal.language(lang))
        let text = template.render(catalog: catalog)
        guard let output else { return Terminal.out(text) }
        switch AtomicFile.write(text, to: output, replace: force) {
        case .written:
            Terminal.err("isoplan: wrote \(output) (\(catalog.steps.count) tasks); check it with 'isoplan check \(output)'\n")
        case .exists:
            Terminal.err("isoplan: \(output) already exists; it was left unchanged (use --force to replace it)\n")
            throw Exit.couldNotRun
        case .failed(let reason):
            Terminal.err("isoplan: could not write \(output): \(reason)\n")
            throw Exit.couldNotRun
        }
    }
}

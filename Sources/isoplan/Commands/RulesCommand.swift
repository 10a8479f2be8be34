import ArgumentParser
import ISOPlanKit

/// `isoplan rules [RULE...]`: the rules `check` can report, with their examples.
struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the rules that isoplan check reports, each with its examples.")

    @Argument(help: "Rule ids to show (default: every rule).")
    var ids: [String] = []

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    /// Deprecated spelling of `--format json`, kept so existing scripts work.
    @Flag(help: .hidden)
    var json = false

    @Option(help: "Language of the text: vi or en (default: from LC_ALL/LANG).")
    var lang: Language?

    func validate() throws {
        let known = RuleCatalog.all.map(\.id.raw)
        for id in ids where !known.contains(id) {
            throw ValidationError("no rule '\(id)'; 'isoplan rules' lists them all")
        }
    }

    func run() {
        let rules = ids.isEmpty ? RuleCatalog.all : RuleCatalog.all.filter { ids.contains($0.id.raw) }
        let language = Terminal.language(lang)
        Terminal.out(json || format == .json ? RulesRenderer.json(rules, language: language)
                                             : RulesRenderer.text(rules, language: language))
    }
}

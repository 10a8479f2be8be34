import ArgumentParser
import ISOPlanKit

/// `isoplan rules`: every rule `check` can report, with its id, severity and summary.
struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the rules that isoplan check reports.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    /// Deprecated spelling of `--format json`, kept so existing scripts work.
    @Flag(help: .hidden)
    var json = false

    func run() {
        Terminal.out(json || format == .json ? RulesRenderer.json() : RulesRenderer.text())
    }
}

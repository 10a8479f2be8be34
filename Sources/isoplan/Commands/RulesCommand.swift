import ArgumentParser
import ISOPlanKit

/// `isoplan rules`: every rule `check` can report, with its id, severity and summary.
struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the rules that isoplan check reports.")

    @Flag(help: "Print JSON instead of text.")
    var json = false

    func run() {
        Terminal.out(json ? RulesRenderer.json() : RulesRenderer.text())
    }
}

import ArgumentParser
import ISOPlanKit

extension ISOPlan {
    /// `isoplan rules`: every rule `check` can report, with its id, severity and summary.
    struct Rules: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rules", abstract: "List the rules that isoplan check reports.")

        /// `--format` of `rules`.
        enum Format: String, CommandFormat {
            case text, json
        }

        @OptionGroup var output: FormatOptions<Format>

        /// The former spelling of `--format json`.
        @Flag(help: .hidden)
        var json = false

        func run() {
            Terminal.out(json || output.format == .json ? RulesRenderer.json() : RulesRenderer.text())
        }
    }
}

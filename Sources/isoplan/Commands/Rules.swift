import ArgumentParser
import ISOPlanKit

extension ISOPlan {
    /// `isoplan rules`: every rule `check` can report, with its id, severity and summary.
    struct Rules: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rules", abstract: "List the rules that isoplan check reports, each with its examples.")

        /// `--format` of `rules`.
        enum Format: String, CommandFormat {
            case text, json
        }

        @Argument(help: "Rule ids to show (default: every rule).")
        var ids: [String] = []

        @OptionGroup var output: FormatOptions<Format>

        /// The former spelling of `--format json`.
        @Flag(help: .hidden)
        var json = false

        @OptionGroup var language: LanguageOptions

        /// Checks the arguments' values. Called from `run()`, not `validate()`: argument-parser
        /// validates before it reports an unknown option, so a check here would blame the value
        /// of an unknown option (`--width 80`) instead of naming the option.
        func checkArguments() throws {
            let known = RuleCatalog.all.map(\.id.raw)
            for id in ids where !known.contains(id) {
                let hint = Suggestion.closest(to: id, in: known).map { "; did you mean '\($0)'?" } ?? ";"
                throw ValidationError("no rule '\(id)'\(hint) 'isoplan rules' lists them all")
            }
        }

        func run() throws {
            do { try checkArguments() } catch { ISOPlan.usageError(error, in: Self.self) }
            let rules = ids.isEmpty ? RuleCatalog.all : RuleCatalog.all.filter { ids.contains($0.id.raw) }
            let language = language.language
            Terminal.out(json || output.format == .json ? RulesRenderer.json(rules, language: language)
                                                        : RulesRenderer.text(rules, language: language))
        }
    }
}

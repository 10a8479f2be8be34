import ArgumentParser
import ISOPlanKit

@main
struct ISOPlan: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "isoplan",
        abstract: "Plan the migration of agencies' QMS from TCVN ISO 9001:2008 to TCVN ISO 9001:2015.",
        discussion: """
        Exit status of every command: 0 done; 1 a plan error (or a warning with check --strict; \
        an agency at the risk --fail-on level); 2 could not run (a missing path, an unreadable \
        file, nothing to work on, a file that could not be written); 64 wrong usage.
        """,
        version: ISOPlanVersion.current,
        subcommands: [Check.self, Checklist.self, Risk.self, Timeline.self, Report.self,
                      Calendar.self, Init.self, Rules.self]
    )

    /// Runs the command line; a first word that is not a command gets a suggestion.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let word = arguments.first, !word.hasPrefix("-"), word != "help", !commandNames.contains(word) {
            let hint = Suggestion.closest(to: word, in: commandNames).map { "; did you mean '\($0)'?" } ?? "."
            exit(withError: ValidationError("'\(word)' is not an isoplan command\(hint) Commands: \(commandList)."))
        }
        // Parsed and run here rather than by `main(arguments)`, so that a command that wrote
        // its output all at once can still say, in its own --lang, that the write failed.
        var command: ParsableCommand
        do {
            command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            exit(withError: error)
        }
        if OutputFailure.errno != nil {
            let language = (command as? SpeaksLanguage)?.language.language ?? Terminal.language(nil)
            exit(withError: Exit.outputFailed(language: language))
        }
    }

    /// Without a command there is nothing to do: that is a usage error, not success.
    func run() throws {
        throw ValidationError("Give a command: \(Self.commandList).")
    }

    /// Stops with a usage error found in a command's `run()` as argument-parser stops with one
    /// found while parsing: the message, the command's usage, exit 64.
    static func usageError(_ error: Error, in command: ParsableCommand.Type) -> Never {
        let name = command.configuration.commandName ?? ""
        Terminal.err("Error: \(error)\nUsage: \(usageString(for: command))\n"
                     + "  See 'isoplan \(name) --help' for more information.\n")
        exit(withError: ExitCode.validationFailure)
    }

    static var commandNames: [String] { configuration.subcommands.compactMap { $0.configuration.commandName } }
    static var commandList: String { commandNames.joined(separator: ", ") }
}

/// A command with `--lang`.
protocol SpeaksLanguage {
    var language: LanguageOptions { get }
}

extension ISOPlan.Check: SpeaksLanguage {}
extension ISOPlan.Checklist: SpeaksLanguage {}
extension ISOPlan.Risk: SpeaksLanguage {}
extension ISOPlan.Timeline: SpeaksLanguage {}
extension ISOPlan.Report: SpeaksLanguage {}
extension ISOPlan.Calendar: SpeaksLanguage {}
extension ISOPlan.Init: SpeaksLanguage {}
extension ISOPlan.Rules: SpeaksLanguage {}

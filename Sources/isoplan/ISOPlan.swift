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
            // argument-parser names a missing required option before an unknown one, so a
            // misspelt `--perod` would read "Missing --period": name the misspelling instead.
            if !(error is CleanExit), let unknown = unknownOption(in: arguments) {
                usageError(ValidationError(unknown.message), in: unknown.command)
            }
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

    /// The first `--option` of `arguments` that its command does not have (the command's help
    /// lists every option it has), with the closest one it has.
    static func unknownOption(in arguments: [String]) -> (command: ParsableCommand.Type, message: String)? {
        var command: ParsableCommand.Type = ISOPlan.self
        var rest = arguments[...]
        while let word = rest.first,
              let sub = command.configuration.subcommands.first(where: { $0.configuration.commandName == word }) {
            command = sub
            rest = rest.dropFirst()
        }
        guard command != ISOPlan.self else { return nil }
        let known = Set(["--help", "--version"] + longOptions(in: helpMessage(for: command)))
        for argument in rest {
            if argument == "--" { break }
            guard argument.hasPrefix("--"), argument.count > 2 else { continue }
            let name = String(argument.prefix { $0 != "=" })
            if known.contains(name) { continue }
            let hint = Suggestion.closest(to: name, in: known.sorted()).map { " Did you mean '\($0)'?" } ?? ""
            return (command, "Unknown option '\(name)'.\(hint)")
        }
        return nil
    }

    /// Every `--name` written in a help text.
    static func longOptions(in help: String) -> [String] {
        var out: [String] = []
        for word in help.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "-") }) where word.hasPrefix("--") {
            let name = word.reversed().drop { $0 == "-" }.reversed()
            if name.count > 2 { out.append(String(name)) }
        }
        return out
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

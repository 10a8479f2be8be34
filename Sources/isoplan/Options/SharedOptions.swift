import ArgumentParser
import ISOPlanKit

// The options several commands share, each declared and described once. A command takes the
// groups that make sense for it with `@OptionGroup`.

/// `--as-of DATE`: the evaluation date of time rules and risk.
struct EvaluationOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Evaluation date (YYYY-MM-DD); default: the portfolio's as_of, else today.",
                               valueName: "date"),
            transform: { text in
                let date = try DateArgument.parse(text)
                // The schedule of a far date would take minutes and mean nothing; plans keep to
                // the same years.
                guard CalendarDate.supported.contains(date) else {
                    throw ValidationError("give a date from 1900-01-01 to 2199-12-31 (the years the holiday calendar covers)")
                }
                return date
            })
    var asOf: CalendarDate?
}

/// A date given on the command line, with the reason when it is not one.
enum DateArgument {
    static func parse(_ text: String) throws -> CalendarDate {
        if let date = CalendarDate(iso: text) { return date }
        let digits = text.split(separator: "-", omittingEmptySubsequences: false)
        if digits.map(\.count) == [4, 2, 2], digits.allSatisfy({ $0.allSatisfy(\.isASCII) && Int($0) != nil }) {
            throw ValidationError("there is no such day in the calendar (the month is 01 to 12, the day within the month)")
        }
        throw ValidationError("write the date as YYYY-MM-DD, e.g. 2019-10-01")
    }
}

/// `--lang vi|en`: the language of text for people.
struct LanguageOptions: ParsableArguments {
    @Option(help: "Language of the output (default: vi for a Vietnamese locale in LC_ALL/LC_MESSAGES/LANG, else en).")
    var lang: Language?

    /// The language chosen, else the locale's.
    var language: Language { Terminal.language(lang) }
}

/// `--width N`: the columns text for people is laid out in.
struct WidthOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Columns for text output, at least \(Terminal.minimumWidth) (default: COLUMNS, else the terminal's width, else 100).",
                               valueName: "columns"))
    var width: Int?

    func validate() throws {
        if let width, width < Terminal.minimumWidth {
            throw ValidationError("--width must be at least \(Terminal.minimumWidth) columns, not \(width)")
        }
    }

    /// The columns to lay out in.
    var columns: Int { Terminal.width(width) }
}

/// `--color`: whether text for people is coloured.
struct ColorOptions: ParsableArguments {
    @Option(help: "Colour for text output; auto colours on a terminal unless NO_COLOR is set.")
    var color: ColorChoice = .auto

    /// Whether to colour output in a format (only text is ever coloured).
    func enabled(text: Bool) -> Bool { text && Terminal.useColor(color) }
}

/// `--color auto|always|never`.
enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never
}

/// A command's output formats, the first being the default.
protocol CommandFormat: ExpressibleByArgument, CaseIterable, RawRepresentable where RawValue == String {}

/// `--format`: which output a command writes.
struct FormatOptions<Format: CommandFormat>: ParsableArguments {
    @Option(help: ArgumentHelp("Output format.", valueName: "format"))
    var format: Format = Format.allCases.first!
}

extension Language: ExpressibleByArgument {}

extension Diagnostic {
    /// True for the problems that stop a command from running as asked (a missing path, an
    /// unreadable file), as opposed to problems in a plan.
    var stopsRun: Bool { rule == Rule.unreadableFile.id }
}

import ArgumentParser
import Foundation
import ISOPlanKit

extension ISOPlan {
    /// `isoplan calendar`: the working-day calendar of Vietnamese state agencies.
    struct Calendar: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "calendar",
            abstract: "Show the working-day calendar of Vietnamese state agencies.",
            discussion: """
                Forms:
                  isoplan calendar YEAR [PATH]
                      Holidays, days off and make-up days of YEAR, and its working days.
                  isoplan calendar --between DATE DATE [PATH]
                      Working days from the first DATE through the second, both included.
                  isoplan calendar --lunar DATE
                      The lunar (âm lịch) date of DATE.
                YEAR has four digits; dates are YYYY-MM-DD. PATH, a plans folder or a \
                portfolio.yaml, adds the days of the portfolio's calendar: section.
                Exit status: 0; 2 PATH does not exist or cannot be read; 64 wrong usage.
                """)

        /// `--format` of `calendar`.
        enum Format: String, CommandFormat {
            case text, json
        }

        @Flag(help: "Count the working days between two dates: --between DATE DATE [PATH].")
        var between = false

        @Option(help: ArgumentHelp("Show the lunar date of a date.", valueName: "date"))
        var lunar: String?

        @OptionGroup var output: FormatOptions<Format>
        @OptionGroup var language: LanguageOptions

        @Argument(help: ArgumentHelp("YEAR [PATH], or DATE DATE [PATH] with --between.", valueName: "arguments"))
        var arguments: [String] = []

        /// Checks the arguments' values. Called from `run()`, not `validate()`: argument-parser
        /// validates before it reports an unknown option, so a check here would blame the value
        /// of an unknown option (`--width 80`) instead of naming the option.
        func checkArguments() throws {
            if let lunar {
                guard !between, arguments.isEmpty else { throw ValidationError("--lunar takes one DATE and nothing else.") }
                _ = try Self.date(lunar)
            } else if between {
                guard (2...3).contains(arguments.count) else { throw ValidationError("--between needs DATE DATE [PATH].") }
                if try Self.date(arguments[1]) < Self.date(arguments[0]) {
                    throw ValidationError("--between \(arguments[0]) \(arguments[1]): the second date is before the first; "
                                          + "give the earlier date first")
                }
            } else {
                guard (1...2).contains(arguments.count) else { throw ValidationError("Give a YEAR (and optionally a PATH).") }
                _ = try Self.year(arguments[0])
                // `calendar 2020 2021`: a second year, not a path, is one year too many.
                if arguments.count == 2, arguments[1].count == 4, Int(arguments[1]) != nil,
                   !FileManager.default.fileExists(atPath: arguments[1]) {
                    throw ValidationError("give one YEAR at a time ('\(arguments[1])' is taken as a PATH and there is none); "
                                          + "run 'isoplan calendar \(arguments[1])' for the next year")
                }
            }
        }

        /// The PATH argument, when given.
        private var path: String? {
            lunar == nil && arguments.count > (between ? 2 : 1) ? arguments.last : nil
        }

        func run() throws {
            do { try checkArguments() } catch { ISOPlan.usageError(error, in: Self.self) }
            let json = output.format == .json
            if let lunar {
                let c = LunarCalendar.vietnamese.conversion(for: try Self.date(lunar))
                return Terminal.out(json ? CalendarRenderer.json(c) : CalendarRenderer.text(c, language: language.language))
            }
            let calendar = WorkCalendar(additions: try additions(from: path))
            if between {
                let span = calendar.span(from: try Self.date(arguments[0]), through: try Self.date(arguments[1]))
                return Terminal.out(json ? CalendarRenderer.json(span) : CalendarRenderer.text(span, language: language.language))
            }
            let listing = calendar.yearListing(try Self.year(arguments[0]))
            Terminal.out(json ? CalendarRenderer.json(listing) : CalendarRenderer.text(listing, language: language.language))
        }

        /// A date argument; when it is not one, the message names it and says why.
        private static func date(_ text: String) throws -> CalendarDate {
            do { return try DateArgument.parse(text) } catch { throw ValidationError("'\(text)' is not a date: \(error)") }
        }

        /// A four-digit year: `20` is a typo far more often than the year 20.
        private static func year(_ text: String) throws -> Int {
            guard text.count == 4, text.allSatisfy(\.isASCII), let year = Int(text) else {
                throw ValidationError("'\(text)' is not a year: give four digits, e.g. 2020.")
            }
            guard year >= 1000 else { throw ValidationError("'\(text)': give a year from 1000 to 9999, e.g. 2020.") }
            return year
        }

        /// The portfolio's extra days off and working days (its diagnostics go to stderr).
        private func additions(from path: String?) throws -> CalendarAdditions {
            guard let path else { return CalendarAdditions() }
            let set = PlanSet.open([path], fs: LocalFileSystem())
            if set.couldNotRun { throw Exit.couldNotRun(set.diagnostics.filter(\.stopsRun), language: language.language) }
            for d in set.diagnostics { Terminal.err(d, language: language.language) }
            if set.portfolioFile == nil {
                Terminal.err(language.language.pick(
                    vi: "isoplan: warning: không có portfolio.yaml ở \(path); chỉ dùng lịch có sẵn\n",
                    en: "isoplan: warning: no portfolio.yaml at \(path); only the built-in calendar is used\n"))
            }
            return set.portfolio.calendar
        }
    }
}

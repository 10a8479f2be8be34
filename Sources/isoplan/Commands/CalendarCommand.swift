import ArgumentParser
import Foundation
import ISOPlanKit

/// `isoplan calendar`: the working-day calendar of Vietnamese state agencies.
struct CalendarCommand: ParsableCommand {
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
            Dates are YYYY-MM-DD. PATH, a plans folder or a portfolio.yaml, adds the
            days of the portfolio's calendar: section.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Flag(help: "Count the working days between two dates: --between DATE DATE [PATH].")
    var between = false

    @Option(help: ArgumentHelp("Show the lunar date of a date.", valueName: "DATE"))
    var lunar: String?

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @Argument(help: ArgumentHelp("YEAR [PATH], or DATE DATE [PATH] with --between.", valueName: "arguments"))
    var arguments: [String] = []

    func validate() throws {
        if lunar != nil {
            guard !between, arguments.isEmpty else { throw ValidationError("--lunar takes one DATE and nothing else.") }
            _ = try Self.date(lunar ?? "")
        } else if between {
            guard (2...3).contains(arguments.count) else { throw ValidationError("--between needs DATE DATE [PATH].") }
            _ = try Self.date(arguments[0])
            _ = try Self.date(arguments[1])
        } else {
            guard (1...2).contains(arguments.count) else { throw ValidationError("Give a YEAR (and optionally a PATH).") }
            guard let year = Int(arguments[0]), (1...9999).contains(year) else {
                throw ValidationError("'\(arguments[0])' is not a year between 1 and 9999.")
            }
        }
        if let path, !FileManager.default.fileExists(atPath: path) {
            throw ValidationError("No such file or folder: \(path)")
        }
    }

    /// The PATH argument, when given.
    private var path: String? {
        lunar == nil && arguments.count > (between ? 2 : 1) ? arguments.last : nil
    }

    func run() throws {
        if let lunar {
            let c = LunarCalendar.vietnamese.conversion(for: try Self.date(lunar))
            return emit(format == .json ? CalendarRenderer.json(c) : CalendarRenderer.text(c))
        }
        let calendar = WorkCalendar(additions: additions(from: path))
        if between {
            let span = calendar.span(from: try Self.date(arguments[0]), through: try Self.date(arguments[1]))
            return emit(format == .json ? CalendarRenderer.json(span) : CalendarRenderer.text(span))
        }
        let listing = calendar.yearListing(Int(arguments[0]) ?? 0)
        emit(format == .json ? CalendarRenderer.json(listing) : CalendarRenderer.text(listing))
    }

    private func emit(_ output: String) { print(output, terminator: "") }

    private static func date(_ text: String) throws -> CalendarDate {
        guard let d = CalendarDate(iso: text) else { throw ValidationError("'\(text)' is not a date (YYYY-MM-DD).") }
        return d
    }

    /// The portfolio's extra days off and working days (its diagnostics go to stderr).
    private func additions(from path: String?) -> CalendarAdditions {
        guard let path else { return CalendarAdditions() }
        let fs = LocalFileSystem()
        let found = Discovery.discover([path], in: fs)
        let (portfolio, diagnostics) = PlanLoader.loadPortfolio(found.portfolioFile, from: fs)
        for d in diagnostics { Terminal.err(d) }
        if found.portfolioFile == nil {
            Terminal.err("warning: no portfolio.yaml at \(path); only the built-in calendar is used\n")
        }
        return portfolio.calendar
    }
}

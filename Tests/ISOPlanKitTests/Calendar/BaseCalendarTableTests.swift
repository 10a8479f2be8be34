import Foundation
import Testing
@testable import ISOPlanKit

/// The core working-day table is stored, not computed at start: it must stay what the holiday
/// rules and the lunar calendar give.
@Suite struct BaseCalendarTableTests {
    static let from = CalendarDate.dayNumber(year: BaseCalendar.coreYears.lowerBound, month: 1, day: 1)

    /// The Swift file holding `exceptions` as `BaseCalendar.encode` writes them.
    static func file(_ exceptions: [(day: Int, delta: Int)]) -> String {
        let text = BaseCalendar.encode(exceptions, from: from)
        var lines: [String] = []
        var rest = Substring(text)
        while !rest.isEmpty {
            lines.append("    " + rest.prefix(96))
            rest = rest.dropFirst(96)
        }
        return """
        // The days of 1900–2199 whose status differs from a plain week, as
        // `BaseCalendar.encode` writes them ('-' a weekday off, '+' a working weekend day, then
        // the days since the previous one in base 36), made from the holiday rules and the lunar
        // calendar. Made by BaseCalendarTableTests: when a rule changes, that test fails and
        // writes this file anew to the path it names.
        extension BaseCalendar {
            static let coreExceptionsData: StaticString = \"\"\"
        \(lines.joined(separator: "\n"))
            \"\"\"
        }

        """
    }

    @Test func storedCoreExceptionsAreTheRulesOnes() throws {
        let computed = BaseCalendar.exceptions(years: BaseCalendar.coreYears)
        let stored = BaseCalendar.decode(BaseCalendar.coreExceptionsData, from: Self.from)
        let same = computed.count == stored.count
            && zip(computed, stored).allSatisfy { $0.day == $1.day && $0.delta == $1.delta }
        if !same {
            let url = FileManager.default.temporaryDirectory.appendingPathComponent("BaseCalendar+CoreExceptions.swift")
            try Self.file(computed).write(to: url, atomically: true, encoding: .utf8)
            Issue.record("the stored core table differs from the rules: the right file is at \(url.path); copy it to Sources/ISOPlanKit/Calendar/")
        }
        #expect(computed.count > 3000)
    }

    @Test func encodingRoundTrips() {
        let sample: [(day: Int, delta: Int)] = [(Self.from, -1), (Self.from + 1, 1), (Self.from + 36, -1),
                                                (Self.from + 36 + 1_296, -1), (Self.from + 100_000, 1)]
        let back = BaseCalendar.decode("-0+1\n    -z-100+244s", from: Self.from)
        #expect(BaseCalendar.encode(sample, from: Self.from) == "-0+1-z-100+244s")
        #expect(back.count == sample.count && zip(back, sample).allSatisfy { $0.day == $1.day && $0.delta == $1.delta })
    }
}

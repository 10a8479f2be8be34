/// The built-in working-day calendar as ranks (see `ExceptionTable`), O(log n) per query.
///
/// The core table covers 1900–2199 (lunar holidays, the 2018–2021 announcements) and is built
/// on first use. Outside it only fixed solar holidays apply, whose pattern repeats every 400
/// Gregorian years (146,097 days = 20,871 weeks): dates before 1900 are answered from a
/// 1500–1899 cycle, dates from 2200 on from a 2200–2599 cycle, each built only when first needed.
/// All three are lazily initialised globals, so building is thread-safe without locks.
enum BaseCalendar {
    static let cycleDays = 146_097
    /// Day numbers beyond ±2^40 (about three billion years) are clamped.
    static let dayLimit = 1 << 40

    /// The years of the core table.
    static let coreYears = 1900...2199
    /// Built from the exceptions stored in `BaseCalendar+CoreExceptions.swift` (computing them
    /// from the holiday rules and the lunar calendar took about 50 M instructions, some 15 ms,
    /// at every start); a test checks that they are the ones the rules give.
    private static let core = ExceptionTable(start: day(coreYears.lowerBound), end: day(coreYears.upperBound + 1),
                                             exceptions: decode(coreExceptionsData, from: day(coreYears.lowerBound)),
                                             rankStart: ExceptionTable.weekdayRank(day(coreYears.lowerBound)))
    private static let post = table(years: 2200...2599, rankStart: core.rankEnd)
    private static let pre: ExceptionTable = {
        let draft = table(years: 1500...1899, rankStart: 0)
        return draft.shifted(toRankStart: core.rankStart - draft.rankEnd)
    }()

    /// Signed number of working days before day number `x`.
    static func rank(_ x0: Int) -> Int {
        let x = min(max(x0, -dayLimit), dayLimit)
        let c = core
        if x >= c.start && x <= c.end { return c.rank(x) }
        let t = x > c.end ? post : pre
        let q = ExceptionTable.floorDiv(x - t.start, cycleDays)
        return t.rank(x - q * cycleDays) + q * (t.rankEnd - t.rankStart)
    }

    /// The working day of rank `t`: the last day `x` with `rank(x) <= t`.
    static func select(_ t: Int) -> Int {
        let c = core
        if t >= c.rankStart && t < c.rankEnd { return c.select(t) }
        let table = t >= c.rankEnd ? post : pre
        let cycleRanks = table.rankEnd - table.rankStart
        let q = ExceptionTable.floorDiv(t - table.rankStart, cycleRanks)
        return table.select(t - q * cycleRanks) + q * cycleDays
    }

    /// True when day number `x` is a working day of the built-in calendar.
    static func isWorkingDay(_ x: Int) -> Bool { rank(x + 1) - rank(x) == 1 }

    private static func day(_ year: Int) -> Int { CalendarDate.dayNumber(year: year, month: 1, day: 1) }

    /// The exception table of whole Gregorian years, from the built-in holiday entries.
    private static func table(years: ClosedRange<Int>, rankStart: Int) -> ExceptionTable {
        ExceptionTable(start: day(years.lowerBound), end: day(years.upperBound + 1),
                       exceptions: exceptions(years: years), rankStart: rankStart)
    }

    /// The days of whole Gregorian years whose status differs from a plain week (+1: a
    /// working weekend day, -1: a weekday off), sorted, from the built-in holiday entries.
    static func exceptions(years: ClosedRange<Int>) -> [(day: Int, delta: Int)] {
        let start = day(years.lowerBound), end = day(years.upperBound + 1)
        var working: [Int: Bool] = [:]
        for y in years.lowerBound...years.upperBound + 1 {
            for h in HolidayRules.entries(holidayYear: y) where h.date.dayNumber >= start && h.date.dayNumber < end {
                working[h.date.dayNumber] = (working[h.date.dayNumber] ?? false) || h.kind == .workingDay
            }
        }
        return working.sorted { $0.key < $1.key }.compactMap { n, isWorking -> (day: Int, delta: Int)? in
            let delta = (isWorking ? 1 : 0) - (CalendarDate(dayNumber: n).isWeekend ? 0 : 1)
            return delta == 0 ? nil : (n, delta)
        }
    }

    /// Exceptions as stored: for each, `-` (a weekday off) or `+` (a working weekend day)
    /// followed by the days since the previous one (since `from` for the first) in base 36.
    static func encode(_ exceptions: [(day: Int, delta: Int)], from: Int) -> String {
        var out = "", last = from
        for e in exceptions {
            out += (e.delta < 0 ? "-" : "+") + String(e.day - last, radix: 36)
            last = e.day
        }
        return out
    }

    /// `encode` read back.
    static func decode(_ text: StaticString, from: Int) -> [(day: Int, delta: Int)] {
        var out: [(day: Int, delta: Int)] = [], last = from, delta = 0, gap = 0
        func flush() { if delta != 0 { last += gap; out.append((last, delta)) } }
        text.withUTF8Buffer { bytes in
            for b in bytes {
                switch b {
                case UInt8(ascii: "-"), UInt8(ascii: "+"):
                    flush()
                    delta = b == UInt8(ascii: "-") ? -1 : 1
                    gap = 0
                case UInt8(ascii: "0")...UInt8(ascii: "9"): gap = gap * 36 + Int(b - UInt8(ascii: "0"))
                case UInt8(ascii: "a")...UInt8(ascii: "z"): gap = gap * 36 + Int(b - UInt8(ascii: "a")) + 10
                default: break   // line breaks of the stored text
                }
            }
            flush()
        }
        return out
    }
}

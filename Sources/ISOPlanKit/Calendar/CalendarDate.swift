/// A day of the proleptic Gregorian calendar, with no time and no time zone.
///
/// Stored as a day number (days since 1970-01-01), so comparison, hashing and
/// day arithmetic are single integer operations.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Days since 1970-01-01 (negative before it).
    public let dayNumber: Int

    /// Creates a date from its day number (days since 1970-01-01).
    public init(dayNumber: Int) { self.dayNumber = dayNumber }

    /// Creates a date from a year, month (1–12) and day, or nil when that day does not exist.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= CalendarDate.daysIn(month: month, year: year) else { return nil }
        self.dayNumber = CalendarDate.dayNumber(year: year, month: month, day: day)
    }

    /// Parses `YYYY-MM-DD` strictly (four-digit year, two-digit month and day, a real day).
    public init?(iso text: Substring) {
        var copy = String(text)
        guard let d = copy.withUTF8(CalendarDate.parse) else { return nil }
        self = d
    }

    /// `YYYY-MM-DD` from UTF-8 bytes, strictly; the loader reads dates this way without
    /// making a string.
    public static func parse(_ u: UnsafeBufferPointer<UInt8>) -> CalendarDate? {
        guard u.count == 10, u[4] == UInt8(ascii: "-"), u[7] == UInt8(ascii: "-") else { return nil }
        func num(_ r: Range<Int>) -> Int? {
            var v = 0
            for i in r {
                let c = u[i]
                guard c >= 48, c <= 57 else { return nil }
                v = v * 10 + Int(c - 48)
            }
            return v
        }
        guard let y = num(0..<4), let m = num(5..<7), let d = num(8..<10) else { return nil }
        return CalendarDate(year: y, month: m, day: d)
    }

    /// Parses `YYYY-MM-DD` strictly.
    public init?(iso text: String) { self.init(iso: Substring(text)) }

    /// True for leap years of the Gregorian calendar.
    public static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    /// Number of days in a month of a year.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Day number of a civil date (algorithm from the proleptic Gregorian era arithmetic).
    static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The year, month and day of this date.
    public var components: (year: Int, month: Int, day: Int) {
        let z = dayNumber + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    public var year: Int { components.year }
    public var month: Int { components.month }
    public var day: Int { components.day }

    /// Day of the week, ISO numbering: 1 = Monday … 7 = Sunday.
    public var weekday: Int {
        let w = (dayNumber + 3) % 7   // 1970-01-01 was a Thursday (ISO 4)
        return (w < 0 ? w + 7 : w) + 1
    }

    /// True on Saturday and Sunday.
    public var isWeekend: Bool { weekday >= 6 }

    /// The date `n` calendar days later (earlier when negative).
    public func adding(days n: Int) -> CalendarDate { CalendarDate(dayNumber: dayNumber + n) }

    /// Calendar days from `self` to `other` (positive when `other` is later).
    public func days(to other: CalendarDate) -> Int { other.dayNumber - dayNumber }

    /// `YYYY-MM-DD`.
    public var iso: String {
        let c = components
        guard (0...9999).contains(c.year) else {
            return Self.pad(c.year, 4) + "-" + Self.pad(c.month, 2) + "-" + Self.pad(c.day, 2)
        }
        // Ten ASCII bytes: a small string, made without an allocation (diagnostics make many).
        return String(unsafeUninitializedCapacity: 10) { b in
            b[0] = 0x30 + UInt8(c.year / 1000); b[1] = 0x30 + UInt8(c.year / 100 % 10)
            b[2] = 0x30 + UInt8(c.year / 10 % 10); b[3] = 0x30 + UInt8(c.year % 10)
            b[4] = 0x2D; b[5] = 0x30 + UInt8(c.month / 10); b[6] = 0x30 + UInt8(c.month % 10)
            b[7] = 0x2D; b[8] = 0x30 + UInt8(c.day / 10); b[9] = 0x30 + UInt8(c.day % 10)
            return 10
        }
    }

    /// `DD/MM/YYYY`, the way Vietnamese documents write dates.
    public var vietnamese: String {
        let c = components
        guard (0...9999).contains(c.year) else {
            return Self.pad(c.day, 2) + "/" + Self.pad(c.month, 2) + "/" + Self.pad(c.year, 4)
        }
        // Ten ASCII bytes, a small string, as `iso` (risk and report texts write many).
        return String(unsafeUninitializedCapacity: 10) { b in
            b[0] = 0x30 + UInt8(c.day / 10); b[1] = 0x30 + UInt8(c.day % 10); b[2] = 0x2F
            b[3] = 0x30 + UInt8(c.month / 10); b[4] = 0x30 + UInt8(c.month % 10); b[5] = 0x2F
            b[6] = 0x30 + UInt8(c.year / 1000); b[7] = 0x30 + UInt8(c.year / 100 % 10)
            b[8] = 0x30 + UInt8(c.year / 10 % 10); b[9] = 0x30 + UInt8(c.year % 10)
            return 10
        }
    }

    public var description: String { iso }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool { a.dayNumber < b.dayNumber }

    static func pad(_ v: Int, _ width: Int) -> String {
        let s = String(v)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}

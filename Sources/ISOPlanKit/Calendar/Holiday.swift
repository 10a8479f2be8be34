/// Where a calendar entry comes from.
enum HolidaySource: String, Sendable, Hashable, Codable, CaseIterable {
    /// Computed from the statutory rules (Labour Code holidays, weekend compensation).
    case statutory
    /// The day-off ranges the government actually announced (2018–2021).
    case official
    /// Declared in the portfolio file's `calendar:` section.
    case portfolio
}

/// One dated entry of the working calendar: a day off, or a day declared a working day.
struct Holiday: Sendable, Hashable {
    /// Whether agencies rest or work on the day.
    enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// A holiday, a compensatory or swapped day off, or a portfolio day off.
        case dayOff = "day-off"
        /// A make-up working day (làm bù), usually a Saturday.
        case workingDay = "working-day"
    }

    /// The day.
    var date: CalendarDate
    /// Vietnamese name, e.g. "Tết Nguyên đán".
    var nameVi: String
    /// English name, e.g. "Lunar New Year (Tết)".
    var nameEn: String
    /// Where the entry comes from.
    var source: HolidaySource
    /// Day off or working day.
    var kind: Kind

    /// Creates an entry.
    init(date: CalendarDate, nameVi: String, nameEn: String, source: HolidaySource, kind: Kind = .dayOff) {
        self.date = date
        self.nameVi = nameVi
        self.nameEn = nameEn
        self.source = source
        self.kind = kind
    }
}

/// The entries of one Gregorian year for the `calendar YEAR` command, with the year's total.
public struct CalendarYearListing: Sendable, Hashable {
    /// The Gregorian year.
    public var year: Int
    /// Holidays (also those on a weekend), compensatory and swapped days off, make-up working
    /// days and portfolio days, sorted by date.
    var entries: [Holiday]
    /// Working days from 1 January through 31 December.
    public var workingDays: Int

    /// Creates a listing.
    init(year: Int, entries: [Holiday], workingDays: Int) {
        self.year = year
        self.entries = entries
        self.workingDays = workingDays
    }
}

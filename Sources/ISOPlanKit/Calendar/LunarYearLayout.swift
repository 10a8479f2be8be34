/// The months of one solar-term year ("tuế"): from the start of lunar month 11 of Gregorian
/// year `year - 1` up to, not including, the start of month 11 of `year`.
///
/// Months 11 and 12 at the front (and a leap 11 or 12) belong to lunar year `year - 1`;
/// months 1…10 belong to lunar year `year`.
struct LunarYearLayout: Sendable, Hashable {
    /// The Gregorian year in which this layout's closing month 11 starts.
    let year: Int
    /// Day numbers of the first day of each month, plus the first day of the next month 11.
    let starts: [Int]
    /// Index in `starts` of the leap month, when the layout has 13 months.
    let leapIndex: Int?

    /// Number of months (12 or 13).
    var monthCount: Int { starts.count - 1 }

    /// Month number, leap flag and lunar year of the month at `index`.
    func month(at index: Int) -> (number: Int, isLeap: Bool, lunarYear: Int) {
        var ordinal = index
        var isLeap = false
        if let leap = leapIndex, index >= leap {
            ordinal = index - 1
            isLeap = index == leap
        }
        let number = (10 + ordinal) % 12 + 1
        return (number, isLeap, number >= 11 ? year - 1 : year)
    }

    /// Index of the month that contains day number `day`, if the layout covers it.
    func monthIndex(containing day: Int) -> Int? {
        guard let first = starts.first, let last = starts.last, day >= first, day < last else { return nil }
        var i = 0
        while i + 1 < starts.count, starts[i + 1] <= day { i += 1 }
        return i
    }

    /// Index of a given month (number, leap flag) of a given lunar year, if present.
    func monthIndex(number: Int, isLeap: Bool, lunarYear: Int) -> Int? {
        (0..<monthCount).first { i in
            let m = month(at: i)
            return m.number == number && m.isLeap == isLeap && m.lunarYear == lunarYear
        }
    }

    /// Computes the layout whose closing month 11 starts in Gregorian `year`, for a time zone
    /// `hours` east of UTC.
    static func compute(year: Int, timeZoneHours hours: Double) -> LunarYearLayout {
        let astro = LocalAstronomy(timeZoneHours: hours)
        return compute(year: year, astro: astro,
                       first: astro.month11Lunation(gregorianYear: year - 1),
                       next: astro.month11Lunation(gregorianYear: year))
    }

    /// The layouts of consecutive years, sharing each year's month-11 search.
    static func compute(years: ClosedRange<Int>, timeZoneHours hours: Double) -> [LunarYearLayout] {
        let astro = LocalAstronomy(timeZoneHours: hours)
        let month11 = (years.lowerBound - 1...years.upperBound).map { astro.month11Lunation(gregorianYear: $0) }
        return years.enumerated().map { i, y in
            compute(year: y, astro: astro, first: month11[i], next: month11[i + 1])
        }
    }

    private static func compute(year: Int, astro: LocalAstronomy, first: Int, next: Int) -> LunarYearLayout {
        let count = min(max(next - first, 1), 14)
        let starts = (0...count).map { astro.newMoonDay(lunation: first + $0) }
        var leap: Int?
        if count == 13 {
            let sectors = starts.map { astro.solarSector(atStartOf: $0) }
            leap = (1...12).first { sectors[$0] == sectors[$0 + 1] }
        }
        return LunarYearLayout(year: year, starts: starts, leapIndex: leap)
    }
}

/// New moons and solar longitudes seen from one time zone, in whole local days.
struct LocalAstronomy: Sendable {
    let timeZoneHours: Double

    /// Day number (days since 1970-01-01) of the local day that contains new moon `k`.
    func newMoonDay(lunation k: Int) -> Int {
        let jde = Astronomy.newMoonJDE(lunation: k)
        let ut = jde - Astronomy.deltaTDays(jde: jde)
        return Int((ut + timeZoneHours / 24 - Astronomy.unixEpochJD).rounded(.down))
    }

    /// The Sun's apparent longitude (degrees) at local midnight starting day number `day`.
    func solarLongitude(atStartOf day: Int) -> Double {
        let ut = Double(day) + Astronomy.unixEpochJD - timeZoneHours / 24
        return Astronomy.solarLongitude(jde: ut + Astronomy.deltaTDays(jde: ut))
    }

    /// The 30° sector (0…11) of the Sun's longitude at local midnight starting `day`;
    /// a major solar term (trung khí) falls in a month exactly when the sector changes.
    func solarSector(atStartOf day: Int) -> Int {
        min(11, max(0, Int((solarLongitude(atStartOf: day) / 30).rounded(.down))))
    }

    /// The lunation whose local day is the last new-moon day on or before `day`.
    func lunation(onOrBefore day: Int) -> Int {
        let jd = Double(day) + Astronomy.unixEpochJD
        var k = Int(((jd - Astronomy.lunationZeroJDE) / Astronomy.synodicMonth).rounded(.down))
        for _ in 0..<4 where newMoonDay(lunation: k + 1) <= day { k += 1 }
        for _ in 0..<4 where newMoonDay(lunation: k) > day { k -= 1 }
        return k
    }

    /// The lunation that starts lunar month 11 in a Gregorian year: the month that contains
    /// the December solstice (longitude 270°).
    func month11Lunation(gregorianYear y: Int) -> Int {
        let k = lunation(onOrBefore: CalendarDate.dayNumber(year: y, month: 12, day: 31))
        // A month that already starts past the solstice cannot contain it.
        return solarLongitude(atStartOf: newMoonDay(lunation: k)) >= 270 ? k - 1 : k
    }
}

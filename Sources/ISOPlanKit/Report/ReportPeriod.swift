/// A reporting period: a quarter (`2019-Q3`), a half-year (`2019-H2`) or a year (`2020`).
public struct ReportPeriod: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case quarter(Int), half(Int), year
    }

    public var year: Int
    public var kind: Kind

    /// Parses `YYYY-Qn`, `YYYY-Hn` or `YYYY` (1900–2199).
    public init?(_ text: String) {
        let parts = text.uppercased().split(separator: "-", omittingEmptySubsequences: false)
        guard let y = Int(parts[0]), parts[0].count == 4, (1900...2199).contains(y) else { return nil }
        year = y
        if parts.count == 1 {
            kind = .year
            return
        }
        guard parts.count == 2, parts[1].count == 2, let n = Int(parts[1].dropFirst()) else { return nil }
        switch parts[1].first {
        case "Q" where (1...4).contains(n): kind = .quarter(n)
        case "H" where (1...2).contains(n): kind = .half(n)
        default: return nil
        }
    }

    public init(year: Int, kind: Kind) {
        self.year = year
        self.kind = kind
    }

    var months: (first: Int, last: Int) {
        switch kind {
        case .quarter(let q): ((q - 1) * 3 + 1, q * 3)
        case .half(let h): ((h - 1) * 6 + 1, h * 6)
        case .year: (1, 12)
        }
    }

    /// First day of the period.
    public var start: CalendarDate { CalendarDate(year: year, month: months.first, day: 1)! }
    /// Last day of the period.
    public var end: CalendarDate {
        let m = months.last
        return CalendarDate(year: year, month: m, day: CalendarDate.daysIn(month: m, year: year))!
    }

    /// The period of the same length that follows.
    public var next: ReportPeriod {
        switch kind {
        case .quarter(let q): q == 4 ? .init(year: year + 1, kind: .quarter(1)) : .init(year: year, kind: .quarter(q + 1))
        case .half(let h): h == 2 ? .init(year: year + 1, kind: .half(1)) : .init(year: year, kind: .half(2))
        case .year: .init(year: year + 1, kind: .year)
        }
    }

    /// `2019-Q3`, `2019-H2`, `2020`.
    public var id: String {
        switch kind {
        case .quarter(let q): "\(year)-Q\(q)"
        case .half(let h): "\(year)-H\(h)"
        case .year: "\(year)"
        }
    }

    /// "Quý III/2019", "6 tháng cuối năm 2019", "năm 2020"; "Q3 2019", "H2 2019", "2020".
    public func label(_ lang: Language) -> String {
        let roman = ["I", "II", "III", "IV"]
        switch kind {
        case .quarter(let q): return lang.pick(vi: "Quý \(roman[q - 1])/\(year)", en: "Q\(q) \(year)")
        case .half(let h): return lang.pick(vi: h == 1 ? "6 tháng đầu năm \(year)" : "6 tháng cuối năm \(year)",
                                            en: "H\(h) \(year)")
        case .year: return lang.pick(vi: "Năm \(year)", en: "\(year)")
        }
    }

    /// True when an agency with this cadence owes a report for this period: one of its
    /// reporting periods (quarters, half-years or years) ends within it.
    func isDue(for cadence: ReportingCadence) -> Bool {
        let step = cadence.months
        for m in stride(from: step, through: 12, by: step) where m >= months.first && m <= months.last {
            return true
        }
        return false
    }
}

/// The time axis of a text chart: which days each column covers.
struct TimelineAxis: Sendable, Hashable {
    /// Days per column.
    var scale: TimelineScale
    /// First day of column 0 (a Monday for weeks, the 1st for months).
    var start: CalendarDate
    /// Number of columns.
    var columns: Int

    /// The finest scale whose columns for `from...through` fit in `width` (or `scale` when
    /// given). When even that does not fit, the axis keeps the last `width` columns, so the
    /// deadline and the finishes stay in view. When that leaves out `anchor` (the status
    /// date), it keeps the first columns instead, or, when those leave it out too, starts a
    /// quarter of the width before it.
    static func fit(from: CalendarDate, through: CalendarDate, width: Int,
                           scale: TimelineScale? = nil, anchor: CalendarDate? = nil) -> TimelineAxis {
        let room = max(width, 1)
        let candidates: [TimelineScale] = scale.map { [$0] } ?? [.day, .week, .month]
        var axis = span(.month, from: from, through: through)
        for s in candidates {
            axis = span(s, from: from, through: through)
            if axis.columns <= room { return axis }
        }
        var first = axis.columns - room
        if let anchor, axis.column(of: anchor) < first {
            let a = axis.column(of: anchor)
            first = a < room ? 0 : a - room / 4
        }
        return TimelineAxis(scale: axis.scale, start: axis.firstDay(ofColumn: first), columns: room)
    }

    /// The axis of one scale covering `from...through` exactly, whatever its width.
    static func span(_ scale: TimelineScale, from: CalendarDate, through: CalendarDate) -> TimelineAxis {
        let hi = max(from, through)
        let start: CalendarDate
        switch scale {
        case .day: start = from
        case .week: start = from.adding(days: 1 - from.weekday)
        case .month: start = CalendarDate(year: from.year, month: from.month, day: 1) ?? from
        }
        var axis = TimelineAxis(scale: scale, start: start, columns: 1)
        axis.columns = axis.column(of: hi) + 1
        return axis
    }

    /// The column that holds `d` (negative before the axis, ≥ `columns` after it).
    func column(of d: CalendarDate) -> Int {
        switch scale {
        case .day: return start.days(to: d)
        case .week: return Int((Double(start.days(to: d)) / 7).rounded(.down))
        case .month: return Self.monthIndex(d) - Self.monthIndex(start)
        }
    }

    /// The first day column `c` covers.
    func firstDay(ofColumn c: Int) -> CalendarDate {
        switch scale {
        case .day: return start.adding(days: c)
        case .week: return start.adding(days: 7 * c)
        case .month:
            let m = Self.monthIndex(start) + c
            let y = m >= 0 ? m / 12 : (m - 11) / 12
            return CalendarDate(year: y, month: m - y * 12 + 1, day: 1) ?? start
        }
    }

    /// The last day column `c` covers.
    func lastDay(ofColumn c: Int) -> CalendarDate { firstDay(ofColumn: c + 1).adding(days: -1) }

    static func monthIndex(_ d: CalendarDate) -> Int { d.year * 12 + d.month - 1 }

    /// The two label lines above the chart, each `columns` wide: years (or month and year at
    /// day scale), then quarters, months or the day of the month of each Monday.
    func labelLines(_ language: Language) -> (String, String) {
        var top = LabelLine(columns), bottom = LabelLine(columns)
        let year = { (d: CalendarDate) in [String(d.year), "'" + CalendarDate.pad(d.year % 100, 2)] }
        switch scale {
        case .month:
            top.placeAtBoundaries(self, { $0.month == 1 }, year)
            bottom.placeAtBoundaries(self, { ($0.month - 1) % 3 == 0 }, { ["Q\(($0.month - 1) / 3 + 1)"] })
        case .week:
            top.placeAtBoundaries(self, { $0.month == 1 && $0.day == 1 }, year)
            bottom.placeAtBoundaries(self, { $0.day == 1 }, { [TimelineWords.month($0.month, language)] })
        case .day:
            top.placeAtBoundaries(self, { $0.day == 1 }, {
                let m = TimelineWords.month($0.month, language)
                return [m + " " + String($0.year), m]
            })
            bottom.placeAtBoundaries(self, { $0.weekday == 1 }, { [String($0.day)] })
        }
        return (top.text, bottom.text)
    }
}

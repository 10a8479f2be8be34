/// The time axis of a text chart: which days each column covers.
///
/// Columns are either calendar months (`--scale month`) or a fixed number of days, which may
/// be any ratio `days / columns`: 1/1 for days, 7/1 for weeks, 33/10 for 3.3 days a column,
/// 1/3 for a day over three columns. A day belongs to every column its span touches.
struct TimelineAxis: Sendable, Hashable {
    /// The scale named on the command line, or nil when the time per column was chosen to fill
    /// the width.
    var scale: TimelineScale?
    /// Days per column as a ratio `days / perColumns` (unused for month columns).
    var days: Int
    /// See `days`.
    var perColumns: Int
    /// First day of column 0 (a Monday for weeks, the 1st for months).
    var start: CalendarDate
    /// Number of columns.
    var columns: Int

    var isMonths: Bool { scale == .month }

    /// Days per column (about 30.4 for months).
    var daysPerColumn: Double { isMonths ? 30.436875 : Double(days) / Double(perColumns) }

    init(scale: TimelineScale?, days: Int = 1, perColumns: Int = 1, start: CalendarDate, columns: Int) {
        self.scale = scale
        self.days = max(days, 1)
        self.perColumns = max(perColumns, 1)
        self.start = start
        self.columns = columns
    }

    /// The axis for `from...through` in exactly `width` columns or fewer: the time per column
    /// is the smallest number of tenths of a day (from one day up) whose columns fit, or, when
    /// a day would take more than one column, a whole number of columns per day.
    static func filling(from: CalendarDate, through: CalendarDate, width: Int) -> TimelineAxis {
        let room = max(width, 1)
        let span = from.days(to: max(from, through)) + 1
        if span <= room {
            let per = room / span
            return TimelineAxis(scale: nil, days: 1, perColumns: per, start: from, columns: span * per)
        }
        let tenths = (span * 10 + room - 1) / room
        var axis = TimelineAxis(scale: nil, days: tenths, perColumns: 10, start: from, columns: 1)
        axis.columns = axis.lastColumn(of: max(from, through)) + 1
        return axis
    }

    /// The axis of a named scale for `from...through`. When it does not fit in `width`, the
    /// axis keeps the last `width` columns, so the deadline and the finishes stay in view. When
    /// that leaves out `anchor` (the status date), it keeps the first columns instead, or, when
    /// those leave it out too, starts a quarter of the width before it.
    static func fit(from: CalendarDate, through: CalendarDate, width: Int,
                    scale: TimelineScale, anchor: CalendarDate? = nil) -> TimelineAxis {
        let room = max(width, 1)
        let axis = span(scale, from: from, through: through)
        if axis.columns <= room { return axis }
        var first = axis.columns - room
        if let anchor, axis.column(of: anchor) < first {
            let a = axis.column(of: anchor)
            first = a < room ? 0 : a - room / 4
        }
        var cut = axis
        cut.start = axis.firstDay(ofColumn: first)
        cut.columns = room
        return cut
    }

    /// The axis of one scale covering `from...through` exactly, whatever its width.
    static func span(_ scale: TimelineScale, from: CalendarDate, through: CalendarDate) -> TimelineAxis {
        let hi = max(from, through)
        var axis: TimelineAxis
        switch scale {
        case .day: axis = TimelineAxis(scale: .day, start: from, columns: 1)
        case .week: axis = TimelineAxis(scale: .week, days: 7, start: from.adding(days: 1 - from.weekday), columns: 1)
        case .month:
            axis = TimelineAxis(scale: .month, start: CalendarDate(year: from.year, month: from.month, day: 1) ?? from,
                                columns: 1)
        }
        axis.columns = axis.lastColumn(of: hi) + 1
        return axis
    }

    /// The first column that holds part of `d` (negative before the axis, ≥ `columns` after it).
    func column(of d: CalendarDate) -> Int {
        if isMonths { return Self.monthIndex(d) - Self.monthIndex(start) }
        return Self.floorDiv(start.days(to: d) * perColumns, days)
    }

    /// The last column that holds part of `d`.
    func lastColumn(of d: CalendarDate) -> Int {
        if isMonths { return column(of: d) }
        return Self.ceilDiv((start.days(to: d) + 1) * perColumns, days) - 1
    }

    /// The first day column `c` covers.
    func firstDay(ofColumn c: Int) -> CalendarDate {
        if isMonths {
            let m = Self.monthIndex(start) + c
            let y = m >= 0 ? m / 12 : (m - 11) / 12
            return CalendarDate(year: y, month: m - y * 12 + 1, day: 1) ?? start
        }
        return start.adding(days: Self.floorDiv(c * days, perColumns))
    }

    /// The last day column `c` covers.
    func lastDay(ofColumn c: Int) -> CalendarDate {
        if isMonths { return firstDay(ofColumn: c + 1).adding(days: -1) }
        return start.adding(days: Self.ceilDiv((c + 1) * days, perColumns) - 1)
    }

    static func monthIndex(_ d: CalendarDate) -> Int { d.year * 12 + d.month - 1 }

    static func floorDiv(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : -((-a + b - 1) / b) }
    static func ceilDiv(_ a: Int, _ b: Int) -> Int { -floorDiv(-a, b) }

    /// The two label lines above the chart, each `columns` wide: years (or month and year when
    /// a column is at most two days), then quarters, months or the day of the month of each
    /// Monday, whichever the column width leaves room for.
    func labelLines(_ language: Language) -> (String, String) {
        var top = LabelLine(columns), bottom = LabelLine(columns)
        let year = { (d: CalendarDate) in [String(d.year), "'" + CalendarDate.pad(d.year % 100, 2)] }
        let perDay = daysPerColumn
        if perDay <= 2 {
            top.placeAtBoundaries(self, { $0.day == 1 }, {
                let m = TimelineWords.month($0.month, language)
                return [m + " " + String($0.year), m]
            })
            bottom.placeAtBoundaries(self, { $0.weekday == 1 }, { [String($0.day)] })
        } else if perDay <= 7.5 {
            top.placeAtBoundaries(self, { $0.month == 1 && $0.day == 1 }, year)
            bottom.placeEvenly(self, [{ $0.day == 1 }, { $0.day == 1 && $0.month % 2 == 1 },
                                      { $0.day == 1 && ($0.month - 1) % 3 == 0 }],
                               { [TimelineWords.month($0.month, language)] })
        } else {
            top.placeAtBoundaries(self, { $0.month == 1 && $0.day == 1 }, year)
            bottom.placeEvenly(self, [{ $0.day == 1 && ($0.month - 1) % 3 == 0 },
                                      { $0.day == 1 && ($0.month - 1) % 6 == 0 }, { $0.day == 1 && $0.month == 1 }],
                               { ["Q\(($0.month - 1) / 3 + 1)"] })
            // Over many years only every Q1 finds room: a row of "Q1 Q1 Q1" says nothing the
            // years above do not.
            if bottom.text.split(separator: " ").allSatisfy({ $0 == "Q1" }) { bottom = LabelLine(columns) }
        }
        return (top.text, bottom.text)
    }
}

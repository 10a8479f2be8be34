/// Column budgeting shared by the charts.
enum TimelineLayout {
    /// The narrowest chart part: half of what the labels and the chart share, at least 10.
    static func chartFloor(_ room: Int) -> Int { min(max(room / 2, 10), room) }

    /// The widest a label column may be in `total` columns of which `fixed` hold gutters
    /// and notes: what the narrowest chart leaves.
    static func labelCap(total: Int, fixed: Int) -> Int {
        max(total - fixed - chartFloor(max(total - fixed, 1)), 4)
    }

    /// The label column width and the axis for a chart of `total` columns, `fixed` of which
    /// hold gutters and notes. The label column is as wide as the widest label, up to half
    /// of the room; the chart takes the rest, its time per column chosen so it fills it
    /// (`TimelineAxis.filling`), and the labels take back what the chart does not need. A
    /// scale named with `--scale` keeps its columns; when they do not fit, the axis is cut
    /// (`TimelineAxis.fit`).
    static func fit(labels: [String], total: Int, fixed: Int, from: CalendarDate, through: CalendarDate,
                    scale: TimelineScale?, anchor: CalendarDate? = nil, least: Int = 4) -> (Int, TimelineAxis) {
        let room = max(total - fixed, 2)
        let widest = max(labels.map { TextWidth.of($0) }.max() ?? 0, least)
        let cap = labelCap(total: total, fixed: fixed)
        let label = min(widest, cap)
        guard let scale else {
            let axis = TimelineAxis.filling(from: from, through: through, width: room - label)
            return (min(widest, room - axis.columns), axis)
        }
        let needed = TimelineAxis.span(scale, from: from, through: through).columns
        if needed <= room - min(label, 4) {
            return (min(widest, room - needed), TimelineAxis.span(scale, from: from, through: through))
        }
        return (label, TimelineAxis.fit(from: from, through: through, width: room - label, scale: scale,
                                        anchor: anchor))
    }

    /// The days one agency's chart covers: from its first start (or the status date, when
    /// earlier) through its last finish, deadline or status date.
    static func span(_ s: Schedule) -> (from: CalendarDate, through: CalendarDate) {
        (min(s.firstStart, s.statusDate), max(s.projectedFinish, s.plannedFinish, s.deadline, s.statusDate))
    }

    /// The days the portfolio chart covers: from the earliest first start through the latest
    /// projected finish or deadline, widened to `evaluation`; nil without rows.
    static func span(_ rows: [TimelineSummary.Dates], evaluation: CalendarDate?)
        -> (from: CalendarDate, through: CalendarDate)? {
        guard let lo = rows.map(\.firstStart).min(),
              let hi = rows.map({ max($0.projectedFinish, $0.deadline) }).max() else { return nil }
        guard let evaluation else { return (lo, hi) }
        return (min(lo, evaluation), max(hi, evaluation))
    }
}

/// Column budgeting shared by the charts.
enum TimelineLayout {
    /// The widest a label column may be: a third of the width.
    static func labelCap(_ total: Int) -> Int { max(total / 3, 8) }

    /// The label column width and the axis for a chart of `total` columns, `fixed` of which
    /// hold gutters and notes. The finest scale that fits wins; to fit it, the label column
    /// may shrink from a third of the width down to a fifth (at least 16 columns). When no
    /// scale fits, the labels keep their width and the axis is cut (`TimelineAxis.fit`).
    static func fit(labels: [String], total: Int, fixed: Int, from: CalendarDate, through: CalendarDate,
                    scale: TimelineScale?, anchor: CalendarDate? = nil) -> (Int, TimelineAxis) {
        let widest = max(labels.map { TextWidth.of($0) }.max() ?? 0, 4)
        let preferred = max(min(widest, labelCap(total), total - fixed - 12), 4)
        let least = min(preferred, max(total / 5, 16))
        for s in scale.map({ [$0] }) ?? [.day, .week, .month] {
            let needed = TimelineAxis.span(s, from: from, through: through).columns
            if needed <= total - fixed - least {
                let label = min(preferred, total - fixed - needed)
                return (label, TimelineAxis.fit(from: from, through: through, width: needed, scale: s))
            }
        }
        // Nothing fits: keep the labels readable and cut the axis.
        return (preferred, TimelineAxis.fit(from: from, through: through, width: total - fixed - preferred,
                                            scale: scale ?? .month, anchor: anchor))
    }
}

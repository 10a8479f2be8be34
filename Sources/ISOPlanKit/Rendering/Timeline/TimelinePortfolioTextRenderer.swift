/// The text chart of a portfolio: one row per agency from its first start to its projected
/// finish, with its done share, slack and risk, and the deadline line.
enum TimelinePortfolioTextRenderer {
    /// Renders the chart of `entries` (sorted by `options.sort`) within `options.width` columns.
    static func render(_ entries: [TimelineEntry], title: String?, options: TimelineOptions) -> String {
        let sorted = TimelineSorting.sorted(entries, by: options.sort, language: options.language)
        return render(rows: sorted.map(TimelineSummary.init), title: title, options: options)
    }

    /// Renders the chart of agencies' summary rows, already in `options.sort` order: the chart
    /// needs a row's dates, progress, slack and risk, not the agency's tasks.
    static func render(rows: [TimelineSummary], title: String?, options: TimelineOptions) -> String {
        let g = TimelineGlyphs.of(options), style = TextStyle(enabled: options.color)
        let lang = options.language, width = max(options.width, 20)
        var lines: [String] = []
        if let title { lines.append(style.apply(.bold, TextWidth.truncate(title, to: width))) }
        let evaluated = evaluationDate(rows)
        let header = headerFields(rows, lang)
        lines += TimelineText.wrap(header.map { .init($0) }, separator: g.separator, width: width)
        lines.append("")
        guard let (lo, hi) = TimelineLayout.span(rows.map(\.schedule), evaluation: evaluated) else {
            return (lines + [TimelineWords.noPlans(lang)]).joined(separator: "\n") + "\n"
        }
        let percents = rows.map { NumberText.progress($0.schedule.progress, lang) }
        let percentWidth = percents.map { TextWidth.of($0) }.max() ?? 0
        let slacks = rows.map { TimelineText.signed($0.schedule.slackDays) }
        let slackWidth = slacks.map { TextWidth.of($0) }.max() ?? 0
        let risks = rows.map { $0.risk.map { TimelineWords.risk($0, lang) } ?? "" }
        let riskWidth = risks.map { TextWidth.of($0) }.max() ?? 0
        let fixed = 1 + 1 + percentWidth + 1 + slackWidth + (riskWidth > 0 ? riskWidth + 1 : 0)
        let cap = TimelineLayout.labelCap(total: width, fixed: fixed)
        let names = rows.map {
            options.label == .id ? $0.id : AgencyNameShortener.best($0.displayName(lang), width: cap)
        }
        var (labelWidth, axis) = TimelineLayout.fit(labels: names, total: width, fixed: fixed,
                                                    from: lo, through: hi, scale: options.scale, anchor: evaluated)
        // A label column too narrow to read (a few columns on a narrow terminal) gives way to
        // each agency's name on a line of its own above its bar, which takes the whole width.
        let stacked = labelWidth < stackedBelow && names.contains { TextWidth.of($0) > labelWidth }
        if stacked {
            (labelWidth, axis) = TimelineLayout.fit(labels: [], total: width, fixed: fixed, from: lo, through: hi,
                                                    scale: options.scale, anchor: evaluated, least: 0)
        }
        let labels = stacked
            ? TimelineLabels.fit(rows.map { options.label == .id ? $0.id : AgencyNameShortener.best($0.displayName(lang), width: width) },
                                 width: width, ellipsis: g.ellipsis)
            : TimelineLabels.fit(names, width: labelWidth, ellipsis: g.ellipsis)
        let (top, bottom) = axis.labelLines(lang)
        let indent = String(repeating: " ", count: labelWidth + 1)
        lines += [indent + top, indent + bottom].map(\.trimmingTrailingSpaces).filter { !$0.isEmpty }
        var earlier = false, later = false
        for (k, e) in rows.enumerated() {
            let s = e.schedule
            var row = bar(s, axis)
            earlier = earlier || row.hasEarlier
            later = later || row.hasLater
            row.set(axis.column(of: s.deadline), .deadline)
            if let evaluated { row.mark(axis.column(of: evaluated), .evaluation) }
            if stacked { lines.append(labels[k].trimmingTrailingSpaces) }
            var line = (stacked ? "" : TimelineText.label(labels[k], labelWidth, g)) + " " + row.render(g, style, padded: true)
            line += " " + TextWidth.padLeft(percents[k], to: percentWidth)
            line += " " + style.apply(s.slackDays < 0 ? .red : .green, TextWidth.padLeft(slacks[k], to: slackWidth))
            if let r = e.risk { line += " " + style.apply(RiskTextRenderer.color(r), risks[k]) }
            lines.append(line.trimmingTrailingSpaces)
        }
        lines.append("")
        lines += TimelineText.wrap(legend(g, axis, lang, earlier: earlier, later: later,
                                          evaluated: evaluated != nil).map { .init($0) },
                                   separator: "  ", width: width)
        return lines.joined(separator: "\n") + "\n"
    }

    /// The label column's least readable width: below it (and when a name would be cut), names
    /// go on lines of their own.
    static let stackedBelow = 10

    /// The agency's bar: its done share first, then the rest, later than planned after the
    /// planned finish.
    static func bar(_ s: TimelineSummary.Dates, _ axis: TimelineAxis) -> TimelineRow {
        var row = TimelineRow(columns: axis.columns)
        let first = axis.column(of: s.firstStart), last = axis.lastColumn(of: s.projectedFinish)
        if last < 0 { row.place(last, .earlier) }
        if first >= axis.columns { row.place(first, .later) }
        guard first <= last else { return row }
        let n = last - first + 1
        let done = s.progress >= 100 ? n : Int(Double(n) * s.progress / 100)
        for c in first...last {
            if c - first < done {
                row.set(c, .done)
            } else {
                row.set(c, axis.firstDay(ofColumn: c) > s.plannedFinish ? .slip : .todo)
            }
        }
        return row
    }

    static func headerFields(_ rows: [TimelineSummary], _ l: Language) -> [String] {
        var fields = [TimelineWords.agencies(rows.count, l)]
        let deadlines = Set(rows.map(\.schedule.deadline))
        if deadlines.count == 1, let d = deadlines.first {
            fields.append(TimelineWords.deadline(l) + " " + d.vietnamese)
        }
        if let oldest = rows.map(\.schedule.statusDate).min(), let newest = rows.map(\.schedule.statusDate).max() {
            fields.append(TimelineWords.statusDate(l) + " " + oldest.vietnamese
                          + (oldest == newest ? "" : "–" + newest.vietnamese))
        }
        if let evaluated = evaluationDate(rows) {
            fields.append(TimelineWords.evaluationDate(l) + " " + evaluated.vietnamese)
        }
        if let last = rows.map(\.schedule.projectedFinish).max() {
            fields.append(TimelineWords.projected(l) + " " + last.vietnamese)
        }
        fields.append(TimelineWords.lateCount(rows.filter { $0.schedule.slackDays < 0 }.count, l))
        return fields
    }

    /// The date the agencies were evaluated on, drawn as a line across the chart; nil when
    /// their schedules were not all evaluated on one date (no line, no header field).
    static func evaluationDate(_ rows: [TimelineSummary]) -> CalendarDate? {
        guard let first = rows.first?.schedule.evaluationDate,
              rows.allSatisfy({ $0.schedule.evaluationDate == first }) else { return nil }
        return first
    }

    static func legend(_ g: TimelineGlyphs, _ axis: TimelineAxis, _ l: Language, earlier: Bool, later: Bool,
                       evaluated: Bool) -> [String] {
        ["\(g.done) " + TimelineWords.legendDone(l), "\(g.todo) " + TimelineWords.legendTodo(l),
         "\(g.slip) " + TimelineWords.legendSlip(l)]
            + (evaluated ? ["\(g.evaluation) " + TimelineWords.evaluationDate(l).lowercasedFirst] : [])
            + ["\(g.deadline) " + TimelineWords.deadline(l).lowercasedFirst]
            + (earlier ? [TimelineWords.legendEarlier(l)] : [])
            + (later ? [TimelineWords.legendLater(l)] : [])
            + [l.pick(vi: "%: đã làm; số: ngày dự phòng", en: "%: done; number: slack in working days"),
               TimelineWords.scale(axis, l)]
    }

}

/// The text Gantt chart of one agency: header, time axis, one row per task in dependency
/// order, legend.
public enum TimelineChart {
    /// Renders the chart of one plan within `options.width` columns.
    public static func render(_ entry: TimelineEntry, options: TimelineOptions) -> String {
        let g = TimelineGlyphs.of(options), style = TextStyle(enabled: options.color)
        let lang = options.language, s = entry.schedule, width = max(options.width, 20)
        let suffix = " (" + s.agencyID + ")"
        let name = AgencyNameShortener.best(entry.displayName(lang), width: width - TextWidth.of(suffix))
        var lines = [TextWidth.truncate(name + suffix, to: width)]
            .map { style.apply(.bold, $0) }
        lines += TimelineText.wrap(headerFields(entry, lang), separator: g.separator, width: width, style: style)
        lines.append("")
        let tasks = s.tasksInOrder
        guard !tasks.isEmpty else {
            return (lines + [TimelineWords.noTasks(lang)]).joined(separator: "\n") + "\n"
        }
        let labels = tasks.map { label($0, entry.plan, options.label) }
        let notes = tasks.map { $0.slipDays > 0 ? TimelineText.signed($0.slipDays) : "" }
        let noteWidth = notes.map { TextWidth.of($0) }.max() ?? 0
        let noteRoom = noteWidth > 0 ? noteWidth + 1 : 0
        let (labelWidth, axis) = TimelineLayout.fit(
            labels: labels, total: width, fixed: 3 + noteRoom, from: min(s.firstStart, s.statusDate),
            through: max(s.projectedFinish, s.plannedFinish, s.deadline, s.statusDate), scale: options.scale,
            anchor: s.statusDate)
        let (top, bottom) = axis.labelLines(lang)
        let indent = String(repeating: " ", count: 3 + labelWidth)
        lines += [indent + top, indent + bottom].map(TimelineText.trimmed)
        let shown = TimelineLabels.fit(labels, width: labelWidth, ellipsis: g.ellipsis)
        var earlier = false, later = false
        for (k, t) in tasks.enumerated() {
            let row = taskRow(t, s, axis)
            earlier = earlier || row.hasEarlier
            later = later || row.hasLater
            let mark = t.isCritical ? style.apply(.red, String(g.critical)) : " "
            var text = TimelineText.label(shown[k], labelWidth, g)
            if t.isCritical { text = style.apply(.bold, text) }
            let note = notes[k].isEmpty ? "" : " " + style.apply(.red, notes[k])
            lines.append(TimelineText.trimmed(mark + " " + text + " " + row.render(g, style, padded: !note.isEmpty) + note))
        }
        lines.append("")
        let legend = legend(g, axis, lang, milestones: tasks.contains { $0.isMilestone },
                            slips: noteWidth > 0, earlier: earlier, later: later)
        lines += TimelineText.wrap(legend.map { .init($0) }, separator: "  ", width: width)
        return lines.joined(separator: "\n") + "\n"
    }

    /// The cells of one task: its bar or milestone, then the deadline and status markers.
    static func taskRow(_ t: ScheduledTask, _ s: Schedule, _ axis: TimelineAxis) -> TimelineRow {
        var row = TimelineRow(columns: axis.columns)
        if t.isMilestone {
            row.place(axis.column(of: t.projectedEnd), .milestone(done: t.isComplete))
        } else {
            row.bar(axis, start: t.projectedStart, end: t.projectedEnd, doneThrough: t.doneThrough,
                    plannedEnd: t.plannedEnd)
        }
        row.markers(axis, status: s.statusDate, deadline: s.deadline)
        return row
    }

    static func label(_ t: ScheduledTask, _ plan: AgencyPlan, _ kind: TimelineLabel) -> String {
        guard plan.tasks.indices.contains(t.index) else { return "?" }
        return kind == .id ? plan.tasks[t.index].id.value : plan.tasks[t.index].title.value
    }

    static func headerFields(_ e: TimelineEntry, _ l: Language) -> [TimelineText.Field] {
        let s = e.schedule
        var projected = TimelineWords.projected(l) + " " + s.projectedFinish.vietnamese
        if s.plannedFinish != s.projectedFinish {
            projected += " (" + TimelineWords.planned(l) + " " + s.plannedFinish.vietnamese + ")"
        }
        var slack = TimelineWords.slack(l) + " " + TimelineWords.workingDays(s.slackDays, l)
            .replacingFirstNumber(with: TimelineText.signed(s.slackDays))
        if s.slackDays < 0 { slack += " (" + TimelineWords.late(l) + ")" }
        var fields: [TimelineText.Field] = [
            .init(TimelineWords.statusDate(l) + " " + s.statusDate.vietnamese),
            .init(TimelineWords.deadline(l) + " " + s.deadline.vietnamese),
            .init(projected),
            .init(slack, s.slackDays < 0 ? .red : .green),
            .init(TimelineWords.done(l) + " " + TimelineText.percent(s.progress, l)),
        ]
        if let r = e.risk {
            fields.append(.init(l.pick(vi: "Rủi ro: ", en: "Risk: ") + TimelineWords.risk(r, l),
                                TimelinePortfolioChart.color(r)))
        }
        return fields
    }

    static func legend(_ g: TimelineGlyphs, _ axis: TimelineAxis, _ l: Language,
                       milestones: Bool, slips: Bool, earlier: Bool, later: Bool) -> [String] {
        var items = ["\(g.done) " + TimelineWords.legendDone(l), "\(g.todo) " + TimelineWords.legendTodo(l),
                     "\(g.slip) " + TimelineWords.legendSlip(l)]
        if milestones { items.append("\(g.milestone) " + TimelineWords.legendMilestone(l)) }
        items.append("\(g.critical) " + TimelineWords.legendCritical(l))
        items.append("\(g.status) " + TimelineWords.statusDate(l).lowercasedFirst)
        items.append("\(g.deadline) " + TimelineWords.deadline(l).lowercasedFirst)
        if slips { items.append(TimelineWords.legendSlipDays(l)) }
        if earlier { items.append(TimelineWords.legendEarlier(l)) }
        if later { items.append(TimelineWords.legendLater(l)) }
        items.append(TimelineWords.scale(axis, l))
        return items
    }
}

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
                    scale: TimelineScale?, anchor: CalendarDate? = nil) -> (Int, TimelineAxis) {
        let room = max(total - fixed, 2)
        let widest = max(labels.map { TextWidth.of($0) }.max() ?? 0, 4)
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
}

/// Row labels cut to a column width so that rows stay distinct.
enum TimelineLabels {
    /// Each label cut to `width` columns with `ellipsis`. Labels that would read the same once
    /// cut at the end keep their end instead: the start, the ellipsis, then as much of the end
    /// as tells them apart.
    static func fit(_ labels: [String], width: Int, ellipsis: String) -> [String] {
        var out = labels.map { TextWidth.truncate($0, to: width, ellipsis: ellipsis) }
        let groups = Dictionary(grouping: labels.indices, by: { out[$0] })
        for (_, group) in groups where group.count > 1 && Set(group.map { labels[$0] }).count > 1 {
            let room = width - TextWidth.of(ellipsis)
            guard room >= 2 else { continue }
            for tail in stride(from: min(max(room / 3, 1), room - 1), through: room - 1, by: 1) {
                let cut = group.map { middle(labels[$0], head: room - tail, tail: tail, ellipsis: ellipsis) }
                if Set(cut).count == Set(group.map { labels[$0] }).count || tail == room - 1 {
                    for (k, i) in group.enumerated() { out[i] = cut[k] }
                    break
                }
            }
        }
        return out
    }

    /// `s` when it fits in `head + tail + ellipsis` columns, else its first `head` columns,
    /// `ellipsis` and its last `tail` columns, cut between graphemes.
    static func middle(_ s: String, head: Int, tail: Int, ellipsis: String) -> String {
        if TextWidth.of(s) <= head + tail + TextWidth.of(ellipsis) { return s }
        var front = "", used = 0
        for c in s {
            if used + TextWidth.of(c) > head { break }
            front.append(c)
            used += TextWidth.of(c)
        }
        var back = "", usedBack = 0
        for c in s.reversed() {
            if usedBack + TextWidth.of(c) > tail { break }
            back.insert(c, at: back.startIndex)
            usedBack += TextWidth.of(c)
        }
        return front.trimmingTrailingSpaces + ellipsis + back
    }
}

extension String {
    /// The string without trailing blanks.
    var trimmingTrailingSpaces: String {
        var t = Substring(self)
        while t.last == " " { t = t.dropLast() }
        return String(t)
    }

    /// The string with its first letter lowercased (for reusing a header word in the legend).
    var lowercasedFirst: String {
        guard let f = first else { return self }
        return f.lowercased() + dropFirst()
    }

    /// Replaces the first run of digits (with an optional minus) by `s`.
    func replacingFirstNumber(with s: String) -> String {
        guard let start = firstIndex(where: { $0.isNumber || $0 == "-" }) else { return self }
        var end = start
        repeat { end = index(after: end) } while end < endIndex && self[end].isNumber
        return String(self[..<start]) + s + String(self[end...])
    }
}

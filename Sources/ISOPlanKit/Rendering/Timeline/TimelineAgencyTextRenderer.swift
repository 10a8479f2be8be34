/// The text Gantt chart of one agency: header, time axis, one row per task in dependency
/// order, legend.
enum TimelineAgencyTextRenderer {
    /// Renders the chart of one plan within `options.width` columns.
    static func render(_ entry: TimelineEntry, options: TimelineOptions) -> String {
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
        let span = TimelineLayout.span(s)
        let (labelWidth, axis) = TimelineLayout.fit(
            labels: labels, total: width, fixed: 3 + noteRoom, from: span.from, through: span.through,
            scale: options.scale, anchor: s.statusDate)
        let (top, bottom) = axis.labelLines(lang)
        let indent = String(repeating: " ", count: 3 + labelWidth)
        lines += [indent + top, indent + bottom].map(\.trimmingTrailingSpaces).filter { !$0.isEmpty }
        let shown = TimelineLabels.fit(labels, width: labelWidth, ellipsis: g.ellipsis)
        // The evaluation date gets its own marker only in a column apart from the status date's
        // (the status marker wins a shared column); the legend lists what the chart draws.
        let evaluation = axis.column(of: s.evaluationDate) != axis.column(of: s.statusDate) ? s.evaluationDate : nil
        var earlier = false, later = false
        for (k, t) in tasks.enumerated() {
            let row = taskRow(t, s, axis, evaluation: evaluation)
            earlier = earlier || row.hasEarlier
            later = later || row.hasLater
            let mark = t.isCritical ? style.apply(.red, String(g.critical)) : " "
            var text = TimelineText.label(shown[k], labelWidth, g)
            if t.isCritical { text = style.apply(.bold, text) }
            let note = notes[k].isEmpty ? "" : " " + style.apply(.red, notes[k])
            lines.append((mark + " " + text + " " + row.render(g, style, padded: !note.isEmpty) + note).trimmingTrailingSpaces)
        }
        lines.append("")
        let legend = legend(g, axis, lang, milestones: tasks.contains { $0.isMilestone },
                            slips: noteWidth > 0, earlier: earlier, later: later, latest: tasks.contains { !$0.isComplete },
                            evaluation: evaluation != nil)
        lines += TimelineText.wrap(legend.map { .init($0) }, separator: "  ", width: width)
        return lines.joined(separator: "\n") + "\n"
    }

    /// The cells of one task: its bar or milestone, then the deadline and status markers.
    static func taskRow(_ t: ScheduledTask, _ s: Schedule, _ axis: TimelineAxis, evaluation: CalendarDate?) -> TimelineRow {
        var row = TimelineRow(columns: axis.columns)
        if t.isMilestone {
            row.place(axis.column(of: t.projectedEnd), .milestone(done: t.isComplete))
        } else {
            row.bar(axis, start: t.projectedStart, end: t.projectedEnd, doneThrough: t.doneThrough,
                    plannedEnd: t.plannedEnd)
        }
        row.markers(axis, status: s.statusDate, deadline: s.deadline, latest: t.mustFinishBy,
                    evaluation: evaluation)
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
            .init(TimelineWords.evaluationDate(l) + " " + s.evaluationDate.vietnamese),
            .init(TimelineWords.deadline(l) + " " + s.deadline.vietnamese),
            .init(projected),
            .init(slack, s.slackDays < 0 ? .red : .green),
            .init(TimelineWords.done(l) + " " + NumberText.progress(s.progress, l)),
        ]
        if let r = e.risk {
            fields.append(.init(l.pick(vi: "Rủi ro: ", en: "Risk: ") + TimelineWords.risk(r, l),
                                RiskTextRenderer.color(r)))
        }
        return fields
    }

    static func legend(_ g: TimelineGlyphs, _ axis: TimelineAxis, _ l: Language,
                       milestones: Bool, slips: Bool, earlier: Bool, later: Bool = false, latest: Bool = false,
                       evaluation: Bool = false) -> [String] {
        var items = ["\(g.done) " + TimelineWords.legendDone(l), "\(g.todo) " + TimelineWords.legendTodo(l),
                     "\(g.slip) " + TimelineWords.legendSlip(l)]
        if milestones { items.append("\(g.milestone) " + TimelineWords.legendMilestone(l)) }
        items.append("\(g.critical) " + TimelineWords.legendCritical(l))
        if latest { items.append("\(g.latest) " + TimelineWords.legendLatest(l)) }
        items.append("\(g.status) " + TimelineWords.statusDate(l).lowercasedFirst)
        if evaluation { items.append("\(g.evaluation) " + TimelineWords.evaluationDate(l).lowercasedFirst) }
        items.append("\(g.deadline) " + TimelineWords.deadline(l).lowercasedFirst)
        if slips { items.append(TimelineWords.legendSlipDays(l)) }
        if earlier { items.append(TimelineWords.legendEarlier(l)) }
        if later { items.append(TimelineWords.legendLater(l)) }
        items.append(TimelineWords.scale(axis, l))
        return items
    }
}

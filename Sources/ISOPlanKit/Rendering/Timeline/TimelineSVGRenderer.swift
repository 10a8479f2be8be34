/// The timeline charts as SVG: vector text in points, as wide as the text column of an A4
/// page with the Decree 30/2020 margins (165 mm), an axis in the chosen language, bars for
/// done and remaining work, slips, milestones, critical tasks, latest finishes, and the
/// status date, evaluation date and deadline as lines. Long charts split into several SVGs
/// by rows (each with its own axis and legend) instead of shrinking.
enum TimelineSVGRenderer {
    /// Width of the text column of an A4 page with 30 mm and 15 mm side margins, in points.
    static let pageWidth = 165 / 25.4 * 72
    /// Height of one row, in points.
    static let rowHeight = 12.0
    typealias F = SVGChartFrame

    // MARK: one agency

    /// One agency's chart, all rows in one SVG.
    static func agency(_ e: TimelineEntry, options: TimelineOptions, width: Double = pageWidth,
                       id: String = "t") -> String {
        agencyPages(e, options: options, width: width, rowsPerPage: Int.max, id: id).joined(separator: "\n")
    }

    /// One agency's chart as SVGs of at most `rowsPerPage` task rows each.
    static func agencyPages(_ e: TimelineEntry, options: TimelineOptions, width: Double = pageWidth,
                            rowsPerPage: Int, id: String = "t") -> [String] {
        let l = options.language, s = e.schedule
        let tasks = s.tasksInOrder
        let title = e.displayName(l) + " (" + s.agencyID + ")"
        let labels = tasks.map { TimelineAgencyTextRenderer.label($0, e.plan, options.label) }
        let notes = tasks.map { $0.slipDays > 0 ? TimelineText.signed($0.slipDays) : "" }
        let noteW = (notes.map { F.width($0) }.max() ?? 0) + (notes.contains { !$0.isEmpty } ? 6 : 0)
        let labelW = min((labels.map { F.width($0, bold: true) }.max() ?? 20) + 8, width * 0.36)
        let ev = s.evaluationDate
        var (lo, hi) = TimelineLayout.span(s)
        lo = min(lo, ev)
        hi = max(hi, ev)
        for t in tasks { if let m = t.mustFinishBy { hi = max(hi, m) } }
        let frame = F(from: lo, through: hi, x0: labelW, x1: width - noteW - 2, id: id)
        let lines: [F.DateLine] = [
            .init(style: .status, date: s.statusDate, label: TimelineWords.statusDate(l) + " " + s.statusDate.vietnamese),
            .init(style: .evaluation, date: ev, label: evaluationWord(l) + " " + ev.vietnamese),
            .init(style: .deadline, date: s.deadline, label: TimelineWords.deadline(l) + " " + s.deadline.vietnamese),
        ]
        let header = TimelineAgencyTextRenderer.headerFields(e, l).map(\.text)
        var legendItems: [(F.Swatch, String)] = [
            (.fill(.done), TimelineWords.legendDone(l)), (.fill(.todo), TimelineWords.legendTodo(l)),
            (.fill(.slip), TimelineWords.legendSlip(l)),
        ]
        if tasks.contains(where: \.isMilestone) { legendItems.append((.milestone, TimelineWords.legendMilestone(l))) }
        legendItems.append((.critical, l.pick(vi: "viền và tên đậm: đường găng", en: "bold outline and name: critical path")))
        if tasks.contains(where: { $0.mustFinishBy != nil }) {
            legendItems.append((.latest, l.pick(vi: "hạn chót phải xong", en: "must finish by")))
        }
        legendItems += lines.map { (.line($0.style), lineLegend($0.style, l)) }
        if noteW > 0 { legendItems.append((.none, TimelineWords.legendSlipDays(l))) }

        let chunks = stride(from: 0, to: max(tasks.count, 1), by: max(rowsPerPage, 1)).map {
            $0..<min($0 + max(rowsPerPage, 1), tasks.count)
        }
        return chunks.enumerated().map { (k, range) in
            var body: [String] = []
            var y = 0.0
            let heading = chunks.count > 1 ? title + " — " + "\(k + 1)/\(chunks.count)" : title
            body.append(F.text(GlyphAdvance.fit(heading, maxWidth: width / 1.08, size: 9, face: F.face), x: 0, y: 10,
                               bold: true, size: 9))
            y = 14
            for line in wrapFields(header, width: width) {
                y += 9
                body.append(F.text(line, x: 0, y: y))
            }
            y += 6
            let axisTop = y
            body += frame.axis(top: axisTop, bottom: axisTop + 22 + Double(lines.count) * 9 + Double(range.count) * rowHeight,
                               language: l)
            body += frame.dateLabels(lines, top: axisTop + 22)
            let rowsTop = axisTop + 22 + Double(lines.count) * 9 + 2
            if tasks.isEmpty {
                body.append(F.text(TimelineWords.noTasks(l), x: 0, y: rowsTop + 9))
            }
            for (r, i) in range.enumerated() {
                let t = tasks[i], ry = rowsTop + Double(r) * rowHeight
                if r % 2 == 1 { body.append(F.rect(0, ry, width, rowHeight, fill: "#f5f5f5")) }
                let label = GlyphAdvance.fit(labels[i], maxWidth: (labelW - 6) / (t.isCritical ? 1.08 : 1),
                                             size: F.fontSize, face: F.face)
                body.append(F.text(label, x: 2, y: ry + 8.5, bold: t.isCritical))
                body += taskMarks(t, frame, ry)
                if !notes[i].isEmpty {
                    body.append(F.text(notes[i], x: width - 1, y: ry + 8.5, anchor: "end", fill: "#b71c1c"))
                }
            }
            let rowsBottom = rowsTop + Double(max(range.count, 1)) * rowHeight
            body += frame.dateLineMarks(lines, top: axisTop + 22, bottom: rowsBottom)
            let (legend, h) = frame.legend(legendItems, left: 0, right: width, top: rowsBottom + 4)
            body += legend
            let height = rowsBottom + 4 + h + 2
            return F.open(width: width, height: height, title: heading) + frame.defs + body.joined() + "</svg>"
        }
    }

    /// The bar (or diamond) of one task and its latest-finish mark.
    static func taskMarks(_ t: ScheduledTask, _ f: F, _ ry: Double) -> [String] {
        var out: [String] = []
        let top = ry + 2, h = rowHeight - 4
        if t.isMilestone {
            out.append(F.diamond(f.x(t.projectedEnd) + f.perDay / 2, ry + rowHeight / 2, 3.6, filled: t.isComplete))
        } else {
            var start = t.projectedStart
            if let d = t.doneThrough, d >= t.projectedStart {
                let end = min(d, t.projectedEnd)
                out.append(F.rect(f.x(start), top, f.xEnd(end) - f.x(start), h, fill: f.fill(.done)))
                start = end.adding(days: 1)
            }
            if start <= t.projectedEnd {
                let planEnd = min(t.plannedEnd, t.projectedEnd)
                if start <= planEnd {
                    out.append(F.rect(f.x(start), top, f.xEnd(planEnd) - f.x(start), h, fill: f.fill(.todo)))
                }
                let slipStart = max(start, t.plannedEnd.adding(days: 1))
                if slipStart <= t.projectedEnd {
                    out.append(F.rect(f.x(slipStart), top, f.xEnd(t.projectedEnd) - f.x(slipStart), h, fill: f.fill(.slip)))
                }
            }
            let xa = f.x(t.projectedStart), xb = max(f.xEnd(t.projectedEnd), xa + 0.8)
            out.append(F.rect(xa, top, xb - xa, h, fill: "none", stroke: "#000", strokeWidth: t.isCritical ? 1.2 : 0.35))
        }
        if let m = t.mustFinishBy, !t.isComplete {
            out.append(F.triangleDown(f.xEnd(m), ry, 2.4))
        }
        return out
    }

    // MARK: the portfolio

    /// The portfolio chart: one row per agency in `options.sort` order, its bar from first
    /// start to projected finish (done share solid), the deadline and evaluation-date lines,
    /// progress, slack and risk written out on the row (tinted by risk for colour prints).
    static func portfolio(_ entries: [TimelineEntry], title: String?, options: TimelineOptions,
                          width: Double = pageWidth, id: String = "p") -> String {
        let rows = TimelineSorting.sorted(entries, by: options.sort, language: options.language).map(TimelineSummary.init)
        return portfolio(rows: rows, title: title, options: options, width: width, id: id)
    }

    /// The portfolio chart of agencies' summary rows, already in `options.sort` order, on one
    /// page: a row needs the agency's dates, progress, slack and risk, not its tasks.
    static func portfolio(rows: [TimelineSummary], title: String?, options: TimelineOptions,
                          width: Double = pageWidth, id: String = "p") -> String {
        var out: [UInt8] = []
        writePortfolio(rows: rows, title: title, options: options, width: width, id: id, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `portfolio(rows:…)` written as UTF-8 at the end of `out`: each element goes straight
    /// into the bytes (about 1 KB per agency), with no list of elements or joined copy.
    static func writePortfolio(rows: [TimelineSummary], title: String?, options: TimelineOptions,
                               width: Double = pageWidth, id: String = "p", into out: inout [UInt8]) {
        var ends: [Int] = []
        writePortfolioPages(rows, title: title, options: options, width: width, rowsPerPage: Int.max, id: id,
                            into: &out, pageEnds: &ends)
    }

    /// The portfolio chart of summary rows (in the order to draw them) as SVGs of at most
    /// `rowsPerPage` agencies each, all on the same time axis and columns; the title says
    /// "k/n" on each page when there are several.
    static func portfolioPages(_ rows: [TimelineSummary], title: String?, options: TimelineOptions,
                               width: Double = pageWidth, rowsPerPage: Int, id: String = "p") -> [String] {
        var out: [UInt8] = [], ends: [Int] = []
        writePortfolioPages(rows, title: title, options: options, width: width, rowsPerPage: rowsPerPage, id: id,
                            into: &out, pageEnds: &ends)
        return ends.indices.map { k in String(decoding: out[(k == 0 ? 0 : ends[k - 1])..<ends[k]], as: UTF8.self) }
    }

    /// `portfolioPages` written one after another at the end of `out`; `pageEnds` gets where
    /// each page ends.
    static func writePortfolioPages(_ rows: [TimelineSummary], title: String?, options: TimelineOptions,
                                    width: Double, rowsPerPage: Int, id: String,
                                    into out: inout [UInt8], pageEnds: inout [Int]) {
        func w(_ s: String) { ByteText.append(s, to: &out) }
        func w(_ list: [String]) { for s in list { ByteText.append(s, to: &out) } }
        let l = options.language
        let summaries = rows
        let evaluated = TimelinePortfolioTextRenderer.evaluationDate(summaries)
        let heading = title ?? l.pick(vi: "Tiến độ chuyển đổi của các cơ quan", en: "Conversion progress of the agencies")
        // Each row's label and its width, on every core (a name is shortened and measured
        // whatever the other rows are).
        let byID = options.label == .id
        let measured = ParallelMap.map(rows) { row -> (String, Double) in
            let label = byID ? row.id : AgencyNameShortener.fit(row.displayName(l), width: 40)
            return (label, F.width(label))
        }
        let labels = measured.map(\.0)
        let pctW = F.width("100%") + 6
        let slacks = rows.map { TimelineText.signed($0.schedule.slackDays) }
        let slackW = max(slacks.map { F.width($0) }.max() ?? 0, F.width(TimelineWords.slack(l))) + 6
        let risks = rows.map { $0.risk.map { RiskText.level($0, l) } ?? "" }
        let riskW = (risks.map { F.width($0, bold: true) }.max() ?? 0) + 6
        let labelW = min((measured.map(\.1).max() ?? 20) + 6, width * 0.34)
        let right = width - pctW - slackW - riskW
        guard let (lo, hi) = TimelineLayout.span(summaries.map(\.schedule), evaluation: evaluated) else {
            w(F.open(width: width, height: 30, title: heading) + F.text(TimelineWords.noPlans(l), x: 0, y: 12) + "</svg>")
            pageEnds.append(out.count)
            return
        }
        let frame = F(from: lo, through: hi, x0: labelW, x1: right - 4, id: id)
        let fields = wrapFields(TimelinePortfolioTextRenderer.headerFields(summaries, l), width: width)
        let deadlines = Set(rows.map(\.schedule.deadline))
        var lines: [F.DateLine] = []
        if let ev = evaluated {
            lines.append(.init(style: .evaluation, date: ev, label: evaluationWord(l) + " " + ev.vietnamese))
        }
        if deadlines.count == 1, let d = deadlines.first {
            lines.append(.init(style: .deadline, date: d, label: TimelineWords.deadline(l) + " " + d.vietnamese))
        }
        var items: [(F.Swatch, String)] = [
            (.fill(.done), TimelineWords.legendDone(l)), (.fill(.todo), TimelineWords.legendTodo(l)),
            (.fill(.slip), TimelineWords.legendSlip(l)),
        ]
        items += lines.map { (.line($0.style), lineLegend($0.style, l)) }
        if deadlines.count > 1 { items.append((.line(.deadline), TimelineWords.deadline(l).lowercasedFirst)) }
        items.append((.none, l.pick(vi: "%: đã làm; dự phòng: ngày làm việc", en: "%: done; slack: working days")))
        let per = max(rowsPerPage, 1)
        let chunks = stride(from: 0, to: max(rows.count, 1), by: per).map { $0..<min($0 + per, rows.count) }
        let (dateLines, legendItems) = (lines, items)
        let multi = chunks.count > 1
        let fitsLabel = labelW - 4
        // The pages are independent once the columns and the time axis are known: each is
        // written on its own, on every core, then appended in order.
        let pages = ParallelMap.map(Array(chunks.enumerated())) { (page, range) -> [UInt8] in
            var out: [UInt8] = []
            out.reserveCapacity(4096 + range.count * 1200)
            func w(_ s: String) { ByteText.append(s, to: &out) }
            func w(_ list: [String]) { for s in list { ByteText.append(s, to: &out) } }
            let pageHeading = multi ? heading + " — " + "\(page + 1)/\(chunks.count)" : heading
            // The header fields already name the evaluation date (once).
            let axisTop = 14.0 + Double(fields.count) * 9 + 6
            let rowsTop = axisTop + 22 + Double(dateLines.count) * 9 + 2
            let rowsBottom = rowsTop + Double(range.count) * rowHeight
            let (legend, h) = frame.legend(legendItems, left: 0, right: width, top: rowsBottom + 4)
            w(F.open(width: width, height: rowsBottom + 4 + h + 2, title: pageHeading))
            w(frame.defs)
            w(F.text(GlyphAdvance.fit(pageHeading, maxWidth: width / 1.08, size: 9, face: F.face), x: 0, y: 10,
                     bold: true, size: 9))
            var y = 14.0
            for line in fields {
                y += 9
                w(F.text(line, x: 0, y: y))
            }
            w(frame.axis(top: axisTop, bottom: rowsBottom, language: l))
            w(frame.dateLabels(dateLines, top: axisTop + 22))
            let colY = axisTop + 19
            w(F.text("%", x: right + pctW - 3, y: colY, anchor: "end", bold: true))
            w(F.text(TimelineWords.slack(l), x: right + pctW + slackW - 3, y: colY, anchor: "end", bold: true))
            w(F.text(l.pick(vi: "Đánh giá", en: "Risk"), x: right + pctW + slackW + 3, y: colY, bold: true))
            let fills = (done: frame.fill(.done), todo: frame.fill(.todo), slip: frame.fill(.slip))
            for (r, k) in range.enumerated() {
                let e = rows[k], s = e.schedule, ry = rowsTop + Double(r) * rowHeight
                F.rect(0, ry, width, rowHeight, fill: tint(e.risk, odd: r % 2 == 1), into: &out)
                // `GlyphAdvance.fit` keeps a label whose width is within the room as it is.
                let label = measured[k].1 <= fitsLabel ? labels[k]
                    : GlyphAdvance.fit(labels[k], maxWidth: fitsLabel, size: F.fontSize, face: F.face)
                F.text(label, x: 2, y: ry + 8.5, into: &out)
                writeAgencyBar(s, frame, ry, fills: fills, into: &out)
                if deadlines.count > 1 {
                    let xd = frame.x(s.deadline) + frame.perDay / 2
                    F.line(xd, ry + 1, xd, ry + rowHeight - 1, stroke: "#b71c1c", width: 1.4, into: &out)
                }
                F.text(NumberText.progress(s.progress, l), x: right + pctW - 3, y: ry + 8.5, anchor: "end", into: &out)
                F.text(slacks[k], x: right + pctW + slackW - 3, y: ry + 8.5, anchor: "end",
                       fill: s.slackDays < 0 ? "#b71c1c" : "#000", into: &out)
                F.text(risks[k], x: right + pctW + slackW + 3, y: ry + 8.5,
                       bold: e.risk == .willMiss || e.risk == .atRisk, into: &out)
            }
            w(frame.dateLineMarks(dateLines, top: axisTop + 22, bottom: rowsBottom))
            w(legend)
            w("</svg>")
            return out
        }
        out.reserveCapacity(out.count + pages.reduce(0) { $0 + $1.count })
        for page in pages {
            out.append(contentsOf: page)
            pageEnds.append(out.count)
        }
    }

    /// `agencyBar` written as UTF-8 at the end of `out`; `fills` are the frame's fills of
    /// done, to do and late.
    static func writeAgencyBar(_ s: TimelineSummary.Dates, _ f: F, _ ry: Double,
                               fills: (done: String, todo: String, slip: String), into out: inout [UInt8]) {
        let top = ry + 2, h = rowHeight - 4
        let xa = f.x(s.firstStart), xb = max(f.xEnd(s.projectedFinish), xa + 0.8)
        let doneX = s.progress >= 100 ? xb : xa + (xb - xa) * s.progress / 100
        if doneX > xa { F.rect(xa, top, doneX - xa, h, fill: fills.done, into: &out) }
        let planX = max(min(f.xEnd(s.plannedFinish), xb), doneX)
        if planX > doneX { F.rect(doneX, top, planX - doneX, h, fill: fills.todo, into: &out) }
        if xb > planX { F.rect(planX, top, xb - planX, h, fill: fills.slip, into: &out) }
        F.rect(xa, top, xb - xa, h, fill: "none", stroke: "#000", strokeWidth: 0.35, into: &out)
    }

    /// An agency's bar: done share first (by days, as the text chart does), then the rest,
    /// late after the planned finish.
    static func agencyBar(_ s: TimelineSummary.Dates, _ f: F, _ ry: Double) -> [String] {
        var out: [String] = []
        let top = ry + 2, h = rowHeight - 4
        let xa = f.x(s.firstStart), xb = max(f.xEnd(s.projectedFinish), xa + 0.8)
        let doneX = s.progress >= 100 ? xb : xa + (xb - xa) * s.progress / 100
        if doneX > xa { out.append(F.rect(xa, top, doneX - xa, h, fill: f.fill(.done))) }
        let planX = max(min(f.xEnd(s.plannedFinish), xb), doneX)
        if planX > doneX { out.append(F.rect(doneX, top, planX - doneX, h, fill: f.fill(.todo))) }
        if xb > planX { out.append(F.rect(planX, top, xb - planX, h, fill: f.fill(.slip))) }
        out.append(F.rect(xa, top, xb - xa, h, fill: "none", stroke: "#000", strokeWidth: 0.35))
        return out
    }

    static func tint(_ r: RiskLevel?, odd: Bool) -> String {
        switch r {
        case .willMiss: "#fdecea"
        case .atRisk: "#fff8e1"
        case .done, .onTrack: odd ? "#f1f8f1" : "#fff"
        case nil: odd ? "#f5f5f5" : "#fff"
        }
    }

    static func evaluationWord(_ l: Language) -> String { TimelineWords.evaluated(l) }

    static func lineLegend(_ s: F.DateLine.Style, _ l: Language) -> String {
        switch s {
        case .status: TimelineWords.statusDate(l).lowercasedFirst
        case .evaluation: l.pick(vi: "ngày đánh giá", en: "evaluation date")
        case .deadline: TimelineWords.deadline(l).lowercasedFirst
        }
    }

    /// Header fields joined by " · ", wrapped to `width` points.
    static func wrapFields(_ fields: [String], width: Double) -> [String] {
        let texts = fields.map { GlyphAdvance.fit($0, maxWidth: width, size: F.fontSize, face: F.face) }
        return TimelineText.wrap(texts, separator: " · ") { F.width($0) <= width }
            .map { $0.map { texts[$0] }.joined(separator: " · ") }
    }
}

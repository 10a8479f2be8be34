/// The report as a document for people: markdown ready to paste, or plain text.
enum ReportDocumentRenderer {
    static func render(_ r: PeriodicReport, _ o: ReportOptions, markdown md: Bool) -> String {
        ReportLayout(md ? .markdown : .text, o).render(r)
    }

    /// Everything before the first agency's section: title, facts, summary and overview.
    static func head(_ r: PeriodicReport, _ o: ReportOptions, markdown md: Bool) -> String {
        let L = o.language
        var out: [String] = []
        let title = L.pick(vi: "Báo cáo tình hình chuyển đổi Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015",
                           en: "Progress report on the conversion of quality management systems to TCVN ISO 9001:2015")
        out.append(md ? "# \(title)" : title.uppercased())
        out.append("")
        for (k, v) in facts(r, L) { out.append(md ? "**\(k):** \(Markdown.escape(v))  " : "\(k): \(v)") }
        out.append("")
        out += section(md, L.pick(vi: "1. Tổng hợp chung", en: "1. Summary"))
        out += summaryLines(r, L).map { "- " + $0 }
        out.append("")
        out += section(md, L.pick(vi: "2. Tình hình từng cơ quan", en: "2. Agencies"))
        let table = overview(r, L, md: md, width: o.width, color: o.color)
        // A table that fits the width is not wrapped (wrapping would count colour codes as columns).
        guard table.fits else { return finish(out + table.lines + [""], o, markdown: md) }
        return finish(out, o, markdown: md) + table.lines.map { $0 + "\n" }.joined() + "\n"
    }

    /// The heading of the `n`th group of agencies of section 2: a type, or (nil) the plans with errors.
    static func groupHeading(_ type: AgencyType?, number n: Int, _ o: ReportOptions, markdown md: Bool) -> String {
        let L = o.language
        let title = switch type {
        case .ministryUnit?: L.pick(vi: "Các đơn vị thuộc Bộ", en: "Ministry units")
        case .provincialDepartment?: L.pick(vi: "Sở LĐTBXH các tỉnh, thành phố", en: "Provincial departments")
        case nil: L.pick(vi: "Kế hoạch lỗi", en: "Plans with errors")
        }
        return finish(section(md, "2.\(n). " + title, level: 3), o, markdown: md)
    }

    /// The heading of an agency's section: its name, then `suffix` (` (file.yaml)` when another
    /// agency of the report has the same name, as in the tables), and the blank line after it.
    static func agencyHeading(_ e: PeriodicReport.Entry, suffix: String, _ o: ReportOptions, markdown md: Bool) -> String {
        finish(heading(e, suffix: suffix, o.language, md: md), o, markdown: md)
    }

    /// One agency's section after its heading, and the blank line after it.
    static func piece(_ e: PeriodicReport.Entry, _ r: PeriodicReport, _ o: ReportOptions, markdown md: Bool) -> String {
        finish(agencyBody(e, r, o.language, md: md) + [""], o, markdown: md)
    }

    /// `piece` written as UTF-8 at the end of `out`: each line of the section goes into the
    /// bytes as it is made (wrapped first in plain text), with no joined text split again.
    static func piece(_ e: PeriodicReport.Entry, _ r: PeriodicReport, _ o: ReportOptions, markdown md: Bool,
                      into out: inout [UInt8]) {
        let lines = agencyBody(e, r, o.language, md: md) + [""]
        // A carriage return makes "\r\n" one character: that text goes the way of `wrapped`.
        guard md || !lines.contains(where: { $0.utf8.contains(0x0D) }) else {
            ByteText.append(piece(e, r, o, markdown: md), to: &out)
            return
        }
        for line in lines { write(line, o, markdown: md, into: &out) }
    }

    /// One line of `finish` and its newline: as it is in markdown, else each of its lines
    /// between newline bytes wrapped as `wrapped` wraps them (`text` has no carriage return).
    static func write(_ text: String, _ o: ReportOptions, markdown md: Bool, into out: inout [UInt8]) {
        var text = text
        text.withUTF8 { b in
            if md || (b.count <= o.width && !b.contains(0x0A)) {
                out.append(contentsOf: b)
                out.append(0x0A)
                return
            }
            for line in b.split(separator: 0x0A, omittingEmptySubsequences: false) {
                if line.count <= o.width {
                    out.append(contentsOf: line)
                } else {
                    ByteText.append(wrappedLine(String(decoding: line, as: UTF8.self), o).joined(separator: "\n"), to: &out)
                }
                out.append(0x0A)
            }
        }
    }

    /// Section 3 and the diagnostics after it.
    static func tail(_ r: PeriodicReport, _ o: ReportOptions, markdown md: Bool) -> String {
        let L = o.language
        var out = section(md, L.pick(vi: "3. Kiến nghị", en: "3. Actions"))
        out += actions(r, L).map { "- " + $0 }
        var text = finish(out, o, markdown: md)
        for d in r.diagnostics { text += wrapped(CheckTextRenderer.line(d, style: TextStyle(enabled: false)), o, markdown: md) }
        return text
    }

    /// Lines as text, each ended by a newline, wrapped to the width in plain text.
    static func finish(_ lines: [String], _ o: ReportOptions, markdown md: Bool) -> String {
        wrapped(lines.map { $0 + "\n" }.joined(), o, markdown: md)
    }

    /// Text whose lines longer than the width are wrapped (plain text only; markdown is kept
    /// as it is). Line by line, so the parts of a report can be wrapped one at a time.
    static func wrapped(_ text: String, _ o: ReportOptions, markdown md: Bool) -> String {
        guard !md else { return text }
        // Without a carriage return ("\r\n" is one character), the lines between newline
        // characters are the ones between newline bytes: split the bytes, and copy a line no
        // longer than the width in bytes as it is (a character takes at most as many columns
        // as it has bytes, so it fits without measuring it).
        guard !text.utf8.contains(0x0D) else {
            return text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { wrappedLine(String($0), o) }
                .joined(separator: "\n")
        }
        var out = ""
        out.reserveCapacity(text.utf8.count + text.utf8.count / 8)
        var firstLine = true
        for line in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            if !firstLine { out += "\n" }
            firstLine = false
            let l = Substring(line)
            if line.count <= o.width { out += l; continue }
            out += wrappedLine(String(l), o).joined(separator: "\n")
        }
        return out
    }

    /// One line of text (no newline), wrapped to the width when it is wider.
    static func wrappedLine(_ l: String, _ o: ReportOptions) -> [String] {
        guard l.utf8.count > o.width, TextWidth.of(l) > o.width else { return [l] }
        let lead = String(repeating: " ", count: l.prefix { $0 == " " || $0 == "-" }.count)
        let spaces = String(l.prefix { $0 == " " })
        return TextWrap.wrap(String(l.dropFirst(spaces.count)), width: o.width, first: spaces, indent: lead)
    }

    /// The report's facts under its title: period, scope, evaluation date, deadline.
    static func facts(_ r: PeriodicReport, _ L: Language) -> [(String, String)] {
        let period = "\(r.period.label(L)) (\(RiskText.date(r.period.start, L)) – \(RiskText.date(r.period.end, L)))"
        return [
            (L.pick(vi: "Kỳ báo cáo", en: "Period"), period),
            (L.pick(vi: "Phạm vi", en: "Scope"), r.portfolioName ?? L.pick(vi: "Danh mục cơ quan", en: "Portfolio")),
            (L.pick(vi: "Ngày đánh giá", en: "Evaluated on"), RiskText.date(r.asOf, L)),
            (L.pick(vi: "Thời hạn chuyển đổi", en: "Conversion deadline"),
             RiskText.date(r.deadline, L) + L.pick(vi: " (Chỉ thị 02/CT-LĐTBXH, mục 6)", en: " (Directive 02/CT-LĐTBXH, section 6)")),
        ]
    }

    static func section(_ md: Bool, _ title: String, level: Int = 2) -> [String] {
        md ? [String(repeating: "#", count: level) + " " + title, ""] : [title, String(repeating: level == 2 ? "=" : "-", count: TextWidth.of(title)), ""]
    }

    static func summaryLines(_ r: PeriodicReport, _ L: Language) -> [String] {
        let s = r.summary
        let rs = s.risk
        let pct = NumberText.percent(rs.inTimePercent, L), target = NumberText.percent(100, L)
        return [
            L.pick(vi: "Số cơ quan theo dõi: \(s.agencies); phải báo cáo trong kỳ: \(s.mustReport) (đơn vị thuộc Bộ báo cáo hằng quý, Sở LĐTBXH báo cáo 6 tháng — Chỉ thị 02/CT-LĐTBXH, mục 7)",
                   en: "Agencies followed: \(s.agencies); due to report this period: \(s.mustReport) (ministry units quarterly, provincial departments half-yearly — Directive 02/CT-LĐTBXH, section 7)"),
            L.pick(vi: "Đã hoàn thành chuyển đổi: \(rs.count(.done)); đúng tiến độ: \(rs.count(.onTrack)); có nguy cơ chậm: \(rs.count(.atRisk)); sẽ chậm hạn: \(rs.count(.willMiss))" + (rs.invalid > 0 ? "; kế hoạch lỗi: \(rs.invalid)" : ""),
                   en: "Converted: \(rs.count(.done)); on track: \(rs.count(.onTrack)); at risk: \(rs.count(.atRisk)); will miss the deadline: \(rs.count(.willMiss))" + (rs.invalid > 0 ? "; invalid plans: \(rs.invalid)" : "")),
            L.pick(vi: "Số liệu chưa cập nhật trong kỳ (ngày cập nhật trước \(RiskText.date(r.period.start, L))): \(s.stale), trong đó \(s.staleAmongDue) cơ quan phải báo cáo kỳ này",
                   en: "Status not updated this period (status date before \(RiskText.date(r.period.start, L))): \(s.stale), of which \(s.staleAmongDue) due to report"),
            L.pick(vi: "Số công việc hoàn thành trong kỳ: \(s.tasksCompleted)", en: "Tasks completed in the period: \(s.tasksCompleted)"),
            L.pick(vi: "Dự kiến hoàn thành chuyển đổi đúng hạn: \(rs.inTime)/\(rs.total) cơ quan (\(pct)); mục tiêu của Chỉ thị: \(target)",
                   en: "Projected to convert by the deadline: \(rs.inTime) of \(rs.total) (\(pct)); the Directive's target: \(target)"),
        ]
    }

    /// The overview table's columns: agency, due, status date, progress, projected finish, level.
    static func overviewHeaders(_ L: Language) -> [String] {
        [L.pick(vi: "Cơ quan", en: "Agency"), L.pick(vi: "Báo cáo kỳ này", en: "Due"),
         L.pick(vi: "Ngày cập nhật", en: "Status date"), L.pick(vi: "Tiến độ", en: "Progress"),
         L.pick(vi: "Dự kiến xong", en: "Projected finish"), L.pick(vi: "Đánh giá", en: "Level")]
    }

    /// An agency's overview cells after its name; `stale` follows a status date older than
    /// the period.
    static func overviewCells(_ e: PeriodicReport.Entry, _ L: Language, stale: String) -> [String] {
        [e.mustReport ? L.pick(vi: "Có", en: "yes") : e.cadence == nil ? "—" : L.pick(vi: "Không", en: "no"),
         RiskText.date(e.risk.statusDate, L) + (e.isStale ? stale : ""),
         e.risk.level == nil ? "—" : NumberText.progress(e.risk.progress, L), RiskText.date(e.risk.projectedFinish, L),
         RiskText.level(e.risk.level, L)]
    }

    /// The overview table's lines, and whether they fit the width (a text table too narrow
    /// for its columns' least widths does not, nor is it coloured); `color` colours the text
    /// table's level column as in `risk`.
    static func overview(_ r: PeriodicReport, _ L: Language, md: Bool, width: Int,
                         color: Bool = false) -> (lines: [String], fits: Bool) {
        let headers = overviewHeaders(L)
        let file = AgencyRisk.fileSuffixes(r.entries.map(\.risk), L)
        // Each row's cells depend on its agency alone: they are made on every core.
        let entries = r.entries
        if md {
            return (["| " + headers.joined(separator: " | ") + " |", "|---|---|---|---:|---|---|"]
                    + ParallelMap.map(Array(entries.indices)) { i in
                        let e = entries[i]
                        let row = [e.risk.shortName(L) + file[i]] + overviewCells(e, L, stale: " ⚠")
                        return "| " + row.map(Markdown.escape).joined(separator: " | ") + " |"
                    }, true)
        }
        let rows = ParallelMap.map(Array(entries.indices)) { i in
            [entries[i].risk.displayName(L) + file[i]] + overviewCells(entries[i], L, stale: " ⚠")
        }
        // The full name when it fits its column, else the short form, wrapped if need be.
        // On a narrow terminal the headers wrap (`Ngày cập / nhật`) when that shows more columns,
        // and the projected finish, then the status date, then "due" give way, rather than every
        // cell being cut to `…`.
        let columns: [TextTable.Column] = [.init(headers[0], min: 14, flex: 1, wrap: true), .init(headers[1], drop: 3),
                                           .init(headers[2], drop: 2), .init(headers[3], right: true),
                                           .init(headers[4], drop: 1), .init(headers[5])]
        let short = ParallelMap.map(Array(entries.indices)) { entries[$0].risk.shortName(L) + file[$0] }
        let whole = TextTable(columns: columns, rows: rows).shorteningNames(short, width: width)
        var wrapped = TextTable(columns: columns, rows: rows)
        wrapped.wrapsHeaders = true
        wrapped = wrapped.shorteningNames(short, width: width)
        let table = wrapped.fit(width: width).visible.count > whole.fit(width: width).visible.count ? wrapped : whole
        let fits = table.fits(width: width), style = TextStyle(enabled: color && fits)
        return (table.render(width: width, style: !style.enabled ? nil : { col, row, cell in
            col == 5 ? style.applyToText(RiskTextRenderer.color(r.entries[row].risk.level), cell) : cell
        }), fits)
    }

    /// The lines of an agency's heading: its name and `suffix`, and a blank line.
    static func heading(_ e: PeriodicReport.Entry, suffix: String, _ L: Language, md: Bool) -> [String] {
        let name = e.risk.displayName(L) + suffix
        return [md ? "#### \(Markdown.escape(name))" : name, ""]
    }

    /// An agency's section after its heading: the items and the lines under them.
    static func agencyBody(_ e: PeriodicReport.Entry, _ r: PeriodicReport, _ L: Language, md: Bool) -> [String] {
        var out: [String] = []
        for item in agencyItems(e, r, L, title: md ? Markdown.escape : { $0 }) {
            out.append("- " + item.text + (item.strong.map { md ? "**\($0)**" : $0 } ?? ""))
            out += item.children.map { "  - " + $0 }
        }
        return out
    }

    /// One item of an agency's section: its text, a part to set in bold after it, and the
    /// lines listed under it.
    struct Item {
        var text: String
        var strong: String? = nil
        var children: [String] = []
    }

    /// What the report says of one agency, in the order every format lists it; `title` escapes
    /// the task titles (the plan's own text) for the format.
    static func agencyItems(_ e: PeriodicReport.Entry, _ r: PeriodicReport, _ L: Language,
                            title: (String) -> String = { $0 }) -> [Item] {
        let a = e.risk
        var out: [Item] = []
        let due = if let cadence = e.cadence {
            e.mustReport
                ? L.pick(vi: "Có (\(RiskText.cadence(cadence, .vi)))", en: "yes (\(RiskText.cadence(cadence, .en)))")
                : L.pick(vi: "Không (báo cáo \(RiskText.cadence(cadence, .vi)))", en: "no (reports \(RiskText.cadence(cadence, .en)))")
        } else {
            // The type, which sets the cadence, could not be read: say so rather than guess one.
            e.mustReport
                ? L.pick(vi: "Có (chưa rõ chu kỳ báo cáo: không đọc được loại cơ quan)",
                         en: "yes (reporting cadence unknown: the agency type could not be read)")
                : L.pick(vi: "Chưa rõ (không đọc được loại cơ quan nên chưa rõ chu kỳ báo cáo)",
                         en: "unknown (the agency type, which sets the reporting cadence, could not be read)")
        }
        out.append(Item(text: L.pick(vi: "Phải báo cáo kỳ này: ", en: "Due to report this period: ") + due))
        let stale = e.isStale ? L.pick(vi: " — chưa cập nhật trong kỳ", en: " — not updated this period") : ""
        out.append(Item(text: L.pick(vi: "Ngày cập nhật số liệu: ", en: "Status date: ") + RiskText.date(a.statusDate, L) + stale
                        + L.pick(vi: " (ngày đánh giá \(RiskText.date(r.asOf, L)))", en: " (evaluated \(RiskText.date(r.asOf, L)))")))
        let assessment = Item(text: L.pick(vi: "Đánh giá: ", en: "Assessment: "), strong: RiskText.level(a.level, L),
                              children: a.reasons.map { RiskText.message($0, L) })
        // A plan with errors was not evaluated: nothing can be said of its progress or tasks.
        guard a.level != nil else { return out + [assessment] }
        out.append(Item(text: L.pick(vi: "Tiến độ chung (bình quân theo thời lượng): ", en: "Overall progress (weighted by duration): ")
                        + NumberText.progress(a.progress, L)))
        out.append(Item(text: L.pick(vi: "Dự kiến hoàn thành: ", en: "Projected finish: ") + RiskText.date(a.projectedFinish, L)
                        + L.pick(vi: " (dự phòng \(a.slackDays ?? 0) ngày làm việc)", en: " (slack \(a.slackDays ?? 0) working days)")))
        let none = L.pick(vi: " không có", en: " none")
        func list(_ heading: String, _ lines: [String]) -> Item {
            Item(text: heading + (lines.isEmpty ? none : ""), children: lines)
        }
        out.append(list(L.pick(vi: "Công việc hoàn thành trong kỳ:", en: "Completed in the period:"),
                        e.completedInPeriod.map { task($0, L, title) + " — " + RiskText.date($0.finishedOn, L) }))
        out.append(list(L.pick(vi: "Công việc đến hạn kỳ sau (\(r.period.next.label(.vi))):", en: "Due next period (\(r.period.next.label(.en))):"),
                        e.dueNextPeriod.map { task($0, L, title) + " — " + RiskText.date($0.projectedEnd, L) + " (\(NumberText.percent($0.progress, L)))" }))
        out.append(list(mustStartHeading(L), e.mustStartByNextPeriod.map { mustStart($0, L, title) }))
        out.append(assessment)
        return out
    }

    /// The heading of an agency's tasks that must start by the end of the next period.
    static func mustStartHeading(_ L: Language) -> String {
        L.pick(vi: "Công việc phải bắt đầu trước khi hết kỳ sau để kịp hạn:", en: "Must start by the end of next period to meet the deadline:")
    }

    /// One task that must start by the end of the next period: its latest and projected start.
    static func mustStart(_ t: AgencyRisk.TaskFact, _ L: Language, _ title: (String) -> String = { $0 }) -> String {
        task(t, L, title) + " — " + L.pick(vi: "chậm nhất ", en: "by ") + RiskText.date(t.latestStart, L)
            + L.pick(vi: " (dự kiến bắt đầu \(RiskText.date(t.projectedStart, L)))", en: " (projected start \(RiskText.date(t.projectedStart, L)))")
    }

    static func task(_ t: AgencyRisk.TaskFact, _ L: Language, _ title: (String) -> String = { $0 }) -> String {
        let step = t.step.map { " [\(RiskText.step($0, L))]" } ?? ""
        return title(t.title) + step
    }

    static func actions(_ r: PeriodicReport, _ L: Language) -> [String] {
        var out: [String] = []
        let file = AgencyRisk.fileSuffixes(r.entries.map(\.risk), L)
        let entries = r.entries
        func names(_ keep: (PeriodicReport.Entry) -> Bool) -> [String] {
            ParallelMap.map(entries.indices.filter { keep(entries[$0]) }) { entries[$0].risk.shortName(L) + file[$0] }
        }
        let late = names { $0.risk.level == .willMiss }
        let atRisk = names { $0.risk.level == .atRisk }
        let stale = names { $0.mustReport && $0.isStale }
        let invalid = names { $0.risk.level == nil }
        if !late.isEmpty {
            out.append(L.pick(vi: "Đề nghị các cơ quan dự kiến chậm hạn bổ sung nhân lực, rút ngắn thời gian các bước trên đường găng và báo cáo lộ trình hoàn thành: ",
                              en: "Agencies projected to miss the deadline should add staff, shorten the critical steps and report a recovery plan: ")
                       + late.joined(separator: "; "))
        }
        if !atRisk.isEmpty {
            out.append(L.pick(vi: "Theo dõi sát các cơ quan có nguy cơ chậm: ", en: "Follow closely the agencies at risk: ")
                       + atRisk.joined(separator: "; "))
        }
        if !stale.isEmpty {
            out.append(L.pick(vi: "Đề nghị cập nhật số liệu tiến độ trước khi tổng hợp báo cáo: ", en: "Ask for updated progress figures before filing: ")
                       + stale.joined(separator: "; "))
        }
        if !invalid.isEmpty {
            out.append(L.pick(vi: "Đề nghị sửa kế hoạch bị lỗi (chạy `isoplan check`): ", en: "Fix the plans with errors (run `isoplan check`): ")
                       + invalid.joined(separator: "; "))
        }
        if out.isEmpty {
            out.append(L.pick(vi: "Các cơ quan thực hiện đúng kế hoạch; tiếp tục duy trì và cải tiến hệ thống.",
                              en: "All agencies are on plan; keep maintaining and improving the systems."))
        }
        return out
    }
}

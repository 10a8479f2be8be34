/// The portfolio at a glance: one row per agency, worst first, then the summary.
enum RiskTextRenderer {
    static func render(_ risk: PortfolioRisk, _ o: ReportOptions) -> String {
        head(risk, o) + details(risk, o) + tail(risk, o)
    }

    /// The title and the table, then the heading of the reasons when some agency needs action.
    static func head(_ risk: PortfolioRisk, _ o: ReportOptions) -> String {
        String(decoding: headBytes(risk, o), as: UTF8.self)
    }

    /// `head` as UTF-8, the table's lines written straight into the bytes.
    static func headBytes(_ risk: PortfolioRisk, _ o: ReportOptions) -> [UInt8] {
        let L = o.language
        let style = TextStyle(enabled: o.color)
        var out: [UInt8] = []
        TextWrap.wrap(title(risk, L), width: o.width, first: "", indent: "  ", into: &out)
        out.append(0x0A)
        // The agency's full name when it fits its column, else its short form, wrapped when
        // even that is too long; the reason wraps. The type goes first (also whenever it
        // makes the name or the reason wrap), then the reason, then the slack and the finish.
        var columns: [TextTable.Column] = [
            .init(L.pick(vi: "Cơ quan", en: "Agency"), min: 14, flex: 3, wrap: true),
            .init(L.pick(vi: "Loại", en: "Type"), drop: 1),
            .init(L.pick(vi: "Tiến độ", en: "Progress"), right: true),
            .init(L.pick(vi: "Dự kiến xong", en: "Finish"), drop: 4),
            .init(L.pick(vi: "Dự phòng", en: "Slack"), right: true, drop: 3),
            .init(L.pick(vi: "Mức", en: "Level")),
            .init(L.pick(vi: "Lý do chính", en: "Main reason"), min: 14, flex: 4, drop: 2, wrap: true),
        ]
        // Two rows with the same name (two plans of one agency, both rejected for sharing its
        // id) are told apart by their files.
        let file = AgencyRisk.fileSuffixes(risk.agencies, L)
        let rows = risk.agencies.indices.map { row(risk.agencies[$0], risk.agencies[$0].displayName(L) + file[$0], L) }
        // The short names, made only for the names that do not fit, each once.
        var short = [String?](repeating: nil, count: risk.agencies.count)
        let measured = TextTable(columns: columns, rows: rows)   // each cell measured once
        func chosen(_ columns: [TextTable.Column], wrapHeaders: Bool) -> TextTable {
            var table = measured
            table.columns = columns
            table.wrapsHeaders = wrapHeaders
            return table.shorteningNames(width: o.width, count: short.count) { r in
                if let s = short[r] { return s }
                let s = risk.agencies[r].shortName(L) + file[r]
                short[r] = s
                return s
            }
        }
        // Headers wrap (`Dự kiến / xong`) only when the table does not fit with them whole.
        func best(_ columns: [TextTable.Column]) -> TextTable {
            let whole = chosen(columns, wrapHeaders: false)
            let shown = columns.filter { $0.dropPriority >= 0 }.count
            return !whole.wraps(width: o.width) && whole.fit(width: o.width).visible.count == shown
                ? whole : chosen(columns, wrapHeaders: true)
        }
        var table = best(columns)
        if table.wraps(width: o.width) {
            columns[1].dropPriority = -1
            let narrower = best(columns)
            if narrower.fit(width: o.width).visible.contains(6) { table = narrower }
        }
        table.render(width: o.width, style: !o.color ? nil : { col, r, cell in
            col == 5 ? style.applyToText(color(risk.agencies[r].level), cell) : cell
        }, into: &out)
        out.append(0x0A)
        if risk.hasAgency(atOrAbove: .atRisk) {
            ByteText.append(L.pick(vi: "Lý do và việc cần làm:", en: "Reasons and what to do:") + "\n", to: &out)
        }
        return out
    }

    /// Every reason of every agency that needs action, in full, with where it points (the
    /// agencies' parts between `head` and `tail`).
    static func details(_ risk: PortfolioRisk, _ o: ReportOptions) -> String {
        risk.agencies(atOrAbove: .atRisk).map { agency($0, asOf: risk.asOf, o) }.joined()
    }

    /// One agency's reasons in full when it needs action, else nothing.
    static func agency(_ a: AgencyRisk, asOf: CalendarDate, _ o: ReportOptions) -> String {
        String(decoding: agencyBytes(a, asOf: asOf, o), as: UTF8.self)
    }

    /// `agency` as UTF-8, each line wrapped straight into the bytes.
    static func agencyBytes(_ a: AgencyRisk, asOf: CalendarDate, _ o: ReportOptions) -> [UInt8] {
        guard PortfolioRisk.isAgency(a, atOrAbove: .atRisk) else { return [] }
        let L = o.language, width = o.width, style = TextStyle(enabled: o.color)
        var out: [UInt8] = []
        out.reserveCapacity(256 + 160 * a.reasons.count)
        // The details give everything in full: a name or a line too long for the width wraps.
        let level = RiskText.level(a.level, L), lead = "  " + level + "  "
        let leadWidth = TextWidth.of(lead)
        let room = max(10, width - leadWidth)
        TextWrap.wrap(AgencyNameShortener.best(a.displayName(L), width: room), width: max(width, leadWidth + 10),
                      first: lead, indent: String(repeating: " ", count: leadWidth),
                      lead: "  " + style.apply(color(a.level), level) + "  ", into: &out)
        if let status = a.statusDate {
            let dates = L.pick(vi: "ngày cập nhật \(RiskText.date(status, L)), ngày đánh giá \(RiskText.date(asOf, L))",
                               en: "status date \(RiskText.date(status, L)), evaluated \(RiskText.date(asOf, L))")
            TextWrap.wrap(dates, width: width, first: "    ", indent: "    ", into: &out)
        }
        for r in a.reasons {
            var message = "- " + RiskText.message(r, L)
            guard let location = r.location else {
                TextWrap.wrap(message, width: width, first: "    ", indent: "      ", into: &out)
                continue
            }
            let place = "(\(location.file):\(location.line))"
            if TextWidth.of(place) <= width - 6 {
                message += " "
                message += place
                TextWrap.wrap(message, width: width, first: "    ", indent: "      ", into: &out)
            } else {
                // Too long for a line: the place goes on lines of its own, cut after a `/`,
                // never inside the file's name or its line number.
                TextWrap.wrap(message, width: width, first: "    ", indent: "      ", into: &out)
                for line in pathLines(place, width: width - 6) {
                    out.append(contentsOf: "      ".utf8)
                    ByteText.append(line, to: &out)
                    out.append(0x0A)
                }
            }
        }
        return out
    }

    /// A `(path:line)` on lines of at most `width` columns, cut after a `/` (a part longer than
    /// a line is cut where it must be).
    static func pathLines(_ place: String, width: Int) -> [String] {
        var parts: [String] = [], current = ""
        for c in place {
            current.append(c)
            if c == "/" { parts.append(current); current = "" }
        }
        parts.append(current)
        var lines: [String] = [], line = ""
        for part in parts {
            if !line.isEmpty && TextWidth.of(line) + TextWidth.of(part) > width {
                lines.append(line)
                line = ""
            }
            line += part
            while TextWidth.of(line) > width {
                let (head, tail) = TextWrap.split(line, at: width)
                lines.append(head)
                line = tail
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    /// The blank line after the reasons (when any), the summary and the diagnostics.
    static func tail(_ risk: PortfolioRisk, _ o: ReportOptions) -> String {
        let style = TextStyle(enabled: o.color)
        var out = risk.hasAgency(atOrAbove: .atRisk) ? "\n" : ""
        out += summary(risk, o.language).flatMap { line -> [String] in
            let lead = String(line.prefix { $0 == " " })
            return wrapCounts(String(line.dropFirst(lead.count)), width: o.width, first: lead, indent: "    ")
        }.joined(separator: "\n") + "\n"
        for d in risk.diagnostics { out += CheckTextRenderer.line(d, style: style) }
        return out
    }

    /// A summary line wrapped between its counts ("Đã hoàn thành 2" is never split), or
    /// between words when it is not a list of counts or one count is wider than the line.
    static func wrapCounts(_ text: String, width: Int, first: String, indent: String) -> [String] {
        let items = text.components(separatedBy: ", ")
        guard items.count > 1 else { return TextWrap.wrap(text, width: width, first: first, indent: indent) }
        var lines: [String] = [], current = first
        for (k, item) in items.enumerated() {
            let piece = item + (k < items.count - 1 ? "," : "")
            let atStart = current == first || current == indent
            if atStart || TextWidth.of(current) + 1 + TextWidth.of(piece) <= width {
                current += (atStart ? "" : " ") + piece
            } else {
                lines.append(current)
                current = indent + piece
            }
        }
        lines.append(current)
        guard lines.allSatisfy({ TextWidth.of($0) <= width }) else {
            return TextWrap.wrap(text, width: width, first: first, indent: indent)
        }
        return lines
    }

    static func row(_ a: AgencyRisk, _ name: String, _ L: Language) -> [String] {
        [name, RiskText.shortType(a.type, L), a.level == nil ? "—" : NumberText.progress(a.progress, L),
         RiskText.date(a.projectedFinish, L), a.slackDays.map(String.init) ?? "—", RiskText.level(a.level, L),
         a.reasons.first.map { RiskText.brief($0, L) } ?? ""]
    }

    /// The colour of a risk level wherever text shows it (risk table, timelines); nil is an
    /// invalid plan.
    static func color(_ level: RiskLevel?) -> TextStyle.Color {
        switch level {
        case .done: .green
        case .onTrack: .cyan
        case .atRisk: .yellow
        case .willMiss: .red
        case nil: .magenta
        }
    }

    static func title(_ r: PortfolioRisk, _ L: Language) -> String {
        let name = r.name ?? L.pick(vi: "Danh mục cơ quan", en: "Portfolio")
        return L.pick(vi: "\(name) — hạn chuyển đổi \(RiskText.date(r.deadline, L)), đánh giá ngày \(RiskText.date(r.asOf, L))",
                      en: "\(name) — conversion deadline \(RiskText.date(r.deadline, L)), evaluated \(RiskText.date(r.asOf, L))")
    }

    /// Summary lines: counts per level, per type, and the share projected in time.
    static func summary(_ r: PortfolioRisk, _ L: Language) -> [String] {
        let s = r.summary
        var levels = [RiskLevel.willMiss, .atRisk, .onTrack, .done].map { "\(RiskText.level($0, L)) \(s.count($0))" }
        if s.invalid > 0 { levels.append("\(RiskText.level(nil, L)) \(s.invalid)") }
        var lines = [L.pick(vi: "Tổng số \(s.total) cơ quan: ", en: counted(s.total, "agency", "agencies") + ": ") + levels.joined(separator: ", ")]
        for t in AgencyType.allCases {
            let byLevel = s.byType[t] ?? [:]
            let invalid = s.invalidByType[t] ?? 0
            let n = byLevel.values.reduce(0, +) + invalid
            guard n > 0 else { continue }
            var parts = [RiskLevel.willMiss, .atRisk, .onTrack, .done].compactMap { l in
                byLevel[l].map { "\(RiskText.level(l, L)) \($0)" }
            }
            if invalid > 0 { parts.append("\(RiskText.level(nil, L)) \(invalid)") }
            lines.append("  \(RiskText.type(t, L)) (\(n)): " + parts.joined(separator: ", "))
        }
        if s.invalidUntyped > 0 {   // so the lines by type add up to the total
            lines.append(L.pick(vi: "  không rõ loại (\(s.invalidUntyped)): ", en: "  type unknown (\(s.invalidUntyped)): ")
                         + "\(RiskText.level(nil, L)) \(s.invalidUntyped)")
        }
        let pct = NumberText.percent(s.inTimePercent, L), target = NumberText.percent(100, L)
        lines.append(L.pick(vi: "Dự kiến chuyển đổi đúng hạn: \(s.inTime)/\(s.total) cơ quan (\(pct)); mục tiêu Chỉ thị 02/CT-LĐTBXH: \(target)",
                            en: "Projected to convert in time: \(s.inTime) of \(s.total) (\(pct)); Directive 02/CT-LĐTBXH target: \(target)"))
        return lines
    }
}

import Foundation

/// The periodic report as one self-contained HTML file that prints on A4 in the layout of an
/// administrative report under Decree 30/2020/NĐ-CP, Appendix I: national title and motto,
/// issuing body, number and symbol, place and date, "BÁO CÁO" and its summary line, the body,
/// the signer's block and the recipients. A part without data keeps its place as a dotted
/// blank. The body holds the markdown report's content plus the portfolio chart and each
/// agency's timeline as inline SVG.
enum ReportHTMLRenderer {
    /// Task rows of an agency timeline per printed chart (the rest continues on the next page).
    static let blank = "<span class=\"blank\">……………</span>"

    /// Renders the report; `timelines` are the scheduled plans to draw (matched by agency id).
    static func render(_ r: PeriodicReport, _ o: ReportOptions, timelines: [TimelineEntry] = []) -> String {
        ReportLayout(.html, o).render(r, charts: ReportCharts(r, timelines: timelines, language: o.language))
    }

    /// The document up to the first agency's section: the header block, title, facts, summary,
    /// the counts table, the portfolio chart and the overview table, in parts (a portfolio of
    /// thousands of agencies makes megabytes of chart: each page is written on its own).
    static func head(_ r: PeriodicReport, _ o: ReportOptions, charts: ReportCharts) -> [UInt8] {
        let L = o.language
        let h = r.header ?? ReportHeader()
        let title = L.pick(vi: "Báo cáo ", en: "Report ") + r.period.label(L)
        var b: [UInt8] = []
        ByteText.append(HTMLPage.documentHead(title: title, language: L, style: style), to: &b)
        func add(_ part: String) { ByteText.append(part, to: &b); b.append(0x0A) }
        add(head(r, h, L))
        add("<div class=\"doctype\">" + L.pick(vi: "BÁO CÁO", en: "REPORT") + "</div>")
        add("<div class=\"summary\">" + e(L.pick(vi: "Tình hình chuyển đổi Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015",
                                                    en: "Conversion of quality management systems to TCVN ISO 9001:2015")
                                                    .replacingOccurrences(of: "TCVN ISO 9001:2015", with: "TCVN\u{A0}ISO\u{A0}9001:2015"))
                 + (L == .vi ? ", " : "<br>") + e(r.period.label(L)) + "</div><div class=\"summary-rule\"></div>")
        if let to = h.addressee {
            add("<p class=\"addressee\">" + L.pick(vi: "Kính gửi: ", en: "To: ") + e(to) + "</p>")
        }
        add(facts(r, L))
        add("<h2>" + e(L.pick(vi: "I. TỔNG HỢP CHUNG", en: "I. SUMMARY")) + "</h2>")
        ReportDocumentRenderer.summaryLines(r, L).forEach { add("<p>" + e($0) + ".</p>") }
        add(typeTable(r, L))
        if !charts.portfolio.isEmpty {
            // The pages are written as bytes, each wrapped in its figure as it is copied.
            var svg: [UInt8] = [], ends: [Int] = []
            TimelineSVGRenderer.writePortfolioPages(charts.portfolio, title: r.portfolioName,
                                                    options: TimelineOptions(sort: .finish, language: L),
                                                    width: TimelineSVGRenderer.pageWidth,
                                                    rowsPerPage: ReportCharts.portfolioRowsPerPage, id: "p",
                                                    into: &svg, pageEnds: &ends)
            let caption = "<figcaption>" + e(L.pick(vi: "Hình 1. Tiến độ chuyển đổi của các cơ quan, ngày đánh giá ",
                                                    en: "Figure 1. Conversion progress of the agencies, evaluated on ")
                                             + RiskText.date(r.asOf, L)) + "</figcaption>"
            b.reserveCapacity(b.count + svg.count + ends.count * 40 + r.entries.count * 400)
            for k in ends.indices {
                ByteText.append("<figure class=\"chart\">", to: &b)
                b.append(contentsOf: svg[(k == 0 ? 0 : ends[k - 1])..<ends[k]])
                if k == ends.count - 1 { ByteText.append(caption, to: &b) }
                ByteText.append("</figure>\n", to: &b)
            }
        }
        add("<h2>" + e(L.pick(vi: "II. TÌNH HÌNH TỪNG CƠ QUAN", en: "II. AGENCIES")) + "</h2>")
        overview(r, L, into: &b)
        b.append(0x0A)
        if let note = charts.leftOutNote(L) { add("<p>" + e(note) + "</p>") }
        return b
    }

    /// The heading of the `n`th group of agencies of part II: a type, or (nil) the plans with errors.
    static func groupHeading(_ type: AgencyType?, number n: Int, _ L: Language) -> String {
        let title = switch type {
        case .ministryUnit?: L.pick(vi: "Các đơn vị thuộc Bộ", en: "Ministry units")
        case .provincialDepartment?: L.pick(vi: "Sở LĐTBXH các tỉnh, thành phố", en: "Provincial departments")
        case nil: L.pick(vi: "Kế hoạch lỗi", en: "Plans with errors")
        }
        return "<h3>" + e("\(n). " + title) + "</h3>\n"
    }

    /// Part III, the signature block and the end of the document.
    static func tail(_ r: PeriodicReport, _ o: ReportOptions) -> String {
        let L = o.language
        var b = ["<h2>" + e(L.pick(vi: "III. KIẾN NGHỊ", en: "III. ACTIONS")) + "</h2>"]
        b += ReportDocumentRenderer.actions(r, L).map { "<p>" + e(withoutBackticks($0)) + ".</p>" }
        b.append(signature(r.header ?? ReportHeader(), L))
        return b.map { $0 + "\n" }.joined() + HTMLPage.documentTail
    }

    static func e(_ s: String) -> String { MarkupText.escape(s) }

    /// `s.replacingOccurrences(of: "`", with: "")`: when every backtick is between ASCII bytes
    /// (or the ends of the text) it is a character of its own, and the bytes are dropped
    /// as they are, instead of searching thousands of agencies' names through Foundation.
    static func withoutBackticks(_ s: String) -> String {
        let u = Array(s.utf8)
        guard u.contains(0x60) else { return s }
        for (i, c) in u.enumerated() where c == 0x60 {
            guard (i + 1 == u.count || u[i + 1] < 0x80) && (i == 0 || u[i - 1] < 0x80) else {
                return s.replacingOccurrences(of: "`", with: "")
            }
        }
        return String(decoding: u.filter { $0 != 0x60 }, as: UTF8.self)
    }

    /// The header block: parent and issuing body with the number on the left, the national
    /// title, motto and date line on the right, number and date on one line.
    static func head(_ r: PeriodicReport, _ h: ReportHeader, _ L: Language) -> String {
        let parent = h.parentBody.map { "<div class=\"parent\">" + e($0.uppercased()) + "</div>" } ?? ""
        let issuer = "<div class=\"issuer\">" + (h.issuingBody.map { e($0.uppercased()) } ?? blank) + "</div><div class=\"issuer-rule\"></div>"
        let number = h.number.map { $0 < 10 ? "0\($0)" : "\($0)" } ?? "……"
        let symbol = h.symbol.map(e) ?? "BC-……"
        let nation = L.pick(vi: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", en: "SOCIALIST REPUBLIC OF VIETNAM")
        let motto = L.pick(vi: "Độc lập - Tự do - Hạnh phúc", en: "Independence - Freedom - Happiness")
        let d = r.asOf
        let place = h.place.map(e) ?? "……………"
        let dd = d.day < 10 ? "0\(d.day)" : "\(d.day)", mm = d.month < 3 ? "0\(d.month)" : "\(d.month)"
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                      "November", "December"]
        let date = L == .vi ? "\(place), ngày \(dd) tháng \(mm) năm \(d.year)" : "\(place), \(d.day) \(months[d.month - 1]) \(d.year)"
        return """
        <table class="head"><tr><td class="left">\(parent)\(issuer)</td>
        <td class="right"><div class="nation">\(e(nation))</div><div class="motto"><span>\(e(motto))</span></div></td></tr>
        <tr><td class="left"><div class="number">\(L.pick(vi: "Số", en: "No.")): \(number)/\(symbol)</div></td>
        <td class="right"><div class="dateline">\(date)</div></td></tr></table>
        """
    }

    static func facts(_ r: PeriodicReport, _ L: Language) -> String {
        ReportDocumentRenderer.facts(r, L).map { "<p class=\"fact\"><b>" + e($0.0) + ":</b> " + e($0.1) + "</p>" }
            .joined(separator: "\n")
    }

    /// Counts per agency type and level (the form official ISO reports use).
    static func typeTable(_ r: PeriodicReport, _ L: Language) -> String {
        let s = r.summary.risk
        let levels: [RiskLevel] = [.done, .onTrack, .atRisk, .willMiss]
        var rows: [[String]] = []
        for type in [AgencyType.ministryUnit, .provincialDepartment] {
            let counts = s.byType[type] ?? [:]
            let total = counts.values.reduce(0, +)
            guard total > 0 else { continue }
            rows.append([L.pick(vi: type == .ministryUnit ? "Đơn vị thuộc Bộ" : "Sở LĐTBXH",
                                en: type == .ministryUnit ? "Ministry units" : "Provincial departments"), "\(total)"]
                        + levels.map { "\(counts[$0] ?? 0)" })
        }
        rows.append([L.pick(vi: "Cộng", en: "Total"), "\(s.total - s.invalid)"] + levels.map { "\(s.count($0))" })
        let headers = [L.pick(vi: "Loại cơ quan", en: "Type"), L.pick(vi: "Số cơ quan", en: "Agencies")]
            + levels.map { RiskText.level($0, L) }
        return table(headers, rows, numeric: Set(1...5),
                     caption: L.pick(vi: "Bảng 1. Số cơ quan theo loại và mức đánh giá", en: "Table 1. Agencies by type and level"))
    }

    /// Table 2 written as UTF-8 at the end of `out`: a `table` with the number, the agency's
    /// name and its overview cells in each row, the rows made on every core.
    static func overview(_ r: PeriodicReport, _ L: Language, into out: inout [UInt8]) {
        let headers = [L.pick(vi: "TT", en: "No.")] + ReportDocumentRenderer.overviewHeaders(L)
        let stale = L.pick(vi: " (cũ)", en: " (old)")
        ByteText.append(tableHead(headers, caption: L.pick(vi: "Bảng 2. Tình hình từng cơ quan", en: "Table 2. Each agency")),
                        to: &out)
        let starts = cellStarts(headers.count, numeric: overviewNumeric, nowrap: overviewNowrap)
        let entries = r.entries
        let file = AgencyRisk.fileSuffixes(entries.map(\.risk), L)
        let blocks = ParallelMap.map(Array(stride(from: 0, to: entries.count, by: 256))) { from -> [UInt8] in
            var b: [UInt8] = []
            b.reserveCapacity(256 * 320)
            for k in from..<min(from + 256, entries.count) {
                let en = entries[k]
                ByteText.literal("<tr>", to: &b)
                ByteText.append(starts[0], to: &b)
                ByteText.int(k + 1, into: &b)
                ByteText.literal("</td>", to: &b)
                ByteText.append(starts[1], to: &b)
                MarkupText.escape(en.risk.displayName(L) + file[k], into: &b)
                ByteText.literal("</td>", to: &b)
                for (c, cell) in ReportDocumentRenderer.overviewCells(en, L, stale: stale).enumerated() {
                    ByteText.append(starts[c + 2], to: &b)
                    MarkupText.escape(cell, into: &b)
                    ByteText.literal("</td>", to: &b)
                }
                ByteText.literal("</tr>\n", to: &b)
            }
            return b
        }
        for block in blocks { out.append(contentsOf: block) }
        ByteText.append("</tbody></table>", to: &out)
    }

    /// Table 2's columns marked numeric and not to wrap (number, progress; dates).
    static let overviewNumeric: Set<Int> = [0, 4], overviewNowrap: Set<Int> = [3, 4, 5]

    /// A table whose header row repeats on each printed page and whose rows never split.
    static func table(_ headers: [String], _ rows: [[String]], numeric: Set<Int>, nowrap: Set<Int> = [],
                      caption: String) -> String {
        let starts = cellStarts(rows.map(\.count).max() ?? 0, numeric: numeric, nowrap: nowrap)
        var s = tableHead(headers, caption: caption)
        for row in rows {
            s += "<tr>" + row.enumerated().map { k, c in starts[k] + e(c) + "</td>" }.joined() + "</tr>\n"
        }
        return s + "</tbody></table>"
    }

    /// A table's start: its caption and header row, up to its first row.
    static func tableHead(_ headers: [String], caption: String) -> String {
        "<table class=\"data\"><caption>" + e(caption) + "</caption><thead><tr>"
            + headers.map { "<th>" + e($0) + "</th>" }.joined() + "</tr></thead><tbody>\n"
    }

    /// The opening tag of each of `count` cells: `num` and `nowrap` classes as marked.
    static func cellStarts(_ count: Int, numeric: Set<Int>, nowrap: Set<Int>) -> [String] {
        (0..<count).map { k in
            let cls = (numeric.contains(k) ? ["num"] : []) + (nowrap.contains(k) ? ["nowrap"] : [])
            return cls.isEmpty ? "<td>" : "<td class=\"" + cls.joined(separator: " ") + "\">"
        }
    }

    /// The start of an agency's section and its heading: its name, then `suffix` (` (file.yaml)`
    /// when another agency of the report has the same name).
    static func agencyHeading(_ en: PeriodicReport.Entry, suffix: String, _ L: Language) -> String {
        "<section class=\"agency\"><h4>" + e(en.risk.displayName(L) + suffix) + "</h4>"
    }

    /// An agency's section after its heading (`agencyHeading`), written as UTF-8 at the end of `out`.
    static func agency(_ en: PeriodicReport.Entry, _ r: PeriodicReport, _ L: Language, into out: inout [UInt8]) {
        ByteText.literal("<ul>", to: &out)
        for item in ReportDocumentRenderer.agencyItems(en, r, L) {
            ByteText.literal("<li>", to: &out)
            MarkupText.escape(item.text, into: &out)
            if let strong = item.strong {
                ByteText.literal("<b>", to: &out)
                MarkupText.escape(strong, into: &out)
                ByteText.literal("</b>", to: &out)
            }
            if !item.children.isEmpty {
                ByteText.literal("<ul>", to: &out)
                for child in item.children {
                    ByteText.literal("<li>", to: &out)
                    MarkupText.escape(child, into: &out)
                    ByteText.literal("</li>", to: &out)
                }
                ByteText.literal("</ul>", to: &out)
            }
            ByteText.literal("</li>", to: &out)
        }
        ByteText.literal("</ul></section>", to: &out)
    }

    /// Recipients on the left, level with the signer's block on the right.
    static func signature(_ h: ReportHeader, _ L: Language) -> String {
        var recipients = h.recipients
        if !recipients.contains(where: { $0.hasPrefix("Lưu") || $0.lowercased().hasPrefix("archive") }) {
            recipients.append(L.pick(vi: "Lưu: VT", en: "Archive: VT"))
        }
        let list = recipients.enumerated().map { (k, x) in
            "<div>- " + e(x) + (k == recipients.count - 1 ? "." : ";") + "</div>"
        }.joined()
        let authority = h.signerAuthority.map { "<div class=\"authority\">" + e($0.uppercased()) + "</div>" } ?? ""
        let title = "<div class=\"authority\">" + (h.signerTitle.map { e($0.uppercased()) } ?? blank) + "</div>"
        let name = "<div class=\"signer\">" + (h.signerName.map(e) ?? blank) + "</div>"
        return """
        <table class="sign"><tr><td class="recipients"><div class="to">\(L.pick(vi: "Nơi nhận:", en: "Recipients:"))</div>\(list)</td>
        <td class="signature">\(authority)\(title)<div class="seal"></div>\(name)</td></tr></table>
        """
    }

    static let style = HTMLPage.pageRules + """

    html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    body { margin: 0; font-family: 'Times New Roman', 'Liberation Serif', Tinos, serif; font-size: 13pt; line-height: 1.3; color: #000; }
    @media screen { body { max-width: 165mm; margin: 10mm auto; } }
    table.head { width: 100%; border-collapse: collapse; margin-bottom: 6mm; }
    table.head td { vertical-align: top; text-align: center; padding: 0; }
    table.head td.left { width: 38%; }
    table.head td.right { width: 62%; }
    .parent { font-size: 12pt; }
    .issuer { font-size: 12pt; font-weight: bold; }
    .issuer-rule { width: 40%; margin: 1pt auto 0; border-top: 0.8pt solid #000; }
    .nation { font-size: 12pt; font-weight: bold; white-space: nowrap; }
    .motto { font-size: 13pt; font-weight: bold; }
    .motto span { display: inline-block; border-bottom: 0.8pt solid #000; padding-bottom: 1pt; }
    .number { font-size: 13pt; padding-top: 6pt; }
    .dateline { font-size: 13pt; font-style: italic; padding-top: 6pt; }
    .doctype { text-align: center; font-weight: bold; font-size: 14pt; margin-top: 8mm; }
    .summary { text-align: center; font-weight: bold; font-size: 14pt; }
    .summary-rule { width: 25%; margin: 2pt auto 6mm; border-top: 0.8pt solid #000; }
    .addressee { text-align: center; text-indent: 0; }
    p { text-align: justify; text-indent: 1.27cm; margin: 0 0 6pt 0; }
    p.fact { text-indent: 1.27cm; }
    h2 { font-size: 13pt; font-weight: bold; margin: 10pt 0 6pt; break-after: avoid; }
    h3 { font-size: 13pt; font-weight: bold; font-style: italic; margin: 8pt 0 6pt; break-after: avoid; }
    h4 { font-size: 13pt; font-weight: bold; margin: 8pt 0 4pt; break-after: avoid; }
    ul { margin: 0 0 6pt 0; padding-left: 1.27cm; }
    li { text-align: justify; }
    .blank { letter-spacing: 1pt; }
    table.data { width: 100%; border-collapse: collapse; font-size: 11pt; line-height: 1.2; margin: 0 0 8pt 0; }
    table.data caption { caption-side: top; font-weight: bold; font-size: 12pt; padding-bottom: 3pt; }
    table.data th, table.data td { border: 0.6pt solid #000; padding: 2pt 3pt; vertical-align: top; }
    table.data th { font-weight: bold; text-align: center; }
    table.data td.num { text-align: right; }
    table.data td.nowrap { white-space: nowrap; }
    thead { display: table-header-group; }
    tr, th, td { break-inside: avoid; page-break-inside: avoid; }
    figure.chart { margin: 4pt 0 10pt 0; break-inside: avoid; page-break-inside: avoid; }
    figure.chart svg { display: block; }
    figcaption { text-align: center; font-style: italic; font-size: 12pt; margin-top: 3pt; }
    section.agency h4 { break-after: avoid; }
    table.sign { width: 100%; border-collapse: collapse; margin-top: 10mm; break-inside: avoid; page-break-inside: avoid; }
    table.sign td { vertical-align: top; padding: 0; }
    td.recipients { width: 45%; font-size: 11pt; line-height: 1.25; }
    td.recipients .to { font-size: 12pt; font-weight: bold; font-style: italic; }
    td.signature { width: 55%; text-align: center; }
    .authority { font-weight: bold; font-size: 13pt; }
    .seal { height: 24mm; }
    .signer { font-weight: bold; font-size: 13pt; }
    """
}

/// `isoplan risk --format markdown`: a table ready to paste into a report.
enum RiskMarkdownRenderer {
    static func render(_ risk: PortfolioRisk, _ o: ReportOptions) -> String {
        risk.agencies.reduce(into: head(risk, o)) { $0 += row($1, o) } + tail(risk, o)
    }

    /// The title and the table's head.
    static func head(_ risk: PortfolioRisk, _ o: ReportOptions) -> String {
        let L = o.language
        var out = "# " + Markdown.escape(RiskTextRenderer.title(risk, L)) + "\n\n"
        out += "| " + [L.pick(vi: "Cơ quan", en: "Agency"), L.pick(vi: "Loại", en: "Type"), L.pick(vi: "Tiến độ", en: "Progress"),
                       L.pick(vi: "Dự kiến xong", en: "Projected finish"), L.pick(vi: "Dự phòng (ngày LV)", en: "Slack (working days)"),
                       L.pick(vi: "Mức", en: "Level"), L.pick(vi: "Lý do", en: "Reasons")].joined(separator: " | ") + " |\n"
        out += "|---|---|---:|---|---:|---|---|\n"
        return out
    }

    /// One agency's row, every reason in it.
    static func row(_ a: AgencyRisk, _ o: ReportOptions) -> String {
        let L = o.language
        let row = RiskTextRenderer.row(a, a.shortName(L), L)
        let reasons = a.reasons.map { r in Markdown.escape(RiskText.message(r, L)) + location(r) }.joined(separator: "<br>")
        return "| " + [Markdown.escape(row[0]), row[1], row[2], row[3], row[4], "**\(row[5])**", reasons].joined(separator: " | ") + " |\n"
    }

    /// The summary after the table.
    static func tail(_ risk: PortfolioRisk, _ o: ReportOptions) -> String {
        "\n" + RiskTextRenderer.summary(risk, o.language).map { $0.hasPrefix("  ") ? "  - " + $0.dropFirst(2) : "- " + $0 }
            .joined(separator: "\n") + "\n"
    }

    static func location(_ r: RiskReason) -> String {
        r.location.map { " (`\($0.file):\($0.line)`)" } ?? ""
    }
}

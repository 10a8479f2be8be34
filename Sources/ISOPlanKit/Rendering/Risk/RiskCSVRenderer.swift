/// `isoplan risk --format csv`: one row per agency (RFC 4180).
enum RiskCSVRenderer {
    static let header = ["id", "name", "type", "province", "level", "progress", "status_date", "projected_finish",
                                "deadline", "slack_days", "main_rule", "main_reason", "file", "line"]

    static func render(_ risk: PortfolioRisk, _ o: ReportOptions) -> String {
        CSV.encode([header] + risk.agencies.map { fields($0, o) })
    }

    /// One agency's fields: its figures and main reason.
    static func fields(_ a: AgencyRisk, _ o: ReportOptions) -> [String] {
        let main = a.reasons.first
        return [a.id, a.name, a.type?.rawValue ?? "", a.province ?? "", a.level?.rawValue ?? "invalid",
                a.level == nil ? "" : NumberText.machine(a.progress), a.statusDate?.iso ?? "",
                a.projectedFinish?.iso ?? "", a.deadline.iso, a.slackDays.map(String.init) ?? "",
                main?.rule.raw ?? "", main.map { RiskText.message($0, o.language) } ?? "",
                main?.location?.file ?? "", main?.location.map { String($0.line) } ?? ""]
    }
}

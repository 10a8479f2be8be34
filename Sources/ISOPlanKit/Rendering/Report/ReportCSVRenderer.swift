/// `isoplan report --format csv`: one row per agency.
enum ReportCSVRenderer {
    static let header = ["period", "id", "name", "type", "cadence", "must_report", "stale", "status_date", "progress",
                                "level", "projected_finish", "slack_days", "completed_in_period", "due_next_period", "main_reason",
                                "must_start_by_next_period"]

    /// The header row and its line end.
    static let headerLine = CSV.line(header)

    static func render(_ r: PeriodicReport, _ o: ReportOptions) -> String {
        ReportLayout(.csv, o).render(r)
    }

    /// One agency's row and its line end.
    static func row(_ e: PeriodicReport.Entry, _ r: PeriodicReport, _ o: ReportOptions) -> String {
        let a = e.risk
        return CSV.line([r.period.id, a.id, a.name, a.type?.rawValue ?? "", e.cadence?.rawValue ?? "", e.mustReport ? "true" : "false",
                         e.isStale ? "true" : "false", a.statusDate?.iso ?? "", a.level == nil ? "" : NumberText.machine(a.progress),
                         a.level?.rawValue ?? "invalid", a.projectedFinish?.iso ?? "", a.slackDays.map(String.init) ?? "",
                         e.completedInPeriod.map(\.id).joined(separator: " "), e.dueNextPeriod.map(\.id).joined(separator: " "),
                         a.reasons.first.map { RiskText.message($0, o.language) } ?? "",
                         e.mustStartByNextPeriod.map(\.id).joined(separator: " ")])
    }
}

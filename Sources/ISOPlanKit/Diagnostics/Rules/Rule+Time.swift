/// Rules that need the evaluation date, the calendar or the schedule.
extension Rule {
    public static let overdueTask = Rule(
        "overdue-task", .warning,
        en: "A task's planned end is before the status date but it is not complete.",
        vi: "Một công việc có ngày kết thúc dự kiến trước ngày cập nhật nhưng chưa xong.",
        triggering: RuleExample.sample("status_date: 2019-04-30", "status_date: 2019-06-28", asOf: "2019-07-01")
            .replacing("{id: tai-lieu", "{id: ⟪!⟫tai-lieu"),
        passing: .plan(RuleExample.samplePlan()))

    public static let staleStatus = Rule(
        "stale-status", .warning,
        en: "The status date is older than the agency's reporting cadence.",
        vi: "Ngày cập nhật tình trạng cũ hơn chu kỳ báo cáo của cơ quan.",
        triggering: .sample("status_date: 2019-04-30", "status_date: ⟪!⟫2019-04-30", asOf: "2019-09-02"),
        passing: .sample("status_date: 2019-04-30", "status_date: 2019-04-30", asOf: "2019-07-01"))

    public static let statusDateInFuture = Rule(
        "status-date-in-future", .warning,
        en: "The status date is after the evaluation date.",
        vi: "Ngày cập nhật tình trạng sau ngày đánh giá.",
        triggering: .sample("status_date: 2019-04-30", "status_date: ⟪!⟫2019-04-30", asOf: "2019-04-29"),
        passing: .plan(RuleExample.samplePlan()))
}

extension Diagnostic {
    static func staleStatus(_ status: CalendarDate, cadence: ReportingCadence, asOf: CalendarDate,
                            since: CalendarDate, at: SourceLocation) -> Diagnostic {
        let c = cadence.rawValue
        let vi: String
        switch cadence {
        case .quarterly: vi = "hằng quý"
        case .halfYearly: vi = "6 tháng một lần"
        case .yearly: vi = "hằng năm"
        }
        return Diagnostic(.staleStatus, .en("status date \(status.iso) is older than the \(c) reporting cadence "
                                            + "allows at \(asOf.iso) (fresh since \(since.iso)); update progress and "
                                            + "'status_date'",
                                            vi: "ngày cập nhật \(status.iso) đã quá cũ so với chu kỳ báo cáo \(vi) "
                                            + "tính đến ngày \(asOf.iso) (chỉ coi là mới từ \(since.iso) trở đi); "
                                            + "hãy cập nhật tiến độ và 'status_date'"),
                          at: at)
    }

    static func statusDateInFuture(_ status: CalendarDate, asOf: CalendarDate, at: SourceLocation) -> Diagnostic {
        Diagnostic(.statusDateInFuture, .en("status date \(status.iso) is after the evaluation date \(asOf.iso); "
                                            + "check the date or pass --as-of",
                                            vi: "ngày cập nhật \(status.iso) sau ngày đánh giá \(asOf.iso); hãy kiểm "
                                            + "tra lại ngày hoặc dùng --as-of"),
                   at: at)
    }

    static func overdueTask(_ task: String, plannedEnd: CalendarDate, status: CalendarDate, progress: Int,
                            at: SourceLocation) -> Diagnostic {
        Diagnostic(.overdueTask, wording: .overdueTask(task: task, plannedEnd: plannedEnd, status: status,
                                                        progress: progress),
                   at: at)
    }
}

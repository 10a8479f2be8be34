/// The words of the timeline charts, in English and Vietnamese.
enum TimelineWords {
    static func month(_ m: Int, _ lang: Language) -> String {
        let en = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        guard (1...12).contains(m) else { return "?" }
        return lang == .vi ? "T\(m)" : en[m - 1]
    }

    static func statusDate(_ l: Language) -> String { l.pick(vi: "Ngày cập nhật", en: "Status date") }
    static func evaluated(_ l: Language) -> String { l.pick(vi: "Ngày đánh giá", en: "Evaluated on") }
    static func deadline(_ l: Language) -> String { l.pick(vi: "Hạn", en: "Deadline") }
    static func evaluationDate(_ l: Language) -> String { l.pick(vi: "Ngày đánh giá", en: "Evaluated") }
    static func legendLatest(_ l: Language) -> String { l.pick(vi: "phải xong trước để kịp hạn", en: "must finish by, to meet the deadline") }
    static func projected(_ l: Language) -> String { l.pick(vi: "Dự kiến xong", en: "Projected finish") }
    static func planned(_ l: Language) -> String { l.pick(vi: "kế hoạch", en: "planned") }
    static func slack(_ l: Language) -> String { l.pick(vi: "Dự phòng", en: "Slack") }
    static func done(_ l: Language) -> String { l.pick(vi: "Đã xong", en: "Done") }
    static func late(_ l: Language) -> String { l.pick(vi: "trễ hạn", en: "late") }
    static func noTasks(_ l: Language) -> String { l.pick(vi: "(không có công việc)", en: "(no tasks)") }
    static func noPlans(_ l: Language) -> String { l.pick(vi: "(không có kế hoạch)", en: "(no plans)") }

    static func workingDays(_ n: Int, _ l: Language) -> String {
        l.pick(vi: "\(n) ngày làm việc", en: n == 1 || n == -1 ? "\(n) working day" : "\(n) working days")
    }

    static func agencies(_ n: Int, _ l: Language) -> String {
        l.pick(vi: "\(n) cơ quan", en: counted(n, "agency", "agencies"))
    }

    static func lateCount(_ n: Int, _ l: Language) -> String {
        l.pick(vi: "\(n) sẽ chậm hạn", en: "\(n) late")
    }

    /// What one column stands for: `1 column = 1 week`, `1 column = 3.3 days`,
    /// `1 day = 3 columns`.
    static func scale(_ axis: TimelineAxis, _ l: Language) -> String {
        if axis.scale == .month { return l.pick(vi: "1 cột = 1 tháng", en: "1 column = 1 month") }
        if axis.days == 7 && axis.perColumns == 1 { return l.pick(vi: "1 cột = 1 tuần", en: "1 column = 1 week") }
        if axis.days == 1 && axis.perColumns > 1 {
            return l.pick(vi: "1 ngày = \(axis.perColumns) cột", en: "1 day = \(axis.perColumns) columns")
        }
        let n = NumberText.decimal(Double(axis.days) / Double(axis.perColumns), l, digits: 1)
        if axis.days == axis.perColumns { return l.pick(vi: "1 cột = 1 ngày", en: "1 column = 1 day") }
        return l.pick(vi: "1 cột = \(n) ngày", en: "1 column = \(n) days")
    }

    /// The risk level's name, as the risk command writes it.
    static func risk(_ r: RiskLevel, _ l: Language) -> String { RiskText.level(r, l) }

    /// Legend entries: glyph kind and meaning.
    static func legendDone(_ l: Language) -> String { l.pick(vi: "đã làm", en: "done") }
    static func legendTodo(_ l: Language) -> String { l.pick(vi: "còn lại", en: "to do") }
    static func legendSlip(_ l: Language) -> String { l.pick(vi: "trễ so với kế hoạch", en: "later than planned") }
    static func legendMilestone(_ l: Language) -> String { l.pick(vi: "mốc", en: "milestone") }
    static func legendCritical(_ l: Language) -> String { l.pick(vi: "đường găng", en: "critical path") }
    static func legendEarlier(_ l: Language) -> String {
        l.pick(vi: "< trước khoảng hiển thị", en: "< before the chart")
    }
    static func legendLater(_ l: Language) -> String {
        l.pick(vi: "> sau khoảng hiển thị", en: "> after the chart")
    }
    static func legendSlipDays(_ l: Language) -> String {
        l.pick(vi: "+N ngày làm việc trễ", en: "+N working days late")
    }
}

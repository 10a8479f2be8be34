/// Words of risk and report output in Vietnamese and English (the sector's official terms).
enum RiskText {
    /// The level's name.
    static func level(_ level: RiskLevel?, _ lang: Language) -> String {
        switch level {
        case .done: lang.pick(vi: "Đã hoàn thành", en: "done")
        case .onTrack: lang.pick(vi: "Đúng tiến độ", en: "on track")
        case .atRisk: lang.pick(vi: "Nguy cơ chậm", en: "at risk")
        case .willMiss: lang.pick(vi: "Sẽ chậm hạn", en: "will miss")
        case nil: lang.pick(vi: "Kế hoạch lỗi", en: "invalid plan")
        }
    }

    /// The agency type's name.
    static func type(_ type: AgencyType?, _ lang: Language) -> String {
        switch type {
        case .ministryUnit: lang.pick(vi: "Đơn vị thuộc Bộ", en: "ministry unit")
        case .provincialDepartment: lang.pick(vi: "Sở LĐTBXH", en: "provincial department")
        case nil: "—"
        }
    }

    /// A date in text: DD/MM/YYYY in both languages (docs/output-conventions.md).
    static func date(_ d: CalendarDate?, _ lang: Language) -> String {
        guard let d else { return "—" }
        return d.vietnamese
    }

    /// A short name of the agency type for narrow tables.
    static func shortType(_ type: AgencyType?, _ lang: Language) -> String {
        switch type {
        case .ministryUnit: lang.pick(vi: "Bộ", en: "ministry")
        case .provincialDepartment: lang.pick(vi: "Sở", en: "province")
        case nil: "—"
        }
    }

    /// The reporting cadence's name.
    static func cadence(_ c: ReportingCadence, _ lang: Language) -> String {
        switch c {
        case .quarterly: lang.pick(vi: "hằng quý", en: "quarterly")
        case .halfYearly: lang.pick(vi: "6 tháng", en: "half-yearly")
        case .yearly: lang.pick(vi: "hằng năm", en: "yearly")
        }
    }

    /// A migration step's title from the catalog (its id when the catalog cannot be read).
    static func step(_ s: StepID, _ lang: Language) -> String {
        guard case .success(let catalog) = Catalog.bundled, let step = catalog.step(id: s.rawValue) else {
            return s.rawValue
        }
        return lang == .vi ? step.title.vi : step.title.en
    }

    /// The message of one reason: what was found and what to do.
    static func message(_ r: RiskReason, _ lang: Language) -> String {
        let d = { (x: CalendarDate) in date(x, lang) }
        switch r.finding {
        case .invalidPlan(let n, let first):
            return lang.pick(vi: "Kế hoạch có \(n) lỗi, chưa đánh giá được; sửa theo `isoplan check`: \(first.vi)",
                             en: "the plan has \(n) \(n == 1 ? "error" : "errors") and cannot be evaluated; fix it with `isoplan check`: \(first.en)")
        case .lateFinish(let finish, let deadline, let days):
            return lang.pick(vi: "Dự kiến hoàn thành \(d(finish)), chậm \(days) ngày làm việc so với hạn \(d(deadline)); rút ngắn các công việc trên đường găng hoặc bổ sung nhân lực",
                             en: "projected finish \(d(finish)) is \(days) working \(days == 1 ? "day" : "days") after the deadline \(d(deadline)); shorten the critical tasks or add staff")
        case .pastDeadline(let asOf, let deadline):
            return lang.pick(vi: "Đã quá hạn \(d(deadline)) (ngày đánh giá \(d(asOf))) mà chưa hoàn thành chuyển đổi; báo cáo nguyên nhân và thời hạn hoàn thành mới",
                             en: "the deadline \(d(deadline)) has passed (evaluated \(d(asOf))) and the migration is not complete; report the cause and a new date")
        case .announcementAfterDeadline(let task, let on, let deadline):
            return lang.pick(vi: "Công bố HTQLCL phù hợp TCVN ISO 9001:2015 (công việc '\(task)') dự kiến ngày \(d(on)), sau hạn \(d(deadline))",
                             en: "the announcement of conformity (công bố), task '\(task)', is projected on \(d(on)), after the deadline \(d(deadline))")
        case .announcementNotPlanned:
            return lang.pick(vi: "Chưa lập kế hoạch công bố HTQLCL phù hợp TCVN ISO 9001:2015 trước hạn; bổ sung công việc có 'step: announcement'",
                             en: "the announcement of conformity (công bố) is not planned before the deadline; add a task with 'step: announcement'")
        case .lowSlack(let slack, let threshold, let finish):
            return lang.pick(vi: "Chỉ còn \(slack) ngày làm việc dự phòng đến hạn (ngưỡng \(threshold)), dự kiến hoàn thành \(d(finish)); theo dõi sát các công việc trên đường găng",
                             en: "only \(slack) working \(slack == 1 ? "day" : "days") of slack before the deadline (threshold \(threshold)), projected finish \(d(finish)); watch the critical tasks closely")
        case .overdueTask(let task, let title, let end, let progress):
            return lang.pick(vi: "Công việc '\(title)' quá hạn: kế hoạch kết thúc \(d(end)), mới đạt \(NumberText.percent(progress, .vi)); cập nhật tiến độ hoặc điều chỉnh kế hoạch",
                             en: "task '\(task)' is overdue: planned to end \(d(end)), \(NumberText.percent(progress, .en)) done; update its progress or re-plan it")
        case .mustStartSoon(let task, let latest, let projected, let more):
            let others = more == 0 ? "" : lang.pick(vi: " (và \(more) công việc khác chưa bắt đầu cũng sắp đến hạn bắt đầu)",
                                                    en: " (and \(more) more not-started \(more == 1 ? "task close to its" : "tasks close to their") latest start)")
            return lang.pick(vi: "Công việc '\(task)' phải bắt đầu chậm nhất ngày \(d(latest)) để kịp hạn; dự kiến bắt đầu \(d(projected))" + others,
                             en: "task '\(task)' must start by \(d(latest)) to meet the deadline; it is projected to start \(d(projected))" + others)
        case .missingStep(let s):
            return lang.pick(vi: "Chưa có công việc cho bước bắt buộc '\(step(s, .vi))'; bổ sung công việc có 'step: \(s.rawValue)'",
                             en: "no task covers the required step '\(s.rawValue)' (\(step(s, .en))); add a task with 'step: \(s.rawValue)'")
        case .staleStatus(let status, let since, let c):
            return lang.pick(vi: "Số liệu tiến độ cập nhật ngày \(d(status)), quá kỳ báo cáo \(cadence(c, .vi)) (cần từ \(d(since))); cập nhật tiến độ và 'status_date'",
                             en: "progress was last updated \(d(status)), older than the \(cadence(c, .en)) reporting cadence allows (\(d(since)) or later); update progress and 'status_date'")
        case .completed(let on, _):
            return lang.pick(vi: "Đã hoàn thành chuyển đổi ngày \(d(on))", en: "migration completed on \(d(on))")
        case .onSchedule(let finish, let slack):
            return lang.pick(vi: "Dự kiến hoàn thành \(d(finish)), dự phòng \(slack) ngày làm việc",
                             en: "projected finish \(d(finish)) with \(counted(slack, "working day")) of slack")
        }
    }

    /// Why, in a few words, for a table cell; `message` says it in full with what to do.
    static func brief(_ r: RiskReason, _ lang: Language) -> String {
        switch r.finding {
        case .invalidPlan(let n, _):
            return lang.pick(vi: "kế hoạch có \(n) lỗi", en: n == 1 ? "1 error in the plan" : "\(n) errors in the plan")
        case .lateFinish(_, _, let days):
            return lang.pick(vi: "xong sau hạn \(days) ngày làm việc", en: "finishes \(days) working \(days == 1 ? "day" : "days") late")
        case .pastDeadline:
            return lang.pick(vi: "đã quá hạn, chưa xong", en: "deadline passed, not done")
        case .announcementAfterDeadline:
            return lang.pick(vi: "công bố sau hạn", en: "announcement after the deadline")
        case .announcementNotPlanned:
            return lang.pick(vi: "chưa có kế hoạch công bố", en: "no announcement planned")
        case .lowSlack(let slack, _, _):
            return lang.pick(vi: "chỉ còn \(slack) ngày làm việc dự phòng",
                             en: "only \(slack) working \(slack == 1 ? "day" : "days") of slack")
        case .overdueTask(let task, _, _, _):
            return lang.pick(vi: "công việc '\(task)' quá hạn", en: "task '\(task)' overdue")
        case .mustStartSoon(let task, let latest, _, _):
            return lang.pick(vi: "'\(task)' phải bắt đầu trước \(date(latest, lang))",
                             en: "'\(task)' must start by \(date(latest, lang))")
        case .missingStep(let s):
            return lang.pick(vi: "thiếu bước '\(s.rawValue)'", en: "no task for '\(s.rawValue)'")
        case .staleStatus(let status, _, _):
            return lang.pick(vi: "tiến độ cập nhật từ \(date(status, lang))", en: "progress as of \(date(status, lang))")
        case .completed(let on, _):
            return lang.pick(vi: "hoàn thành \(date(on, lang))", en: "completed \(date(on, lang))")
        case .onSchedule:
            return lang.pick(vi: "đúng kế hoạch", en: "on schedule")
        }
    }
}

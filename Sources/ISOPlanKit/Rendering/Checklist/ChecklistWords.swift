/// The words of the checklist outputs for people, in one language.
struct ChecklistWords {
    let language: Language

    func pick(_ vi: String, _ en: String) -> String { language.pick(vi: vi, en: en) }
    func text(_ t: BilingualText) -> String { language == .vi ? t.vi : t.en }

    /// A date as people of the language write it: 05/07/2019 or 2019-07-05.
    func date(_ d: CalendarDate) -> String { d.vietnamese }

    func title(_ c: Checklist) -> String {
        switch c.scenario {
        case .conversion: pick("Danh mục chuyển đổi hệ thống quản lý chất lượng", "Migration checklist")
        case .newBuild: pick("Danh mục xây dựng hệ thống quản lý chất lượng", "Build checklist")
        }
    }

    func standards(_ c: Checklist) -> String {
        let path = c.scenario == .conversion ? "TCVN ISO 9001:2008 → TCVN ISO 9001:2015"
            : pick("Xây dựng mới theo TCVN ISO 9001:2015", "New build to TCVN ISO 9001:2015")
        return path + " · " + pick("ngày cập nhật tiến độ ", "status date ") + date(c.statusDate)
            + (c.evaluationDate.map { " · " + pick("ngày đánh giá ", "evaluated ") + date($0) } ?? "")
    }

    /// The short status with the must-finish-by date of an open item: `60% → 12/11/2020 ≤ 18/11/2020`.
    func shortStatus(_ item: Checklist.Item) -> String {
        shortStatus(item.status) + (item.mustFinishBy.map { " ≤ " + date($0) } ?? "")
    }

    /// The full status with the must-finish-by date of an open item.
    func longStatus(_ item: Checklist.Item) -> String {
        longStatus(item.status)
            + (item.mustFinishBy.map { pick(", phải xong trước hoặc vào ", ", must finish by ") + date($0) } ?? "")
    }

    var notes: String { pick("Ghi chú", "Notes") }
    var steps: String { pick("Các bước", "Steps") }
    var clauses: String { pick("Các điều khoản", "Clauses") }
    var tasks: String { pick("công việc", "tasks") }

    /// The short status for the text table: `done 2019-07-05`, `60% → 2019-12-31`, …
    func shortStatus(_ s: Checklist.Status) -> String {
        switch s {
        case .done(let d): pick("hoàn thành", "done") + dated(d)
        case .inProgress(let p, let d): NumberText.percent(p, language) + (d.map { " → " + date($0) } ?? "")
        case .planned(let d): pick("kế hoạch", "planned") + dated(d)
        case .notCovered: pick("chưa có công việc", "not covered")
        case .notApplicable: pick("không áp dụng", "not applicable")
        }
    }

    /// The full status for Markdown: `done on 2019-07-05`, `in progress, 60%, projected end …`.
    func longStatus(_ s: Checklist.Status) -> String {
        switch s {
        case .done(let d):
            pick("hoàn thành", "done") + (d.map { pick(" ngày ", " on ") + date($0) } ?? "")
        case .inProgress(let p, let d):
            pick("đang thực hiện, \(NumberText.percent(p, .vi))", "in progress, \(NumberText.percent(p, .en))")
                + (d.map { pick(", dự kiến hoàn thành ", ", projected end ") + date($0) } ?? "")
        case .planned(let d):
            pick("theo kế hoạch", "planned")
                + (d.map { pick(", hoàn thành ", ", ends ") + date($0) } ?? "")
        case .notCovered: pick("chưa có công việc", "not covered")
        case .notApplicable: pick("không áp dụng", "not applicable")
        }
    }

    private func dated(_ d: CalendarDate?) -> String { d.map { " " + date($0) } ?? "" }

    /// `Done 30 of 95 items · 4 in progress · 58 planned · 3 not covered · 7 not applicable`.
    func summary(_ s: Checklist.Summary) -> String {
        [pick("Hoàn thành \(s.done)/\(s.total) mục", "Done \(s.done) of \(s.total) items"),
         pick("\(s.inProgress) đang thực hiện", "\(s.inProgress) in progress"),
         pick("\(s.planned) theo kế hoạch", "\(s.planned) planned"),
         pick("\(s.notCovered) chưa có công việc", "\(s.notCovered) not covered"),
         pick("\(s.notApplicable) không áp dụng", "\(s.notApplicable) not applicable")]
            .joined(separator: " · ")
    }

    /// The key to the marks of the text table.
    var legend: [String] {
        [pick("[x] hoàn thành", "[x] done"),
         pick("[~] đang thực hiện (% → ngày dự kiến xong)", "[~] in progress (% → projected end)"),
         pick("[ ] theo kế hoạch (ngày kết thúc theo kế hoạch)", "[ ] planned (planned end)"),
         pick("≤ ngày phải xong để kịp hạn", "≤ must finish by, to meet the deadline"),
         pick("[!] chưa có công việc", "[!] not covered"),
         pick("[-] không áp dụng", "[-] not applicable")]
    }
}

import ISOPlanKit

/// One task of a generated plan before it is written out.
struct TaskSpec {
    var id: String
    var title: String
    var step: String?
    var clauses: [String] = []
    var owner: String?
    var duration: Int
    var after: [String] = []
    var fixedStart: CalendarDate?
    /// Filled by the schedule: planned first and last working day.
    var start = CalendarDate(dayNumber: 0)
    var end = CalendarDate(dayNumber: 0)
}

/// Builds the ≈60 tasks of one agency's migration, in the catalog's step order, with
/// dependency chains the way a real plan has them.
struct TaskPlanBuilder {
    var rng: SplitMix
    var tasks: [TaskSpec] = []

    init(rng: SplitMix) { self.rng = rng }

    mutating func add(_ id: String, _ title: String, step: String?, clauses: [String] = [],
                      duration: Int, after: [String]) {
        let owner = rng.chance(60) ? rng.pick(AgencyNames.owners) : nil
        tasks.append(TaskSpec(id: id, title: title, step: step, clauses: clauses, owner: owner,
                              duration: duration, after: after))
    }

    /// The tasks for an agency with `procedures` documented processes to write.
    mutating func build(procedures: Int) -> [TaskSpec] {
        add("ban-chi-dao", "Kiện toàn Ban chỉ đạo ISO", step: "steering-committee", clauses: ["5.1", "5.3"],
            duration: rng.int(3...8), after: [])
        add("ke-hoach", "Xây dựng kế hoạch chuyển đổi sang TCVN ISO 9001:2015", step: nil, clauses: ["6.3"],
            duration: rng.int(3...6), after: ["ban-chi-dao"])
        let training = [
            ("dao-tao-lanh-dao", "Đào tạo nhận thức TCVN ISO 9001:2015 cho lãnh đạo"),
            ("dao-tao-can-bo", "Tập huấn TCVN ISO 9001:2015 cho cán bộ, công chức"),
            ("dao-tao-danh-gia-vien", "Đào tạo chuyên gia đánh giá nội bộ"),
        ]
        for (id, title) in training {
            add(id, title, step: "training", clauses: ["7.2", "7.3"], duration: rng.int(2...10), after: ["ke-hoach"])
        }
        add("khao-sat", "Khảo sát, đánh giá thực trạng hệ thống theo TCVN ISO 9001:2008", step: "gap-analysis",
            clauses: ["4.4"], duration: rng.int(5...12), after: ["dao-tao-lanh-dao"])
        add("so-sanh-yeu-cau", "Đối chiếu hệ thống hiện hành với yêu cầu của TCVN ISO 9001:2015",
            step: "gap-analysis", clauses: ["4.4", "7.5"], duration: rng.int(3...8), after: ["khao-sat"])
        let docs: [(String, String, [String])] = [
            ("boi-canh", "Xác định bối cảnh và các bên quan tâm", ["4.1", "4.2"]),
            ("pham-vi", "Xác định phạm vi áp dụng hệ thống quản lý chất lượng", ["4.3"]),
            ("chinh-sach", "Ban hành chính sách chất lượng", ["5.2"]),
            ("muc-tieu", "Xây dựng mục tiêu chất lượng năm 2019", ["6.2"]),
            ("rui-ro", "Lập danh mục rủi ro và cơ hội", ["6.1"]),
        ]
        for (id, title, clauses) in docs {
            add(id, title, step: "documentation", clauses: clauses, duration: rng.int(3...10), after: ["so-sanh-yeu-cau"])
        }
        var procedureIDs: [String] = []
        for (i, title) in Procedures.titles(&rng, count: procedures).enumerated() {
            let id = "quy-trinh-\(i + 1)"
            let after = i >= 4 && rng.chance(30) ? ["quy-trinh-\(i - 3)"] : ["pham-vi"]
            add(id, "Xây dựng quy trình: " + title, step: "documentation", clauses: ["8.1", "8.2"],
                duration: rng.int(2...8), after: after)
            procedureIDs.append(id)
        }
        add("ban-hanh-tai-lieu", "Ban hành hệ thống tài liệu theo TCVN ISO 9001:2015", step: "documentation",
            clauses: ["7.5"], duration: rng.int(2...5), after: ["boi-canh", "chinh-sach", "muc-tieu", "rui-ro"] + procedureIDs)
        add("ap-dung", "Áp dụng hệ thống quản lý chất lượng vào giải quyết thủ tục hành chính", step: "apply",
            clauses: ["8.1", "8.5"], duration: rng.int(40...70), after: ["ban-hanh-tai-lieu"])
        add("chuong-trinh-danh-gia", "Lập chương trình đánh giá nội bộ", step: "internal-audit", clauses: ["9.2"],
            duration: rng.int(2...4), after: ["dao-tao-danh-gia-vien", "ban-hanh-tai-lieu"])
        var audits: [String] = []
        for (i, owner) in rng.sample(AgencyNames.owners, rng.int(3...5)).enumerated() {
            let id = "danh-gia-noi-bo-\(i + 1)"
            add(id, "Đánh giá nội bộ tại " + owner, step: "internal-audit", clauses: ["9.2"],
                duration: rng.int(1...3), after: ["ap-dung", "chuong-trinh-danh-gia"])
            audits.append(id)
        }
        var fixes: [String] = []
        for i in 1...rng.int(1...3) {
            add("khac-phuc-\(i)", "Thực hiện hành động khắc phục sau đánh giá nội bộ đợt \(i)",
                step: "corrective-action", clauses: ["10.2"], duration: rng.int(3...10), after: audits)
            fixes.append("khac-phuc-\(i)")
        }
        add("xem-xet-lanh-dao", "Họp xem xét của lãnh đạo", step: "management-review", clauses: ["9.3"],
            duration: rng.int(1...3), after: fixes)
        add("cong-bo", "Ký quyết định công bố hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015",
            step: "announcement", duration: 0, after: ["xem-xet-lanh-dao"])
        add("thong-bao", "Gửi thông báo công bố tới Sở Khoa học và Công nghệ", step: "notification",
            duration: rng.int(1...3), after: ["cong-bo"])
        add("niem-yet", "Niêm yết quyết định công bố tại Bộ phận một cửa và đăng trên cổng thông tin điện tử",
            step: "notification", duration: rng.int(1...2), after: ["cong-bo"])
        addReports()
        return tasks
    }

    /// Progress reports on fixed dates (Directive 02 §7), independent of the chain.
    mutating func addReports() {
        let dates = [(2019, 6, 20, "6 tháng đầu năm 2019"), (2019, 12, 16, "năm 2019"), (2020, 6, 15, "6 tháng đầu năm 2020")]
        for (i, d) in dates.enumerated() {
            var t = TaskSpec(id: "bao-cao-\(i + 1)", title: "Báo cáo tiến độ chuyển đổi " + d.3, step: "report",
                             duration: rng.int(2...5))
            t.fixedStart = CalendarDate(year: d.0, month: d.1, day: d.2)
            tasks.append(t)
        }
    }
}

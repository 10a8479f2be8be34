/// How a migration step is worded for a conversion and for a new build, and the task id
/// `isoplan init` gives it. Steps not listed here fall back to the catalog's title and id.
enum StepWording {
    struct Entry {
        let taskID: String
        let conversion: BilingualText
        let newBuild: BilingualText?
    }

    static let entries: [String: Entry] = [
        "steering-committee": Entry(
            taskID: "ban-chi-dao",
            conversion: BilingualText(vi: "Kiện toàn Ban chỉ đạo ISO và Tổ giúp việc",
                                      en: "Refresh the ISO steering committee and working group"),
            newBuild: BilingualText(vi: "Thành lập Ban chỉ đạo ISO và Tổ giúp việc",
                                    en: "Set up the ISO steering committee and working group")),
        "training": Entry(
            taskID: "dao-tao",
            conversion: BilingualText(vi: "Đào tạo chuyển đổi sang TCVN ISO 9001:2015 và đánh giá viên nội bộ",
                                      en: "Transition training on TCVN ISO 9001:2015 and internal auditors"),
            newBuild: BilingualText(vi: "Đào tạo TCVN ISO 9001:2015 và đánh giá viên nội bộ",
                                    en: "Training on TCVN ISO 9001:2015 and internal auditors")),
        "gap-analysis": Entry(
            taskID: "khao-sat",
            conversion: BilingualText(vi: "Khảo sát, đánh giá hệ thống theo TCVN ISO 9001:2008 so với TCVN ISO 9001:2015",
                                      en: "Gap analysis of the 2008 system against TCVN ISO 9001:2015"),
            newBuild: BilingualText(vi: "Khảo sát thực trạng giải quyết thủ tục hành chính",
                                    en: "Survey how administrative procedures are handled today")),
        "documentation": Entry(
            taskID: "tai-lieu",
            conversion: BilingualText(vi: "Cập nhật hệ thống tài liệu theo TCVN ISO 9001:2015",
                                      en: "Update the documented information to TCVN ISO 9001:2015"),
            newBuild: BilingualText(vi: "Xây dựng hệ thống tài liệu theo TCVN ISO 9001:2015",
                                    en: "Build the documented information to TCVN ISO 9001:2015")),
        "apply": Entry(
            taskID: "ap-dung",
            conversion: BilingualText(vi: "Áp dụng hệ thống quản lý chất lượng đã cập nhật",
                                      en: "Apply the updated quality management system"),
            newBuild: BilingualText(vi: "Áp dụng hệ thống quản lý chất lượng",
                                    en: "Apply the quality management system")),
        "internal-audit": Entry(
            taskID: "danh-gia-noi-bo",
            conversion: BilingualText(vi: "Đánh giá nội bộ theo TCVN ISO 9001:2015",
                                      en: "Internal audit against TCVN ISO 9001:2015"),
            newBuild: nil),
        "corrective-action": Entry(
            taskID: "khac-phuc",
            conversion: BilingualText(vi: "Hành động khắc phục sau đánh giá nội bộ",
                                      en: "Corrective action after the internal audit"),
            newBuild: nil),
        "management-review": Entry(
            taskID: "xem-xet", conversion: BilingualText(vi: "Xem xét của lãnh đạo", en: "Management review"),
            newBuild: nil),
        "announcement": Entry(
            taskID: "cong-bo",
            conversion: BilingualText(vi: "Công bố hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015",
                                      en: "Announce conformity with TCVN ISO 9001:2015"),
            newBuild: nil),
        "notification": Entry(
            taskID: "thong-bao",
            conversion: BilingualText(vi: "Thông báo và niêm yết Quyết định công bố",
                                      en: "Notify and publish the announcement"),
            newBuild: nil),
        "report": Entry(
            taskID: "bao-cao",
            conversion: BilingualText(vi: "Báo cáo Bộ kết quả chuyển đổi",
                                      en: "Report the conversion to the ministry"),
            newBuild: BilingualText(vi: "Báo cáo Bộ kết quả xây dựng, áp dụng hệ thống",
                                    en: "Report the new system to the ministry")),
    ]

    /// The step's title for the scenario.
    static func title(of step: Catalog.Step, _ scenario: Catalog.Scenario) -> BilingualText {
        guard let entry = entries[step.id] else { return step.title }
        return scenario == .newBuild ? entry.newBuild ?? entry.conversion : entry.conversion
    }

    /// The id `isoplan init` gives the step's task (a Vietnamese slug, e.g. `ban-chi-dao`).
    static func taskID(of step: Catalog.Step) -> String {
        entries[step.id]?.taskID ?? step.id
    }
}

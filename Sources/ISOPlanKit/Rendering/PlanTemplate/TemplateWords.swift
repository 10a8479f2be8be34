/// The guiding comments of a plan written by `isoplan init`, in one language.
struct TemplateWords {
    let language: Language
    let scenario: Catalog.Scenario

    private func pick(_ vi: String, _ en: String) -> String { language.pick(vi: vi, en: en) }

    var header: [String] {
        let what = scenario == .conversion
            ? pick("Kế hoạch chuyển đổi HTQLCL từ TCVN ISO 9001:2008 sang TCVN ISO 9001:2015",
                   "Plan to convert the QMS from TCVN ISO 9001:2008 to TCVN ISO 9001:2015")
            : pick("Kế hoạch xây dựng mới HTQLCL theo TCVN ISO 9001:2015",
                   "Plan to build a new QMS to TCVN ISO 9001:2015")
        return ["# \(what), " + pick("tạo bằng `isoplan init`.", "created by `isoplan init`."),
                "# " + pick("Định dạng: docs/plan-format.md. Sau mỗi lần sửa, chạy `isoplan check` trên tệp này.",
                            "Format: docs/plan-format.md. After each edit, run `isoplan check` on this file.")]
    }

    var nameEn: String { pick("tên tiếng Anh (không bắt buộc)", "English name (optional)") }
    var announced: String { pick("ngày công bố theo TCVN ISO 9001:2008", "date of the 2008 announcement") }
    var procedures: String {
        pick("số thủ tục hành chính thuộc phạm vi: hãy cập nhật", "administrative procedures in scope: fill in")
    }
    var qualityManual: String {
        pick("có sổ tay chất lượng? (2015 không bắt buộc)", "2008 quality manual? (not required in 2015)")
    }
    var managementRepresentative: String {
        pick("có đại diện lãnh đạo? (2015 không bắt buộc)", "management representative? (not in 2015)")
    }
    var deadline: String {
        pick("thời hạn riêng; mặc định 31/12/2020", "own deadline; default 2020-12-31")
    }
    var statusDate: String {
        pick("ngày cập nhật tiến độ: đổi khi cập nhật progress", "status date: change it with progress")
    }

    var notApplicable: [String] {
        [pick("# Điều khoản không áp dụng, kèm lý do (TCVN ISO 9001:2015, mục 4.3), ví dụ:",
              "# Clauses that do not apply, with the reason (TCVN ISO 9001:2015, 4.3), e.g.:"),
         "# not_applicable:",
         "#   - clause: \"8.3\"",
         "#     reason: " + pick("Cơ quan không thiết kế, phát triển sản phẩm, dịch vụ.",
                                 "The agency does not design or develop products and services.")]
    }

    var tasks: [String] {
        let kind = scenario == .conversion ? pick("chuyển đổi", "a conversion") : pick("xây dựng mới", "a new build")
        return [
            "  # " + pick("Mỗi bước một công việc; duration là số ngày làm việc điển hình khi \(kind).",
                          "One task per step; duration is the typical number of working days for \(kind)."),
            "  # " + pick("Có thể tách một bước thành nhiều công việc (cùng step), thêm owner, đổi duration.",
                          "Split a step into several tasks (same step), add an owner, change durations."),
            "  # " + pick("Cập nhật progress (0-100); khi xong: progress: 100 và done_on: YYYY-MM-DD.",
                          "Update progress (0-100); when finished: progress: 100 and done_on: YYYY-MM-DD."),
        ]
    }
}

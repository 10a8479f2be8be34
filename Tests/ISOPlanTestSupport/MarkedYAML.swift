@testable import ISOPlanKit

/// YAML text with a `⟪!⟫` marker where a diagnostic is expected; the marker is removed.
struct MarkedYAML {
    let text: String
    let line: Int
    let column: Int

    init(_ marked: String) {
        var line = 1, column = 1, found = (0, 0)
        var out = ""
        var rest = Substring(marked)
        while !rest.isEmpty {
            if rest.hasPrefix("⟪!⟫") {
                found = (line, column)
                rest = rest.dropFirst(3)
                continue
            }
            let c = rest.removeFirst()
            out.append(c)
            if c == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        text = out
        (self.line, self.column) = found
    }
}

/// A complete, valid plan; tests change one part of it.
enum SamplePlan {
    static let header = """
    version: 1
    agency:
      id: cuc-viec-lam
      name: Cục Việc làm
      type: ministry-unit
    baseline:
      standard: TCVN ISO 9001:2008
      announced: 2016-05-12
      procedures_in_scope: 42
    start: 2019-03-04
    status_date: 2019-09-30
    target: {standard: TCVN ISO 9001:2015}

    """

    static let tasks = """
    tasks:
      - {id: bcd, title: Kiện toàn Ban chỉ đạo ISO, step: steering-committee, duration: 5, progress: 100, done_on: 2019-03-08}
      - {id: dao-tao, title: Đào tạo, step: training, duration: 2w, after: [bcd], progress: 100, done_on: 2019-03-22}
      - {id: danh-gia, title: Khảo sát, step: gap-analysis, duration: 10, after: [dao-tao], progress: 50}
      - {id: tai-lieu, title: Tài liệu, step: documentation, duration: 30, after: [danh-gia]}
      - {id: ap-dung, title: Áp dụng, step: apply, duration: 60, after: [tai-lieu]}
      - {id: dgnb, title: Đánh giá nội bộ, step: internal-audit, duration: 5, after: [ap-dung]}
      - {id: xxlđ, title: Xem xét, step: management-review, duration: 2, after: [dgnb]}
      - {id: cong-bo, title: Công bố, step: announcement, duration: 0, after: [xxld]}
      - {id: thong-bao, title: Thông báo, step: notification, duration: 3, after: [cong-bo]}

    """

    static var valid: String { header + tasks.replacingOccurrences(of: "xxlđ", with: "xxld") }

    static func load(_ text: String, file: String = "plan.yaml") -> PlanFile {
        PlanLoader.loadPlan(text, file: file)
    }
}

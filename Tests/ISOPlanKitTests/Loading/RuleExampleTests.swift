import Testing
@testable import ISOPlanKit
@testable import ISOPlanTestSupport

/// One example per loading/validation rule: the marker `⟪!⟫` shows where the rule must fire.
@Suite struct RuleExampleTests {
    struct Example: CustomTestStringConvertible, Sendable {
        let rule: String
        let yaml: String
        var testDescription: String { rule }
    }

    static let h = SamplePlan.header
    static let t = SamplePlan.valid.replacingOccurrences(of: SamplePlan.header, with: "")

    static let examples: [Example] = [
        Example(rule: "unknown-key", yaml: h.replacingOccurrences(of: "  type:", with: "  ⟪!⟫typo: x\n  type:") + t),
        Example(rule: "duplicate-key", yaml: h.replacingOccurrences(of: "status_date: 2019-09-30\n", with: "status_date: 2019-09-30\n⟪!⟫status_date: 2019-09-01\n") + t),
        Example(rule: "missing-field", yaml: h.replacingOccurrences(of: "  name: Cục Việc làm\n", with: "").replacingOccurrences(of: "  id: cuc", with: "  ⟪!⟫id: cuc") + t),
        Example(rule: "invalid-date", yaml: h.replacingOccurrences(of: "start: 2019-03-04", with: "start: ⟪!⟫2019-13-04") + t),
        Example(rule: "date-out-of-range", yaml: h.replacingOccurrences(of: "start: 2019-03-04", with: "start: ⟪!⟫1899-03-04") + t),
        Example(rule: "invalid-id", yaml: h.replacingOccurrences(of: "id: cuc-viec-lam", with: "id: ⟪!⟫Cuc_Viec_Lam") + t),
        Example(rule: "invalid-value", yaml: h.replacingOccurrences(of: "type: ministry-unit", with: "type: ⟪!⟫ministry-unt") + t),
        Example(rule: "invalid-duration", yaml: h + t.replacingOccurrences(of: "duration: 60", with: "duration: ⟪!⟫60x")),
        Example(rule: "unsupported-version", yaml: "version: ⟪!⟫2" + h.dropFirst(10) + t),
        Example(rule: "unknown-step", yaml: h + t.replacingOccurrences(of: "step: apply", with: "step: ⟪!⟫aply")),
        Example(rule: "duplicate-task-id", yaml: h + t.replacingOccurrences(of: "{id: dgnb", with: "{id: ⟪!⟫ap-dung")),
        Example(rule: "unknown-predecessor", yaml: h + t.replacingOccurrences(of: "after: [ap-dung]", with: "after: [⟪!⟫ap-dug]")),
        Example(rule: "duration-and-end", yaml: h + t.replacingOccurrences(of: "duration: 3, after: [cong-bo]", with: "duration: 3, end: ⟪!⟫2020-01-10, after: [cong-bo]")),
        Example(rule: "missing-duration", yaml: h + t.replacingOccurrences(of: "{id: dgnb, title: Đánh giá nội bộ, step: internal-audit, duration: 5,", with: "{id: ⟪!⟫dgnb, title: Đánh giá nội bộ, step: internal-audit,")),
        Example(rule: "missing-start", yaml: h.replacingOccurrences(of: "start: 2019-03-04\n", with: "") + t.replacingOccurrences(of: "{id: bcd,", with: "{id: ⟪!⟫bcd,")),
        Example(rule: "end-before-start", yaml: h + t.replacingOccurrences(of: "{id: bcd, title: Kiện toàn Ban chỉ đạo ISO, step: steering-committee, duration: 5,", with: "{id: bcd, title: Kiện toàn Ban chỉ đạo ISO, step: steering-committee, start: 2019-03-04, end: ⟪!⟫2019-03-01,")),
        Example(rule: "progress-out-of-range", yaml: h + t.replacingOccurrences(of: "progress: 50", with: "progress: ⟪!⟫150")),
        Example(rule: "done-on-incomplete", yaml: h + t.replacingOccurrences(of: "progress: 50}", with: "progress: 50, done_on: ⟪!⟫2019-09-01}")),
        Example(rule: "done-on-after-status-date", yaml: h + t.replacingOccurrences(of: "done_on: 2019-03-22", with: "done_on: ⟪!⟫2019-10-22")),
        Example(rule: "missing-step", yaml: h + t.replacingOccurrences(of: "  - {id: bcd", with: "  - ⟪!⟫{id: bcd").replacingOccurrences(of: ", step: notification", with: "")),
        Example(rule: "unknown-clause", yaml: h + t.replacingOccurrences(of: "step: apply,", with: "step: apply, clauses: [\"8.5\", ⟪!⟫\"8.55\"],")),
        Example(rule: "not-applicable-clause", yaml: h + "not_applicable:\n  - {clause: ⟪!⟫\"9.2\", reason: Không đánh giá}\n" + t),
        Example(rule: "no-tasks", yaml: h + "tasks: ⟪!⟫[]\n"),
        Example(rule: "not-a-mapping", yaml: "⟪!⟫- version: 1\n"),
        Example(rule: "yaml-syntax", yaml: "version: 1\nagency:\n⟪!⟫\tid: x\n"),
        Example(rule: "yaml-alias", yaml: "version: &v 1\nagency: ⟪!⟫*v\n"),
        Example(rule: "yaml-multiple-documents", yaml: SamplePlan.valid + "⟪!⟫---\nversion: 1\n"),
        Example(rule: "empty-file", yaml: "⟪!⟫"),
    ]

    @Test(arguments: examples)
    func ruleFiresExactlyAtTheMarker(_ e: Example) throws {
        let m = MarkedYAML(e.yaml)
        let d = SamplePlan.load(m.text).diagnostics
        let hits = d.filter { $0.rule.raw == e.rule }
        let hit = try #require(hits.first, "\(e.rule) did not fire; got \(d.map { "\($0.rule):\($0.location?.line ?? 0)" })")
        #expect(hit.location?.line == m.line && hit.location?.column == m.column,
                "\(e.rule) at \(hit.location?.description ?? "-"), expected \(m.line):\(m.column)")
        #expect(RuleCatalog.info(hit.rule) != nil)
        #expect(hit.severity == RuleCatalog.info(hit.rule)?.severity)
    }
}

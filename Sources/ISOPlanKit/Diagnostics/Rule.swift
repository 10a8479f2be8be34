import Foundation

/// One rule of `isoplan check`: its stable id, default severity, a one-line summary in
/// both languages, and two examples — YAML that makes it fire (at each `⟪!⟫` marker: a rule
/// across files fires in each file it marks) and YAML that does not. The examples are shown by `isoplan rules` and docs/diagnostics.md,
/// and a test runs each one.
public struct Rule: Sendable, Hashable {
    public let id: RuleID
    public let severity: Diagnostic.Severity
    public let summary: BilingualText
    /// Input on which the rule fires, exactly at the markers.
    let triggering: RuleExample
    /// Similar input on which the rule stays quiet.
    let passing: RuleExample

    init(_ id: String, _ severity: Diagnostic.Severity, en: String, vi: String,
         triggering: RuleExample, passing: RuleExample) {
        self.id = RuleID(id)
        self.severity = severity
        self.summary = BilingualText(vi: vi, en: en)
        self.triggering = triggering
        self.passing = passing
    }
}

/// Input files for a rule example, with a `⟪!⟫` marker at each place the rule fires.
struct RuleExample: Sendable, Hashable {
    /// The marker written in example YAML where the diagnostic is expected.
    static let marker = "⟪!⟫"

    /// One file of an example.
    struct File: Sendable, Hashable {
        var path: String
        /// The text; nil for a path that does not exist.
        var text: String?
        /// A line appended `times` times after `text` (examples that need a large file).
        var repeatedLine: String
        var times: Int
        /// Text after the repeated lines.
        var tail: String

        init(_ path: String, _ text: String?, repeating line: String = "", times: Int = 0, tail: String = "") {
            self.path = path
            self.text = text
            self.repeatedLine = line
            self.times = times
            self.tail = tail
        }

        /// The whole text, marker included.
        var fullText: String? {
            text.map { $0 + String(repeating: repeatedLine + "\n", count: times) + tail }
        }
    }

    var files: [File]
    /// The evaluation date the example is checked at (rules that depend on it).
    var asOf: CalendarDate?

    /// The evaluation date of examples that give none: soon after the sample's status date.
    static let defaultAsOf = CalendarDate(year: 2019, month: 5, day: 2)!

    init(files: [File], asOf: String? = nil) {
        self.files = files
        self.asOf = asOf.flatMap { CalendarDate(iso: $0) }
    }

    /// An example of one agency plan file, `plan.yaml`.
    static func plan(_ text: String, asOf: String? = nil) -> RuleExample {
        RuleExample(files: [File("plan.yaml", text)], asOf: asOf)
    }

    /// An example of the sample plan with one text replaced by another.
    static func sample(_ old: String, _ new: String, asOf: String? = nil) -> RuleExample {
        plan(samplePlan().replacingOccurrences(of: old, with: new), asOf: asOf)
    }

    /// A short valid plan, the base of most examples; `tasks` replaces its task list and
    /// `header` is inserted before `status_date`.
    static func samplePlan(header: String = "", tasks: String = sampleTasks, status: String = "2019-04-30") -> String {
        """
        version: 1
        agency: {id: cuc-viec-lam, name: Cục Việc làm, type: ministry-unit}
        baseline: {standard: none, procedures_in_scope: 12}
        target: {standard: TCVN ISO 9001:2015}
        start: 2019-03-04
        \(header)status_date: \(status)
        tasks:
        \(tasks)

        """
    }

    /// Tasks covering every required step (so `missing-step` stays quiet).
    static let sampleTasks = """
          - {id: bcd, title: Ban chỉ đạo, step: steering-committee, duration: 5, progress: 100, done_on: 2019-03-08}
          - {id: dao-tao, title: Đào tạo, step: training, duration: 2w, after: [bcd], progress: 100, done_on: 2019-03-22}
          - {id: khao-sat, title: Khảo sát, step: gap-analysis, duration: 10, after: [dao-tao], progress: 100, done_on: 2019-04-05}
          - {id: tai-lieu, title: Tài liệu, step: documentation, duration: 30, after: [khao-sat], progress: 50}
          - {id: ap-dung, title: Áp dụng, step: apply, duration: 60, after: [tai-lieu]}
          - {id: dgnb, title: Đánh giá nội bộ, step: internal-audit, duration: 5, after: [ap-dung]}
          - {id: xem-xet, title: Xem xét của lãnh đạo, step: management-review, duration: 2, after: [dgnb]}
          - {id: cong-bo, title: Công bố, step: announcement, duration: 0, after: [xem-xet]}
          - {id: thong-bao, title: Thông báo, step: notification, duration: 3, after: [cong-bo]}
        """

    /// The example with one text replaced by another in every file.
    func replacing(_ old: String, _ new: String) -> RuleExample {
        var e = self
        for i in e.files.indices { e.files[i].text = e.files[i].text?.replacingOccurrences(of: old, with: new) }
        return e
    }

    /// `samplePlan` with one text replaced by another in its tasks.
    static func sampleTasks(replacing old: String, with new: String) -> String {
        sampleTasks.replacingOccurrences(of: old, with: new)
    }
}

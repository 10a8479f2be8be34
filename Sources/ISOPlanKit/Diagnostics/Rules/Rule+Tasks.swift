/// Rules about a plan's tasks: their ids, links, dates, progress and steps.
extension Rule {
    public static let unknownStep = Rule(
        "unknown-step", .error,
        en: "A task names a migration step that is not in the catalog.",
        vi: "Một công việc ghi bước chuyển đổi không có trong danh mục.",
        triggering: .sample("step: apply", "step: ⟪!⟫aply"),
        passing: .plan(RuleExample.samplePlan()))

    public static let noTasks = Rule(
        "no-tasks", .error,
        en: "A plan must list at least one task.",
        vi: "Kế hoạch phải có ít nhất một công việc.",
        triggering: .plan(RuleExample.samplePlan(tasks: "").replacingOccurrences(of: "tasks:\n", with: "tasks: ⟪!⟫[]\n")),
        passing: .plan(RuleExample.samplePlan()))

    public static let duplicateTaskID = Rule(
        "duplicate-task-id", .error,
        en: "Two tasks of a plan share an id.",
        vi: "Hai công việc trong một kế hoạch trùng mã.",
        triggering: .sample("{id: dgnb", "{id: ⟪!⟫ap-dung"),
        passing: .plan(RuleExample.samplePlan()))

    public static let unknownPredecessor = Rule(
        "unknown-predecessor", .error,
        en: "`after` names a task that does not exist in the plan.",
        vi: "`after` ghi một công việc không có trong kế hoạch.",
        triggering: .sample("after: [ap-dung]", "after: [⟪!⟫ap-dug]"),
        passing: .plan(RuleExample.samplePlan()))

    public static let dependencyCycle = Rule(
        "dependency-cycle", .error,
        en: "Tasks depend on each other in a cycle.",
        vi: "Các công việc phụ thuộc lẫn nhau thành vòng.",
        triggering: .sample("step: steering-committee, duration: 5,", "step: steering-committee, duration: 5, after: [⟪!⟫dgnb],"),
        passing: .plan(RuleExample.samplePlan()))

    public static let durationAndEnd = Rule(
        "duration-and-end", .error,
        en: "A task gives both `duration` and `end`.",
        vi: "Một công việc ghi cả `duration` lẫn `end`.",
        triggering: .sample("duration: 3, after: [cong-bo]", "duration: 3, end: ⟪!⟫2019-12-31, after: [cong-bo]"),
        passing: .plan(RuleExample.samplePlan()))

    public static let missingDuration = Rule(
        "missing-duration", .error,
        en: "A task gives neither `duration` nor `end`.",
        vi: "Một công việc không ghi `duration` và cũng không ghi `end`.",
        triggering: .sample("{id: dgnb, title: Đánh giá nội bộ, step: internal-audit, duration: 5,",
                            "{id: ⟪!⟫dgnb, title: Đánh giá nội bộ, step: internal-audit,"),
        passing: .plan(RuleExample.samplePlan()))

    public static let missingStart = Rule(
        "missing-start", .error,
        en: "A task has no start, no predecessor and the plan has no `start`.",
        vi: "Một công việc không có ngày bắt đầu, không có việc trước, và kế hoạch không có `start`.",
        triggering: .sample("start: 2019-03-04\n", "").replacing("{id: bcd", "{id: ⟪!⟫bcd"),
        passing: .plan(RuleExample.samplePlan()))

    public static let endBeforeStart = Rule(
        "end-before-start", .error,
        en: "A task's `end` is before its start.",
        vi: "Ngày `end` của một công việc trước ngày bắt đầu của nó.",
        triggering: .sample("steering-committee, duration: 5,", "steering-committee, start: 2019-03-04, end: ⟪!⟫2019-03-01,"),
        passing: .sample("steering-committee, duration: 5,", "steering-committee, start: 2019-03-04, end: 2019-03-08,"))

    public static let progressOutOfRange = Rule(
        "progress-out-of-range", .error,
        en: "Progress must be between 0 and 100.",
        vi: "Tiến độ phải từ 0 đến 100.",
        triggering: .sample("progress: 50", "progress: ⟪!⟫150"),
        passing: .plan(RuleExample.samplePlan()))

    public static let doneOnIncomplete = Rule(
        "done-on-incomplete", .error,
        en: "`done_on` is set on a task below 100%.",
        vi: "Có `done_on` ở một công việc chưa đạt 100 %.",
        triggering: .sample("progress: 50}", "progress: 50, done_on: ⟪!⟫2019-04-26}"),
        passing: .sample("progress: 50}", "progress: 100, done_on: 2019-04-26}"))

    public static let doneOnAfterStatusDate = Rule(
        "done-on-after-status-date", .error,
        en: "`done_on` is later than the plan's status date.",
        vi: "`done_on` muộn hơn ngày cập nhật tình trạng của kế hoạch.",
        triggering: .sample("done_on: 2019-04-05", "done_on: ⟪!⟫2019-05-06"),
        passing: .plan(RuleExample.samplePlan()))

    public static let missingStep = Rule(
        "missing-step", .warning,
        en: "No task covers a required migration step.",
        vi: "Không có công việc nào cho một bước chuyển đổi bắt buộc.",
        triggering: .sample(", step: notification", "").replacing("  - {id: bcd", "  - ⟪!⟫{id: bcd"),
        passing: .plan(RuleExample.samplePlan()))
}

extension Diagnostic {
    static func unknownStep(_ text: String, at: SourceLocation) -> Diagnostic {
        let all = StepID.allCases.map(\.rawValue)
        let hint = Suggestion.hint(text, all)
        let list = all.joined(separator: ", ")
        return Diagnostic(.unknownStep, .en("unknown migration step '\(text)'", vi: "không có bước chuyển đổi nào tên '\(text)'")
                          + (hint.en.isEmpty ? .en("; steps: \(list)", vi: "; các bước: \(list)") : hint), at: at)
    }

    static func noTasks(at: SourceLocation) -> Diagnostic {
        Diagnostic(.noTasks, .en("the plan has no tasks; add one task per migration step "
                                 + "(isoplan init writes a complete plan)",
                                 vi: "kế hoạch chưa có công việc nào; hãy thêm mỗi bước chuyển đổi một công việc "
                                 + "(isoplan init tạo sẵn một kế hoạch đầy đủ)"),
                   at: at)
    }

    static func duplicateTaskID(_ id: String, at: SourceLocation, first: SourceLocation) -> Diagnostic {
        Diagnostic(.duplicateTaskID, .en("task id '\(id)' is already used at line \(first.line); give each task "
                                         + "its own id",
                                         vi: "mã công việc '\(id)' đã được dùng ở dòng \(first.line); hãy đặt cho "
                                         + "mỗi công việc một mã riêng"),
                   at: at, notes: [Note(.en("first '\(id)' is here", vi: "'\(id)' đầu tiên ở đây"), at: first)])
    }

    static func unknownPredecessor(task: String, after: String, hint: BilingualText, at: SourceLocation) -> Diagnostic {
        Diagnostic(.unknownPredecessor, .en("task '\(task)' comes after '\(after)', which is not a task of this plan",
                                            vi: "công việc '\(task)' làm sau '\(after)', nhưng kế hoạch không có "
                                            + "công việc này") + hint,
                   at: at)
    }

    static func dependencyCycle(_ path: String, at: SourceLocation) -> Diagnostic {
        Diagnostic(.dependencyCycle, .en("dependency cycle \(path); remove one of these 'after' links",
                                         vi: "vòng phụ thuộc \(path); hãy bỏ một trong các liên kết 'after' này"),
                   at: at)
    }

    static func durationAndEnd(task: String, at: SourceLocation) -> Diagnostic {
        Diagnostic(.durationAndEnd, .en("task '\(task)' gives both 'duration' and 'end'; keep one",
                                        vi: "công việc '\(task)' ghi cả 'duration' lẫn 'end'; hãy giữ một"),
                   at: at)
    }

    static func missingDuration(task: String, at: SourceLocation) -> Diagnostic {
        Diagnostic(.missingDuration, .en("task '\(task)' has neither 'duration' nor 'end'; add "
                                         + "'duration: 5' (working days) or 'end: YYYY-MM-DD'",
                                         vi: "công việc '\(task)' không có 'duration' và cũng không có 'end'; hãy thêm "
                                         + "'duration: 5' (ngày làm việc) hoặc 'end: YYYY-MM-DD'"),
                   at: at)
    }

    static func missingStart(task: String, at: SourceLocation) -> Diagnostic {
        Diagnostic(.missingStart, .en("task '\(task)' has no 'start' and no 'after', and the plan has no 'start'; "
                                      + "give the task a start date or a predecessor",
                                      vi: "công việc '\(task)' không có 'start' và 'after', kế hoạch cũng không có "
                                      + "'start'; hãy ghi ngày bắt đầu hoặc công việc làm trước"),
                   at: at)
    }

    static func endBeforeStart(task: String, end: CalendarDate, start: CalendarDate, at: SourceLocation) -> Diagnostic {
        Diagnostic(.endBeforeStart, .en("task '\(task)' ends on \(end.iso), before its start \(start.iso); "
                                        + "correct one of the dates",
                                        vi: "công việc '\(task)' kết thúc ngày \(end.iso), trước ngày bắt đầu "
                                        + "\(start.iso); hãy sửa một trong hai ngày"),
                   at: at)
    }

    static func progressOutOfRange(_ value: Int, at: SourceLocation) -> Diagnostic {
        Diagnostic(.progressOutOfRange, .en("progress is \(value); give a percentage from 0 to 100",
                                            vi: "tiến độ là \(value); hãy ghi phần trăm từ 0 đến 100"),
                   at: at)
    }

    static func doneOnIncomplete(task: String, progress: Int, at: SourceLocation) -> Diagnostic {
        Diagnostic(.doneOnIncomplete, .en("task '\(task)' has 'done_on' but progress \(progress)%; set progress "
                                          + "to 100 or remove 'done_on'",
                                          vi: "công việc '\(task)' có 'done_on' nhưng tiến độ mới \(progress) %; hãy "
                                          + "ghi tiến độ 100 hoặc xóa 'done_on'"),
                   at: at)
    }

    static func doneOnAfterStatusDate(task: String, done: CalendarDate, status: CalendarDate,
                                      at: SourceLocation) -> Diagnostic {
        Diagnostic(.doneOnAfterStatusDate, .en("task '\(task)' was done on \(done.iso), after the status date "
                                               + "\(status.iso); a plan cannot report the future — move "
                                               + "'status_date' forward or correct 'done_on'",
                                               vi: "công việc '\(task)' xong ngày \(done.iso), sau ngày cập nhật "
                                               + "\(status.iso); kế hoạch không thể báo cáo điều chưa xảy ra — hãy "
                                               + "dời 'status_date' về sau ngày đó hoặc sửa 'done_on'"),
                   at: at)
    }

    static func missingStep(_ step: StepID, at: SourceLocation) -> Diagnostic {
        Diagnostic(.missingStep, wording: .missingStep(step), at: at)
    }
}

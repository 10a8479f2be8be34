/// The words of a diagnostic: its text in both languages, or — for the rules that fire most
/// on a large portfolio — the facts it is worded from, in the one language asked for, when a
/// renderer asks. A run writes its messages in one language, so the other is never made.
enum Wording: Hashable, Sendable {
    /// The message written out in both languages.
    case text(BilingualText)
    /// `overdue-task`: a task planned to end before the status date and not complete.
    case overdueTask(task: String, plannedEnd: CalendarDate, status: CalendarDate, progress: Int)
    /// `missing-step`: no task covers a required step.
    case missingStep(StepID)

    /// The message in both languages.
    var text: BilingualText {
        if case .text(let t) = self { return t }
        return BilingualText(vi: message(in: .vi), en: message(in: .en))
    }

    /// The UTF-8 of `message(in: language)`, appended to `out`; the overdue-task message,
    /// most of a large portfolio's, is written piece by piece with no `String` made.
    func writeMessage(in language: Language, into out: inout [UInt8]) {
        guard case let .overdueTask(task, plannedEnd, status, progress) = self else {
            ByteText.append(message(in: language), to: &out)
            return
        }
        switch language {
        case .en:
            ByteText.literal("task '", to: &out); ByteText.append(task, to: &out)
            ByteText.literal("' was planned to end on ", to: &out); ByteText.iso(plannedEnd, into: &out)
            ByteText.literal(", before the status date ", to: &out); ByteText.iso(status, into: &out)
            ByteText.literal(", but is ", to: &out); ByteText.int(progress, into: &out)
            ByteText.literal("% done; update its progress or re-plan it", to: &out)
        case .vi:
            ByteText.literal("công việc '", to: &out); ByteText.append(task, to: &out)
            ByteText.literal("' dự kiến xong ngày ", to: &out); ByteText.iso(plannedEnd, into: &out)
            ByteText.literal(", trước ngày cập nhật ", to: &out); ByteText.iso(status, into: &out)
            ByteText.literal(", nhưng mới đạt ", to: &out); ByteText.int(progress, into: &out)
            ByteText.literal(" %; hãy cập nhật tiến độ hoặc lập lại kế hoạch", to: &out)
        }
    }

    /// The message in `language`.
    func message(in language: Language) -> String {
        switch self {
        case .text(let t):
            return language.pick(t)
        case let .overdueTask(task, plannedEnd, status, progress):
            let end = plannedEnd.iso, status = status.iso, done = String(progress)
            var s = ""
            switch language {
            case .en:
                s.reserveCapacity(task.utf8.count + 124)
                s += "task '"; s += task; s += "' was planned to end on "; s += end
                s += ", before the status date "; s += status; s += ", but is "; s += done
                s += "% done; update its progress or re-plan it"
            case .vi:
                s.reserveCapacity(task.utf8.count + 150)
                s += "công việc '"; s += task; s += "' dự kiến xong ngày "; s += end
                s += ", trước ngày cập nhật "; s += status; s += ", nhưng mới đạt "; s += done
                s += " %; hãy cập nhật tiến độ hoặc lập lại kế hoạch"
            }
            return s
        case .missingStep(let step):
            let id = step.rawValue
            switch language {
            case .en: return "no task covers the required step '\(id)'; add a task with 'step: \(id)'"
            case .vi: return "chưa có công việc nào cho bước bắt buộc '\(id)'; hãy thêm một công việc có 'step: \(id)'"
            }
        }
    }
}

import Testing
@testable import ISOPlanKit

/// Diagnostics worded from their facts say exactly what the eagerly made text said, in both
/// languages, and compare and hash like it; the faster helpers of the text renderers give
/// what the plain versions give.
@Suite struct LazyWordingTests {
    static let at = SourceLocation(file: "a.yaml", line: 3, column: 7)

    /// The text as the rule made it before it was worded on demand.
    static func eagerOverdue(_ task: String, _ end: CalendarDate, _ status: CalendarDate, _ progress: Int) -> BilingualText {
        .en("task '\(task)' was planned to end on \(end.iso), before the status date "
            + "\(status.iso), but is \(progress)% done; update its progress or re-plan it",
            vi: "công việc '\(task)' dự kiến xong ngày \(end.iso), trước ngày cập nhật "
            + "\(status.iso), nhưng mới đạt \(progress) %; hãy cập nhật tiến độ hoặc lập "
            + "lại kế hoạch")
    }

    @Test func overdueTaskWordsAsBefore() {
        let end = CalendarDate(iso: "2019-08-30")!, status = CalendarDate(iso: "2019-09-20")!
        for (task, progress) in [("t", 0), ("quy-trinh-cap-giay-phep-lao-dong-123", 85), ("x", 100)] {
            let d = Diagnostic.overdueTask(task, plannedEnd: end, status: status, progress: progress, at: Self.at)
            let eager = Self.eagerOverdue(task, end, status, progress)
            #expect(d.message(in: .en) == eager.en)
            #expect(d.message(in: .vi) == eager.vi)
            #expect(d.message == eager.en)
            #expect(d.text == eager)
            let same = Diagnostic(.overdueTask, eager, at: Self.at)
            #expect(d == same)
            #expect(d.hashValue == same.hashValue)
            #expect(Set([d, same]).count == 1)
        }
    }

    @Test func missingStepWordsAsBefore() {
        for step in StepID.allCases {
            let d = Diagnostic.missingStep(step, at: Self.at)
            let id = step.rawValue
            #expect(d.message(in: .en) == "no task covers the required step '\(id)'; add a task with 'step: \(id)'")
            #expect(d.message(in: .vi)
                    == "chưa có công việc nào cho bước bắt buộc '\(id)'; hãy thêm một công việc có 'step: \(id)'")
            #expect(d == Diagnostic(.missingStep, d.text, at: Self.at))
        }
        let a = Diagnostic.missingStep(.training, at: Self.at), b = Diagnostic.missingStep(.apply, at: Self.at)
        #expect(a != b)
        #expect(Diagnostic.sortKey(b, a) == (b.message < a.message))
    }

    @Test func settingTheTextReplacesTheWording() {
        var d = Diagnostic.missingStep(.training, at: Self.at)
        d.text = .en("other", vi: "khác")
        #expect(d.message(in: .en) == "other")
        #expect(d.message(in: .vi) == "khác")
    }

    @Test func stepOrderIsItsPlaceInAllCases() {
        for (i, s) in StepID.allCases.enumerated() { #expect(s.order == i) }
    }

    @Test func vietnameseDateAsBefore() {
        for iso in ["1900-01-01", "2019-09-05", "2199-12-31", "2020-02-29"] {
            let d = CalendarDate(iso: iso)!
            let c = d.components
            #expect(d.vietnamese == CalendarDate.pad(c.day, 2) + "/" + CalendarDate.pad(c.month, 2) + "/"
                    + CalendarDate.pad(c.year, 4))
        }
    }

    /// Every step applied with `replace` on the whole name, as `fit` did before.
    static func referenceFit(_ name: String, width: Int) -> String {
        var current = name
        for (pattern, short) in AgencyNameShortener.steps where TextWidth.of(current) > width {
            current = AgencyNameShortener.replace(pattern, with: short, in: current)
        }
        return current
    }

    @Test func shortenerAsBefore() {
        let names = [
            "Sở Lao động - Thương binh và Xã hội tỉnh Quảng Nam",
            "Sở Lao động – Thương binh và Xã hội Thành phố Hồ Chí Minh",
            "Phòng Lao động — Thương binh và Xã hội  huyện   Đông Anh, TP Hà Nội",
            "Department of Labour, Invalids and Social Affairs of Ha Noi",
            "Provincial Department of Labour, Invalids and Social Affairs, Lao Cai",
            "Ministry of Labour, Invalids and Social Affairs",
            "Cục Việc làm", "", "   ", "tỉnh tỉnh TP tp", "LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI",
        ]
        for name in names {
            for width in [0, 10, 20, 30, 40, 200] {
                #expect(AgencyNameShortener.fit(name, width: width) == Self.referenceFit(name, width: width))
            }
        }
    }

    @Test func trailingSpacesTrimmedAsBefore() {
        func reference(_ s: String) -> String {
            var out = s
            while out.hasSuffix(" ") { out.removeLast() }
            return out
        }
        for s in ["", " ", "   ", "abc", "abc  ", "Hà Nội   ", "Huế  ", "a b c ", "x\u{301}  ", "\u{600} ", "đ \u{301} "] {
            #expect(TextTable.trimmingTrailingSpaces(s) == reference(s))
        }
    }

    /// The widths measured once give the layout measuring every cell gave.
    @Test func tableWidthsFollowTheRows() {
        var t = TextTable(columns: [.init("A", flex: 1, wrap: true), .init("B")], rows: [["ab", "c"], ["abcdef"]])
        #expect(t.cellWidths == [6, 1])
        t.rows = [["Hà Nội", "xyz"]]
        #expect(t.cellWidths == [6, 3])
        #expect(t.wraps(width: 8))
        #expect(!t.wraps(width: 40))
    }
}

import Foundation

/// Rules about the files given: reading them, their size, and what holds across files.
extension Rule {
    public static let unreadableFile = Rule(
        "unreadable-file", .error,
        en: "The file or folder could not be read.",
        vi: "Không đọc được tệp hoặc thư mục.",
        triggering: RuleExample(files: [.init("plans/khong-co.yaml", nil)]),
        passing: .plan(RuleExample.samplePlan()))

    public static let fileTooLarge = Rule(
        "file-too-large", .error,
        en: "The file is larger than the size limit for a plan.",
        vi: "Tệp lớn hơn giới hạn kích thước của một kế hoạch.",
        triggering: RuleExample(files: [.init("plan.yaml", "⟪!⟫version: 1\n",
                                              repeating: "# " + String(repeating: "x", count: 98), times: 10_500)]),
        passing: .plan(RuleExample.samplePlan()))

    public static let emptyFile = Rule(
        "empty-file", .error,
        en: "The file holds no YAML document.",
        vi: "Tệp không chứa tài liệu YAML nào.",
        triggering: .plan("⟪!⟫# kế hoạch sẽ viết sau\n"),
        passing: .plan(RuleExample.samplePlan()))

    public static let duplicatePortfolio = Rule(
        "duplicate-portfolio", .warning,
        en: "More than one portfolio file was given; the first is used.",
        vi: "Có nhiều hơn một tệp portfolio; chỉ tệp đầu tiên được dùng.",
        triggering: RuleExample(files: [.init("a/portfolio.yaml", "version: 1\n"),
                                        .init("b/portfolio.yaml", "⟪!⟫version: 1\n")]),
        passing: RuleExample(files: [.init("a/portfolio.yaml", "version: 1\n")]))

    public static let duplicateAgencyID = Rule(
        "duplicate-agency-id", .error,
        en: "Two plans of the portfolio share an agency id.",
        vi: "Hai kế hoạch trong portfolio dùng chung một mã cơ quan.",
        triggering: RuleExample(files: [.init("a.yaml", RuleExample.samplePlan()),
                                        .init("b.yaml", RuleExample.samplePlan())])
            .replacing("{id: cuc-viec-lam", "{id: ⟪!⟫cuc-viec-lam"),
        passing: RuleExample(files: [.init("a.yaml", RuleExample.samplePlan()),
                                     .init("b.yaml", RuleExample.samplePlan().replacingOccurrences(
                                         of: "{id: cuc-viec-lam", with: "{id: vu-phap-che"))]))

    public static let tooManyDiagnostics = Rule(
        "too-many-diagnostics", .error,
        en: "A file has more problems than are shown; the rest are counted.",
        vi: "Tệp có nhiều lỗi hơn số được hiển thị; phần còn lại chỉ được đếm.",
        triggering: RuleExample(files: [.init("plan.yaml", RuleExample.samplePlan(),
                                              repeating: "  - {id: bcd, title: Lặp lại, duration: 1}", times: 499,
                                              tail: "  - {id: ⟪!⟫bcd, title: Lặp lại, duration: 1}\n"
                                                + "  - {id: bcd, title: Lặp lại, duration: 1}\n")]),
        passing: RuleExample(files: [.init("plan.yaml", RuleExample.samplePlan(),
                                           repeating: "  - {id: bcd, title: Lặp lại, duration: 1}", times: 3)]))
}

extension Diagnostic {
    static func start(_ file: String) -> SourceLocation { SourceLocation(file: file, line: 1, column: 1) }

    /// The file or folder `file` could not be read; `reason` is the system's words.
    public static func unreadable(file: String, reason: String) -> Diagnostic {
        unreadable(file: file, reason: BilingualText(vi: systemReasonVi(reason), en: reason))
    }

    /// A system reason (strerror's words) in Vietnamese when it is a usual one, else as given.
    public static func systemReasonVi(_ reason: String) -> String { systemReasonsVi[reason] ?? reason }

    /// The system's usual reasons (strerror) in Vietnamese; others stay as the system says them.
    static let systemReasonsVi = [
        "Permission denied": "không có quyền đọc",
        "No such file or directory": "không có tệp hay thư mục này",
        "Is a directory": "đây là một thư mục",
        "Input/output error": "lỗi vào/ra",
        "Too many open files": "quá nhiều tệp đang mở",
        "Operation not permitted": "không được phép",
        "No such device or address": "không có thiết bị này",
    ]

    /// A path given does not exist.
    static func noSuchPath(_ file: String) -> Diagnostic {
        unreadable(file: file, reason: .en("no such file or folder", vi: "không có tệp hay thư mục này"))
    }

    /// A file given directly that is not a plan (`isoplan check README.md`).
    static func notAPlanFile(_ file: String) -> Diagnostic {
        unreadable(file: file, reason: .en("it is not a plan file (*.yaml or *.yml)",
                                           vi: "đây không phải tệp kế hoạch (*.yaml hay *.yml)"))
    }

    /// A folder that cannot be listed.
    static func unlistable(_ folder: String) -> Diagnostic {
        unreadable(file: folder, reason: .en("the folder cannot be listed", vi: "không liệt kê được thư mục"))
    }

    static func unreadable(file: String, reason: BilingualText) -> Diagnostic {
        Diagnostic(.unreadableFile, .en("cannot read '\(file)': \(reason.en); check the path and its permissions",
                                        vi: "không đọc được '\(file)': \(reason.vi); hãy kiểm tra đường dẫn và quyền truy cập"),
                   at: start(file))
    }

    static func fileTooLarge(file: String, size: Int, limit: Int) -> Diagnostic {
        Diagnostic(.fileTooLarge, .en("the file is \(size) bytes, over the \(limit)-byte limit for a plan; "
                                      + "split it into one file per agency",
                                      vi: "tệp có \(size) byte, vượt giới hạn \(limit) byte của một kế hoạch; "
                                      + "hãy tách thành mỗi cơ quan một tệp"),
                   at: start(file))
    }

    static func emptyFile(file: String) -> Diagnostic {
        Diagnostic(.emptyFile, .en("the file is empty; write a plan starting with 'version: 1'",
                                   vi: "tệp trống; hãy viết kế hoạch bắt đầu bằng dòng 'version: 1'"),
                   at: start(file))
    }

    static func duplicatePortfolio(_ extra: String, used: String) -> Diagnostic {
        Diagnostic(.duplicatePortfolio, .en("a second portfolio file; only '\(used)' is used — give one plans folder",
                                            vi: "tệp portfolio thứ hai; chỉ '\(used)' được dùng — hãy đưa vào một "
                                            + "thư mục kế hoạch"),
                   at: start(extra))
    }

    /// The same error at each plan that uses an agency id also used by another plan, naming
    /// every file that uses it, with a note at each of the others.
    static func duplicateAgencyID(_ uses: [Located<String>]) -> [Diagnostic] {
        let sorted = uses.sorted { ($0.at.file, $0.at.line, $0.at.column) < ($1.at.file, $1.at.line, $1.at.column) }
        guard let id = sorted.first?.value, sorted.count > 1 else { return [] }
        let places = sorted.map { "\($0.at.file):\($0.at.line)" }
        let en = places.dropLast().joined(separator: ", ") + " and " + places[places.count - 1]
        let vi = places.dropLast().joined(separator: ", ") + " và " + places[places.count - 1]
        let text = BilingualText.en("agency id '\(id)' is used by \(sorted.count) plans, \(en); give each agency its own id "
                                    + "(agency ids must be unique across the portfolio)",
                                    vi: "mã cơ quan '\(id)' được dùng ở \(sorted.count) kế hoạch, \(vi); hãy cho mỗi cơ quan "
                                    + "một mã riêng (mã cơ quan phải khác nhau trong toàn danh mục)")
        return sorted.map { use in
            let notes = sorted.filter { $0.at != use.at }.map {
                Note(.en("'\(id)' is also used here", vi: "'\(id)' cũng được dùng ở đây"), at: $0.at)
            }
            return Diagnostic(.duplicateAgencyID, text, at: use.at, notes: notes)
        }
    }

    static func tooMany(_ count: Int, errors: Int, at: SourceLocation) -> Diagnostic {
        let warnings = count - errors
        return Diagnostic(.tooManyDiagnostics,
                          .en("\(counted(count, "more problem")) in this file \(count == 1 ? "is" : "are") not shown "
                              + "(\(counted(errors, "error")), \(counted(warnings, "warning"))); fix the ones above and check again",
                              vi: "còn \(count) vấn đề khác trong tệp này không được hiển thị (\(errors) lỗi, "
                              + "\(warnings) cảnh báo); hãy sửa các lỗi ở trên rồi kiểm tra lại"),
                          at: at, severity: errors > 0 ? .error : .warning)
    }
}

/// Rules about the fields of a plan or portfolio file: keys, kinds and forms of values.
extension Rule {
    public static let notAMapping = Rule(
        "not-a-mapping", .error,
        en: "The top level of a plan must be a mapping of fields.",
        vi: "Cấp ngoài cùng của kế hoạch phải là một nhóm trường 'khóa: giá trị'.",
        triggering: .plan("⟪!⟫- version: 1\n"),
        passing: .plan(RuleExample.samplePlan()))

    public static let unknownKey = Rule(
        "unknown-key", .error,
        en: "A key that the plan format does not define.",
        vi: "Một khóa không có trong định dạng kế hoạch.",
        triggering: .sample("duration: 10,", "⟪!⟫duraton: 10,"),
        passing: .plan(RuleExample.samplePlan()))

    public static let duplicateKey = Rule(
        "duplicate-key", .error,
        en: "The same key appears twice in one mapping.",
        vi: "Cùng một khóa xuất hiện hai lần trong một nhóm trường.",
        triggering: .sample("start: 2019-03-04\n", "start: 2019-03-04\n⟪!⟫start: 2019-03-05\n"),
        passing: .plan(RuleExample.samplePlan()))

    public static let missingField = Rule(
        "missing-field", .error,
        en: "A required field is missing or empty.",
        vi: "Thiếu một trường bắt buộc, hoặc trường đó để trống.",
        triggering: .sample("agency: {id: cuc-viec-lam, name: Cục Việc làm,", "agency: ⟪!⟫{id: cuc-viec-lam,"),
        passing: .plan(RuleExample.samplePlan()))

    public static let wrongType = Rule(
        "wrong-type", .error,
        en: "A field holds the wrong kind of value.",
        vi: "Một trường chứa sai loại giá trị.",
        triggering: .sample("procedures_in_scope: 12", "procedures_in_scope: ⟪!⟫mười hai"),
        passing: .plan(RuleExample.samplePlan()))

    public static let invalidDate = Rule(
        "invalid-date", .error,
        en: "A date is not a real calendar date written as YYYY-MM-DD.",
        vi: "Một ngày không có thật hoặc không viết theo dạng YYYY-MM-DD.",
        triggering: .sample("done_on: 2019-03-08", "done_on: ⟪!⟫08/03/2019"),
        passing: .plan(RuleExample.samplePlan()))

    public static let dateOutOfRange = Rule(
        "date-out-of-range", .error,
        en: "A date lies outside 1900-01-01…2199-12-31.",
        vi: "Một ngày nằm ngoài khoảng 1900-01-01…2199-12-31.",
        triggering: .sample("start: 2019-03-04", "start: ⟪!⟫1899-03-04"),
        passing: .plan(RuleExample.samplePlan()))

    public static let invalidID = Rule(
        "invalid-id", .error,
        en: "An id must use only a-z, 0-9 and '-'.",
        vi: "Mã chỉ được dùng a-z, 0-9 và '-'.",
        triggering: .sample("{id: cuc-viec-lam", "{id: ⟪!⟫Cuc_Viec_Lam"),
        passing: .plan(RuleExample.samplePlan()))

    public static let invalidValue = Rule(
        "invalid-value", .error,
        en: "A field holds a value outside its allowed set.",
        vi: "Một trường có giá trị nằm ngoài các giá trị cho phép.",
        triggering: .sample("type: ministry-unit", "type: ⟪!⟫ministry-unt"),
        passing: .plan(RuleExample.samplePlan()))

    public static let invalidDuration = Rule(
        "invalid-duration", .error,
        en: "A duration must be working days: 5, \"5d\" or \"3w\".",
        vi: "Thời lượng phải là số ngày làm việc: 5, \"5d\" hoặc \"3w\".",
        triggering: .sample("duration: 2w,", "duration: ⟪!⟫2 tuần,"),
        passing: .plan(RuleExample.samplePlan()))

    public static let unsupportedVersion = Rule(
        "unsupported-version", .error,
        en: "The plan format version is not supported.",
        vi: "Phiên bản định dạng kế hoạch không được hỗ trợ.",
        triggering: .sample("version: 1", "version: ⟪!⟫2"),
        passing: .plan(RuleExample.samplePlan()))
}

extension Diagnostic {
    static func notAMapping(_ kind: BilingualText, at: SourceLocation, what: BilingualText) -> Diagnostic {
        Diagnostic(.notAMapping, .en("\(what.en) must be a mapping of 'key: value' fields, not \(kind.en)",
                                     vi: "\(what.vi) phải là một nhóm trường 'khóa: giá trị', không phải \(kind.vi)"),
                   at: at)
    }

    /// `meant` is the known key `key` most likely misspells, if any.
    static func unknownKey(_ key: String, at: SourceLocation, known: [String], meant: String?,
                           in context: BilingualText) -> Diagnostic {
        let hint = meant.map(Suggestion.hint(for:)) ?? .empty
        let list = known.joined(separator: ", ")
        let advice = hint.en.isEmpty ? .en("; allowed keys: \(list)", vi: "; các khóa được dùng: \(list)") : hint
        return Diagnostic(.unknownKey, .en("unknown key '\(key)' in \(context.en)",
                                           vi: "khóa '\(key)' không hợp lệ trong \(context.vi)") + advice, at: at)
    }

    static func duplicateKey(_ key: String, at: SourceLocation, first: SourceLocation) -> Diagnostic {
        Diagnostic(.duplicateKey, .en("key '\(key)' appears twice; keep one (the first is at line \(first.line))",
                                      vi: "khóa '\(key)' xuất hiện hai lần; hãy giữ một (lần đầu ở dòng \(first.line))"),
                   at: at, notes: [Note(.en("first '\(key)' is here", vi: "'\(key)' đầu tiên ở đây"), at: first)])
    }

    /// The same clause declared not applicable twice.
    static func duplicateClause(_ clause: String, at: SourceLocation, first: SourceLocation) -> Diagnostic {
        Diagnostic(.duplicateKey, .en("clause \(clause) is declared not applicable twice (first at line "
                                      + "\(first.line)); keep one entry",
                                      vi: "điều khoản \(clause) được khai báo không áp dụng hai lần (lần đầu ở dòng "
                                      + "\(first.line)); hãy giữ một mục"),
                   at: at)
    }

    static func missingField(_ key: String, in context: BilingualText, at: SourceLocation,
                             hint: BilingualText = .empty) -> Diagnostic {
        Diagnostic(.missingField, .en("\(context.en) has no '\(key)'; add it\(hint.en)",
                                      vi: "\(context.vi) thiếu '\(key)'; hãy thêm vào\(hint.vi)"),
                   at: at)
    }

    /// The `reason` of a clause declared not applicable is empty.
    static func emptyReason(clause: String, at: SourceLocation) -> Diagnostic {
        Diagnostic(.missingField, .en("the 'reason' for clause \(clause) is empty; give the justification "
                                      + "ISO 9001:2015 4.3 asks for",
                                      vi: "'reason' của điều khoản \(clause) để trống; hãy nêu lý do mà "
                                      + "ISO 9001:2015 mục 4.3 yêu cầu"),
                   at: at)
    }

    /// `got` names the value found: a scalar quoted, else its kind.
    static func wrongType(_ key: String, expected: BilingualText, got: BilingualText, at: SourceLocation) -> Diagnostic {
        Diagnostic(.wrongType, .en("'\(key)' must be \(expected.en), not \(got.en)",
                                   vi: "'\(key)' phải là \(expected.vi), không phải \(got.vi)"),
                   at: at)
    }

    static func invalidDate(_ key: String, text: String, at: SourceLocation) -> Diagnostic {
        if let d = DateForm.reading(text) {
            return Diagnostic(.invalidDate, .en("'\(key)' is '\(text)', a real date in the wrong form; write it as "
                                                + "YYYY-MM-DD: \(key): \(d.iso)",
                                                vi: "'\(key)' là '\(text)', một ngày có thật nhưng viết sai dạng; "
                                                + "hãy viết theo dạng YYYY-MM-DD: \(key): \(d.iso)"),
                              at: at)
        }
        return Diagnostic(.invalidDate, .en("'\(key)' is '\(text)', which is not a real calendar date; "
                                            + "write it as YYYY-MM-DD, e.g. 2019-09-30",
                                            vi: "'\(key)' là '\(text)', không phải một ngày có thật; hãy viết "
                                            + "theo dạng YYYY-MM-DD, ví dụ 2019-09-30"),
                          at: at)
    }

    static func dateOutOfRange(_ key: String, date: CalendarDate, at: SourceLocation) -> Diagnostic {
        Diagnostic(.dateOutOfRange, .en("'\(key)' is \(date.iso), outside the supported range "
                                        + "1900-01-01…2199-12-31; check the year",
                                        vi: "'\(key)' là \(date.iso), nằm ngoài khoảng hỗ trợ 1900-01-01…2199-12-31; "
                                        + "hãy kiểm tra năm"),
                   at: at)
    }

    static func invalidID(_ key: String, text: String, at: SourceLocation) -> Diagnostic {
        Diagnostic(.invalidID, .en("'\(key)' is '\(text)'; ids use only lowercase a-z, digits and '-', "
                                   + "e.g. 'gap-analysis'",
                                   vi: "'\(key)' là '\(text)'; mã chỉ dùng chữ thường a-z không dấu, chữ số và '-', "
                                   + "ví dụ 'gap-analysis'"),
                   at: at)
    }

    static func invalidValue(_ key: String, text: String, allowed: [String], at: SourceLocation) -> Diagnostic {
        let list = allowed.joined(separator: ", ")
        return Diagnostic(.invalidValue, .en("'\(key)' is '\(text)'", vi: "'\(key)' là '\(text)'")
                          + Suggestion.hint(Suggestion.hint(text, allowed),
                                            then: .en("allowed: \(list)", vi: "các giá trị được dùng: \(list)")),
                          at: at)
    }

    /// A number outside what a field accepts; `what` says what to give instead.
    static func invalidNumber(_ key: String, _ value: Int, give what: BilingualText, at: SourceLocation) -> Diagnostic {
        Diagnostic(.invalidValue, .en("'\(key)' is \(value); give \(what.en)", vi: "'\(key)' là \(value); hãy ghi \(what.vi)"),
                   at: at)
    }

    /// A field that only makes sense when the baseline standard is the 2008 one.
    static func onlyWith2008(_ key: String, at: SourceLocation) -> Diagnostic {
        Diagnostic(.invalidValue, .en("'\(key)' is given but the baseline standard is 'none' (no 2008 system was "
                                      + "announced); remove '\(key)' or set 'standard: TCVN ISO 9001:2008'",
                                      vi: "có '\(key)' nhưng tiêu chuẩn ban đầu là 'none' (chưa công bố hệ thống 2008); "
                                      + "hãy xóa '\(key)' hoặc ghi 'standard: TCVN ISO 9001:2008'"),
                   at: at)
    }

    static func invalidDuration(text: String, at: SourceLocation) -> Diagnostic {
        let rewrite = durationRewrite(text)
        return Diagnostic(.invalidDuration, .en("'duration' is '\(text)'; give working days as a number (5), "
                                                + "days (\"5d\") or weeks (\"3w\" = 15 working days), at most "
                                                + "\(PlanDecoder.maxDuration) days" + (rewrite.map { "; here: duration: \($0)" } ?? ""),
                                                vi: "'duration' là '\(text)'; hãy ghi số ngày làm việc: một số (5), "
                                                + "ngày (\"5d\") hoặc tuần (\"3w\" = 15 ngày làm việc), tối đa "
                                                + "\(PlanDecoder.maxDuration) ngày" + (rewrite.map { "; ở đây: duration: \($0)" } ?? "")),
                          at: at)
    }

    /// A duration written with a unit in words (`2 tuần`, `3 weeks`, `10 ngày`) in the form the
    /// plan takes (`2w`, `3w`, `10d`); nil when it is not a number and such a unit.
    static func durationRewrite(_ text: String) -> String? {
        let parts = text.lowercased().split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count == 2, let n = Int(parts[0]), n > 0 else { return nil }
        switch parts[1] {
        case "tuần", "tuan", "week", "weeks", "wk", "w": return "\(n)w"
        case "ngày", "ngay", "day", "days", "d": return "\(n)d"
        default: return nil
        }
    }

    static func unsupportedVersion(_ text: String, at: SourceLocation) -> Diagnostic {
        Diagnostic(.unsupportedVersion, .en("plan format version '\(text)' is not supported; this isoplan reads "
                                            + "'version: 1'",
                                            vi: "không hỗ trợ phiên bản định dạng '\(text)'; isoplan này đọc "
                                            + "'version: 1'"),
                   at: at)
    }
}

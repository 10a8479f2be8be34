/// Rules about ISO 9001:2015 clause ids in tasks and in `not_applicable`.
extension Rule {
    public static let unknownClause = Rule(
        "unknown-clause", .warning,
        en: "A clause id that is not an ISO 9001:2015 clause.",
        vi: "Một số hiệu không phải điều khoản của ISO 9001:2015.",
        triggering: .sample("step: apply,", "step: apply, clauses: [\"8.5\", ⟪!⟫\"8.55\"],"),
        passing: .sample("step: apply,", "step: apply, clauses: [\"8.5\", \"8.5.1\"],"))

    public static let notApplicableClause = Rule(
        "not-applicable-clause", .warning,
        en: "A clause declared not applicable that cannot be excluded.",
        vi: "Một điều khoản được khai báo không áp dụng nhưng không được phép loại trừ.",
        triggering: .sample("start: 2019-03-04\n", "start: 2019-03-04\nnot_applicable:\n"
                            + "  - {clause: ⟪!⟫\"9.2\", reason: Không đánh giá}\n"),
        passing: .sample("start: 2019-03-04\n", "start: 2019-03-04\nnot_applicable:\n"
                         + "  - {clause: \"8.3\", reason: Không thiết kế sản phẩm}\n"))
}

extension Diagnostic {
    static func unknownClause(_ clause: String, hint: BilingualText, at: SourceLocation) -> Diagnostic {
        Diagnostic(.unknownClause, .en("'\(clause)' is not an ISO 9001:2015 clause",
                                       vi: "'\(clause)' không phải điều khoản của ISO 9001:2015")
                   + Suggestion.hint(hint, then: .en("write clause numbers such as \"5.1\" or \"7.1.5.2\"",
                                                     vi: "hãy ghi số hiệu điều khoản như \"5.1\" hoặc \"7.1.5.2\"")),
                   at: at)
    }

    static func notApplicableClause(_ clause: String, at: SourceLocation) -> Diagnostic {
        Diagnostic(.notApplicableClause, .en("clause \(clause) is a requirement every agency must meet; only "
                                             + "requirements that cannot apply (such as 8.3 design and development, "
                                             + "or 7.1.5) may be declared not applicable — remove this entry",
                                             vi: "điều khoản \(clause) là yêu cầu mọi cơ quan phải đáp ứng; chỉ các "
                                             + "yêu cầu không thể áp dụng (như 8.3 thiết kế và phát triển, hoặc 7.1.5) "
                                             + "mới được khai báo không áp dụng — hãy xóa mục này"),
                   at: at)
    }
}

import Foundation

/// Rules about the YAML text itself, before any field is read.
extension Rule {
    public static let yamlSyntax = Rule(
        "yaml-syntax", .error,
        en: "The file is not well-formed YAML (or not valid UTF-8).",
        vi: "Tệp không phải YAML hợp lệ (hoặc không phải UTF-8).",
        triggering: .sample("{id: khao-sat, title: Khảo sát,", "{id: khao-sat, title: ⟪!⟫\"Khảo sát,"),
        passing: .sample("{id: khao-sat, title: Khảo sát,", "{id: khao-sat, title: \"Khảo sát\","))

    public static let yamlMultipleDocuments = Rule(
        "yaml-multiple-documents", .error,
        en: "A plan file must hold exactly one YAML document.",
        vi: "Mỗi tệp kế hoạch chỉ được chứa đúng một tài liệu YAML.",
        triggering: .plan(RuleExample.samplePlan() + "\n⟪!⟫---\nversion: 1\n"),
        passing: .plan(RuleExample.samplePlan()))

    public static let yamlAlias = Rule(
        "yaml-alias", .error,
        en: "YAML aliases (*name) are not allowed in plans.",
        vi: "Không được dùng bí danh YAML (*tên) trong kế hoạch.",
        triggering: .sample("start: 2019-03-04\n", "start: &bat-dau 2019-03-04\n")
            .replacing("duration: 5, progress", "start: ⟪!⟫*bat-dau, duration: 5, progress"),
        passing: .sample("duration: 5, progress", "start: 2019-03-04, duration: 5, progress"))

    public static let yamlAnchor = Rule(
        "yaml-anchor", .warning,
        en: "YAML anchors (&name) have no use in plans and are ignored.",
        vi: "Neo YAML (&tên) không có tác dụng trong kế hoạch và bị bỏ qua.",
        triggering: .sample("start: 2019-03-04\n", "start: ⟪!⟫&bat-dau 2019-03-04\n"),
        passing: .plan(RuleExample.samplePlan()))

    public static let yamlTooDeep = Rule(
        "yaml-too-deep", .error,
        en: "Lists and mappings are nested deeper than any plan needs.",
        vi: "Danh sách và nhóm trường lồng nhau sâu hơn mức một kế hoạch cần.",
        triggering: .sample("step: apply,", "step: apply, clauses: " + String(repeating: "[", count: 29) + "⟪!⟫["
                            + String(repeating: "]", count: 30) + ","),
        passing: .sample("step: apply,", "step: apply, clauses: [\"8.5\"],"))

    public static let yamlComplexKey = Rule(
        "yaml-complex-key", .error,
        en: "A mapping key must be a plain string.",
        vi: "Khóa của một trường phải là một chuỗi đơn giản.",
        triggering: .sample("start: 2019-03-04\n", "⟪!⟫[start]: 2019-03-04\n"),
        passing: .plan(RuleExample.samplePlan()))
}

extension Diagnostic {
    /// libyaml's own words, when no likelier cause was found.
    static func yamlSyntax(_ problem: String, at: SourceLocation) -> Diagnostic {
        Diagnostic(.yamlSyntax, .en("the YAML text is broken here (\(problem)); look at this line and the one above "
                                    + "for a missing space after ':', an unclosed quote or a wrong indentation",
                                    vi: "văn bản YAML bị lỗi tại đây (\(problem)); hãy xem dòng này và dòng trên nó: "
                                    + "thiếu dấu cách sau ':', dấu ngoặc kép chưa đóng hoặc thụt lề sai"),
                   at: at)
    }

    /// Bytes that are not UTF-8 text, or a control character: libyaml reader's `problem`, and
    /// the character's code point (` (U+007F)`) when there is one.
    static func yamlNotText(_ problem: String, code: String = "", at: SourceLocation) -> Diagnostic {
        Diagnostic(.yamlSyntax, .en("the file is not plain UTF-8 text here (\(problem)\(code)); save the file as UTF-8 "
                                    + "and remove this character",
                                    vi: "tệp không phải văn bản UTF-8 tại đây (\(readerProblemVi[problem] ?? problem)\(code)); "
                                    + "hãy lưu tệp dưới dạng UTF-8 và xóa ký tự này"),
                   at: at)
    }

    /// libyaml's reader problems, in Vietnamese.
    static let readerProblemVi: [String: String] = [
        "control characters are not allowed": "không được dùng ký tự điều khiển",
        "invalid leading UTF-8 octet": "byte đầu của một ký tự UTF-8 không hợp lệ",
        "invalid trailing UTF-8 octet": "byte sau của một ký tự UTF-8 không hợp lệ",
        "incomplete UTF-8 octet sequence": "ký tự UTF-8 bị cắt dở",
        "invalid length of a UTF-8 sequence": "độ dài của một ký tự UTF-8 không hợp lệ",
        "invalid Unicode character": "ký tự Unicode không hợp lệ",
        "input is too long": "tệp quá dài",
    ]

    static func yamlTab(at: SourceLocation) -> Diagnostic {
        Diagnostic(.yamlSyntax, .en("this line is indented with a tab; YAML allows only spaces: replace the tab "
                                    + "with spaces",
                                    vi: "dòng này thụt lề bằng phím Tab; YAML chỉ cho phép dấu cách: hãy thay Tab "
                                    + "bằng dấu cách"),
                   at: at)
    }

    static func yamlColonInValue(key: String, value: String, at: SourceLocation) -> Diagnostic {
        let fixed = "\(key): \"\(value.replacingOccurrences(of: "\"", with: "\\\""))\""
        return Diagnostic(.yamlSyntax, .en("the value of '\(key)' contains ': ', which YAML reads as a new key; "
                                           + "put the whole value in double quotes: \(fixed)",
                                           vi: "giá trị của '\(key)' có ': ', YAML hiểu đó là một khóa mới; hãy đặt "
                                           + "cả giá trị trong dấu ngoặc kép: \(fixed)"),
                          at: at)
    }

    static func yamlNoSpaceAfterColon(key: String, value: String, at: SourceLocation) -> Diagnostic {
        Diagnostic(.yamlSyntax, .en("'\(key):\(value)' has no space after the colon; write '\(key): \(value)'",
                                    vi: "'\(key):\(value)' thiếu dấu cách sau dấu hai chấm; hãy viết '\(key): \(value)'"),
                   at: at)
    }

    static func yamlUnclosedQuote(_ quote: Character, at: SourceLocation) -> Diagnostic {
        Diagnostic(.yamlSyntax, .en("the quote \(quote) opened here is never closed; add a closing \(quote) "
                                    + "at the end of the value",
                                    vi: "dấu ngoặc \(quote) mở ở đây chưa được đóng; hãy thêm \(quote) "
                                    + "vào cuối giá trị"),
                   at: at)
    }

    static func yamlIndentation(key: String, found: Int, expected: Int, at: SourceLocation) -> Diagnostic {
        Diagnostic(.yamlSyntax, .en("'\(key)' is indented by \(counted(found, "space")), but the "
                                    + "field above it by \(expected); indent it by \(expected) spaces like the other "
                                    + "fields of the same block",
                                    vi: "'\(key)' thụt lề \(found) dấu cách, còn trường ở trên thụt \(expected); hãy "
                                    + "thụt lề \(expected) dấu cách như các trường khác cùng khối"),
                   at: at)
    }

    static func yamlUnclosedBracket(_ close: Character, at: SourceLocation) -> Diagnostic {
        let open: Character = close == "]" ? "[" : "{"
        return Diagnostic(.yamlSyntax, .en("the \(open) that opens here is not closed; add \(close) after the last "
                                           + "item, or quote an item that contains ',', '\(close)' or ': '",
                                           vi: "dấu \(open) mở ở đây chưa được đóng; hãy thêm \(close) sau mục cuối, "
                                           + "hoặc đặt trong ngoặc kép mục nào có ',', '\(close)' hay ': '"),
                          at: at)
    }

    static func yamlListItem(found: Int, expected: Int, at: SourceLocation) -> Diagnostic {
        Diagnostic(.yamlSyntax, .en("this line is inside a list but does not start with '- ' like the items above "
                                    + "it; start it with '- ' indented by \(counted(expected, "space")), "
                                    + "or indent it under the item it belongs to",
                                    vi: "dòng này nằm trong một danh sách nhưng không bắt đầu bằng '- ' như các mục ở "
                                    + "trên; hãy bắt đầu bằng '- ' thụt lề \(expected) dấu cách, hoặc thụt lề vào "
                                    + "dưới mục mà nó thuộc về"),
                   at: at)
    }

    static func multipleDocuments(at: SourceLocation) -> Diagnostic {
        Diagnostic(.yamlMultipleDocuments, .en("a second YAML document starts here; keep one plan per file "
                                               + "and remove the '---' separator",
                                               vi: "một tài liệu YAML thứ hai bắt đầu ở đây; mỗi tệp chỉ giữ một kế "
                                               + "hoạch, hãy xóa dòng phân cách '---'"),
                   at: at)
    }

    static func yamlAlias(at: SourceLocation) -> Diagnostic {
        Diagnostic(.yamlAlias, .en("YAML aliases are not allowed in plans; write the value out in full",
                                   vi: "không được dùng bí danh YAML trong kế hoạch; hãy viết đầy đủ giá trị"),
                   at: at)
    }

    static func yamlAnchor(at: SourceLocation) -> Diagnostic {
        Diagnostic(.yamlAnchor, .en("YAML anchors have no use in plans and are ignored; remove the '&name'",
                                    vi: "neo YAML không có tác dụng trong kế hoạch và bị bỏ qua; hãy xóa '&tên'"),
                   at: at)
    }

    static func tooDeep(at: SourceLocation, limit: Int) -> Diagnostic {
        Diagnostic(.yamlTooDeep, .en("lists and mappings are nested more than \(limit) levels deep; "
                                     + "a plan needs far fewer — check the brackets and indentation",
                                     vi: "danh sách và nhóm trường lồng nhau sâu hơn \(limit) mức; một kế hoạch "
                                     + "cần ít hơn nhiều — hãy kiểm tra dấu ngoặc và thụt lề"),
                   at: at)
    }

    static func complexKey(at: SourceLocation) -> Diagnostic {
        Diagnostic(.yamlComplexKey, .en("a mapping key must be a plain word such as 'title'",
                                        vi: "khóa phải là một từ đơn giản như 'title'"),
                   at: at)
    }
}

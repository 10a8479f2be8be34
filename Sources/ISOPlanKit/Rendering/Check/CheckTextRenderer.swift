import Foundation

/// `file:line:column: severity: message [rule-id]`, one per line, each note after its
/// diagnostic as `file:line:column: note: message`, then a summary. The severity keyword and
/// the rule id stay English in every language, so editors and CI tools can read the lines.
public enum CheckTextRenderer {
    public static func render(_ report: CheckReport, style: TextStyle, language: Language = .en) -> String {
        var out = ""
        for d in report.diagnostics {
            out += line(d, style: style, language: language)
            for n in d.notes { out += line(n, style: style, language: language) }
        }
        out += summary(report, language: language) + "\n"
        return out
    }

    /// One diagnostic as `file:line:column: severity: message [rule-id]` and a newline.
    public static func line(_ d: Diagnostic, style: TextStyle, language: Language = .en) -> String {
        let sev: String
        switch d.severity {
        case .error: sev = style.apply(.red, "error")
        case .warning: sev = style.apply(.yellow, "warning")
        case .note: sev = style.apply(.cyan, "note")
        }
        return "\(place(d.location))\(sev): \(d.message(in: language)) [\(d.rule.raw)]\n"
    }

    /// One note as `file:line:column: note: message` and a newline.
    public static func line(_ n: Diagnostic.Note, style: TextStyle, language: Language = .en) -> String {
        "\(place(n.location))\(style.apply(.cyan, "note")): \(n.message(in: language))\n"
    }

    static func place(_ l: SourceLocation?) -> String {
        l.map { "\($0.file):\($0.line):\($0.column): " } ?? ""
    }

    /// `Checked 13 files: 0 errors, 2 warnings.`
    public static func summary(_ r: CheckReport, language: Language = .en) -> String {
        switch language {
        case .en:
            "Checked \(counted(r.files, "file")): \(counted(r.errors, "error")), \(counted(r.warnings, "warning"))."
        case .vi:
            "Đã kiểm tra \(r.files) tệp: \(r.errors) lỗi, \(r.warnings) cảnh báo."
        }
    }
}

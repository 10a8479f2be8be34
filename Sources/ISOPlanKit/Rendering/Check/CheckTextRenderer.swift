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
        summary(files: r.files, errors: r.errors, warnings: r.warnings, language: language)
    }

    /// The summary from the counts.
    public static func summary(files: Int, errors: Int, warnings: Int, language: Language = .en) -> String {
        switch language {
        case .en:
            "Checked \(counted(files, "file")): \(counted(errors, "error")), \(counted(warnings, "warning"))."
        case .vi:
            "Đã kiểm tra \(files) tệp: \(errors) lỗi, \(warnings) cảnh báo."
        }
    }

    /// One diagnostic and its notes, as `render` writes them.
    /// The bytes are those of `line`, written straight into `out`.
    static func write(_ d: Diagnostic, style: TextStyle, language: Language, into out: inout [UInt8]) {
        place(d.location, into: &out)
        let sev: String
        switch d.severity {
        case .error: sev = style.apply(.red, "error")
        case .warning: sev = style.apply(.yellow, "warning")
        case .note: sev = style.apply(.cyan, "note")
        }
        append(sev, to: &out)
        out.append(0x3A); out.append(0x20)
        d.wording.writeMessage(in: language, into: &out)
        out.append(0x20); out.append(0x5B)
        append(d.rule.raw, to: &out)
        out.append(0x5D); out.append(0x0A)
        for n in d.notes { out.append(contentsOf: line(n, style: style, language: language).utf8) }
    }

    private static func place(_ l: SourceLocation?, into out: inout [UInt8]) {
        guard let l else { return }
        append(l.file, to: &out)
        out.append(0x3A)
        ByteText.int(l.line, into: &out)
        out.append(0x3A)
        ByteText.int(l.column, into: &out)
        out.append(0x3A); out.append(0x20)
    }

    private static func append(_ s: String, to out: inout [UInt8]) {
        var s = s
        s.withUTF8 { out.append(contentsOf: $0) }
    }
}

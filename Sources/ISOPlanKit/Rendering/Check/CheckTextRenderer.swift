import Foundation

/// `file:line:column: severity: message [rule-id]`, one per line, then a summary.
public enum CheckTextRenderer {
    public static func render(_ report: CheckReport, style: TextStyle) -> String {
        var out = ""
        for d in report.diagnostics {
            out += line(d, style: style)
            for n in d.notes { out += line(n, style: style) }
        }
        out += summary(report) + "\n"
        return out
    }

    /// One diagnostic as `file:line:column: severity: message [rule-id]` and a newline.
    public static func line(_ d: Diagnostic, style: TextStyle) -> String {
        let place = d.location.map { "\($0.file):\($0.line):\($0.column): " } ?? ""
        let sev: String
        switch d.severity {
        case .error: sev = style.apply(.red, "error")
        case .warning: sev = style.apply(.yellow, "warning")
        case .note: sev = style.apply(.cyan, "note")
        }
        let rule = d.severity == .note ? "" : " [\(d.rule.raw)]"
        return "\(place)\(sev): \(d.message)\(rule)\n"
    }

    /// `Checked 13 files: 0 errors, 2 warnings.`
    public static func summary(_ r: CheckReport) -> String {
        "Checked \(r.files) \(r.files == 1 ? "file" : "files"): \(r.errors) \(r.errors == 1 ? "error" : "errors"), "
            + "\(r.warnings) \(r.warnings == 1 ? "warning" : "warnings")."
    }
}

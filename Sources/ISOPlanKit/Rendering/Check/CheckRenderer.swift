import Foundation

/// Output formats of `isoplan check`.
public enum CheckFormat: String, CaseIterable, Sendable {
    case text, json, github, sarif

    /// Renders a check report in this format.
    public func render(_ report: CheckReport, color: Bool = false) -> String {
        switch self {
        case .text: CheckTextRenderer.render(report, style: TextStyle(enabled: color))
        case .json: CheckJSONRenderer.render(report)
        case .github: CheckGitHubRenderer.render(report)
        case .sarif: SARIFRenderer.render(report)
        }
    }
}

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

/// The stable JSON form: `{"version": 1, "files", "errors", "warnings", "diagnostics": […]}`.
public enum CheckJSONRenderer {
    struct Doc: Encodable {
        var version = 1
        var files: Int
        var errors: Int
        var warnings: Int
        var diagnostics: [Item]
    }

    struct Item: Encodable {
        var file: String?
        var line: Int?
        var column: Int?
        var severity: String
        var rule: String
        var message: String
        var notes: [Item]?

        init(_ d: Diagnostic) {
            file = d.location?.file
            line = d.location?.line
            column = d.location?.column
            severity = d.severity.description
            rule = d.rule.raw
            message = d.message
            notes = d.notes.isEmpty ? nil : d.notes.map(Item.init)
        }
    }

    public static func render(_ r: CheckReport) -> String {
        let doc = Doc(files: r.files, errors: r.errors, warnings: r.warnings, diagnostics: r.diagnostics.map(Item.init))
        return JSONOutput.encode(doc)
    }
}

/// GitHub Actions workflow commands, then the plain summary.
public enum CheckGitHubRenderer {
    public static func render(_ r: CheckReport) -> String {
        var out = ""
        for d in r.diagnostics {
            let kind = d.severity == .error ? "error" : (d.severity == .warning ? "warning" : "notice")
            var props: [String] = []
            if let l = d.location {
                props += ["file=\(property(l.file))", "line=\(l.line)", "col=\(l.column)"]
            }
            props.append("title=\(property(d.rule.raw))")
            out += "::\(kind) \(props.joined(separator: ","))::\(data(d.message))\n"
        }
        return out + CheckTextRenderer.summary(r) + "\n"
    }

    static func data(_ s: String) -> String {
        s.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    static func property(_ s: String) -> String {
        data(s).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}

/// Shared JSON encoding: sorted keys, pretty-printed, no escaped slashes, trailing newline.
public enum JSONOutput {
    public static func encode<T: Encodable>(_ value: T) -> String {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        guard let data = try? e.encode(value) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

import Foundation

/// Output formats of `isoplan check`.
public enum CheckFormat: String, CaseIterable, Sendable {
    case text, json, github, sarif

    /// Renders a check report in this format, messages in `language`.
    public func render(_ report: CheckReport, color: Bool = false, language: Language = .en) -> String {
        switch self {
        case .text: CheckTextRenderer.render(report, style: TextStyle(enabled: color), language: language)
        case .json: CheckJSONRenderer.render(report, language: language)
        case .github: CheckGitHubRenderer.render(report, language: language)
        case .sarif: SARIFRenderer.render(report, language: language)
        }
    }
}

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
        "\(place(n.location))\(style.apply(.cyan, "note")): \(language.pick(vi: n.text.vi, en: n.text.en))\n"
    }

    static func place(_ l: SourceLocation?) -> String {
        l.map { "\($0.file):\($0.line):\($0.column): " } ?? ""
    }

    /// `Checked 13 files: 0 errors, 2 warnings.`
    public static func summary(_ r: CheckReport, language: Language = .en) -> String {
        switch language {
        case .en:
            "Checked \(r.files) \(r.files == 1 ? "file" : "files"): \(r.errors) \(r.errors == 1 ? "error" : "errors"), "
                + "\(r.warnings) \(r.warnings == 1 ? "warning" : "warnings")."
        case .vi:
            "Đã kiểm tra \(r.files) tệp: \(r.errors) lỗi, \(r.warnings) cảnh báo."
        }
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
        var notes: [NoteItem]?

        init(_ d: Diagnostic, _ language: Language) {
            file = d.location?.file
            line = d.location?.line
            column = d.location?.column
            severity = d.severity.description
            rule = d.rule.raw
            message = d.message(in: language)
            notes = d.notes.isEmpty ? nil : d.notes.map { NoteItem($0, language) }
        }
    }

    /// A note: a message and where it points.
    struct NoteItem: Encodable {
        var file: String?
        var line: Int?
        var column: Int?
        var message: String

        init(_ n: Diagnostic.Note, _ language: Language) {
            file = n.location?.file
            line = n.location?.line
            column = n.location?.column
            message = language.pick(vi: n.text.vi, en: n.text.en)
        }
    }

    public static func render(_ r: CheckReport, language: Language = .en) -> String {
        let doc = Doc(files: r.files, errors: r.errors, warnings: r.warnings,
                      diagnostics: r.diagnostics.map { Item($0, language) })
        return JSONOutput.encode(doc)
    }
}

/// GitHub Actions workflow commands, then the plain summary.
public enum CheckGitHubRenderer {
    public static func render(_ r: CheckReport, language: Language = .en) -> String {
        var out = ""
        for d in r.diagnostics {
            let kind = d.severity == .error ? "error" : (d.severity == .warning ? "warning" : "notice")
            var props: [String] = []
            if let l = d.location {
                props += ["file=\(property(l.file))", "line=\(l.line)", "col=\(l.column)"]
            }
            props.append("title=\(property(d.rule.raw))")
            var message = d.message(in: language)
            for n in d.notes {
                let place = n.location.map { " (\($0.file):\($0.line):\($0.column))" } ?? ""
                message += "\n" + language.pick(vi: n.text.vi, en: n.text.en) + place
            }
            out += "::\(kind) \(props.joined(separator: ","))::\(data(message))\n"
        }
        return out + CheckTextRenderer.summary(r, language: language) + "\n"
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

import Foundation

/// GitHub Actions workflow commands, then the plain summary.
enum CheckGitHubRenderer {
    static func render(_ r: CheckReport, language: Language = .en) -> String {
        var out = ""
        for d in r.diagnostics { out += command(d, language: language) }
        return out + CheckTextRenderer.summary(r, language: language) + "\n"
    }

    /// One diagnostic as a workflow command and a newline.
    static func command(_ d: Diagnostic, language: Language) -> String {
        let kind = d.severity == .error ? "error" : (d.severity == .warning ? "warning" : "notice")
        var props: [String] = []
        if let l = d.location {
            props += ["file=\(property(l.file))", "line=\(l.line)", "col=\(l.column)"]
        }
        props.append("title=\(property(d.rule.raw))")
        var message = d.message(in: language)
        for n in d.notes {
            let place = n.location.map { " (\($0.file):\($0.line):\($0.column))" } ?? ""
            message += "\n" + n.message(in: language) + place
        }
        return "::\(kind) \(props.joined(separator: ","))::\(data(message))\n"
    }

    static func data(_ s: String) -> String {
        s.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    static func property(_ s: String) -> String {
        data(s).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}

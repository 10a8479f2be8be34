import Foundation

/// The list of rules for `isoplan rules` and the docs: each rule's id, severity, summary and
/// its two examples (input on which it fires at the `⟪!⟫` marker, and input on which it does not).
public enum RulesRenderer {
    /// A table of every rule (id, severity, summary), then each rule's examples.
    public static func text(_ rules: [Rule] = RuleCatalog.all, language: Language = .en) -> String {
        let w = rules.map { $0.id.raw.count }.max() ?? 0
        var out = rules.map { r in
            TextWidth.padRight(r.id.raw, to: w) + "  " + TextWidth.padRight(r.severity.description, to: 7) + "  "
                + summary(r, language)
        }.joined(separator: "\n") + "\n"
        out += "\n" + language.pick(vi: "Phần lớn ví dụ sửa một vài dòng của kế hoạch mẫu này:\n",
                                   en: "Most examples change a few lines of this sample plan:\n")
        out += indented(RuleExample.samplePlan(), "    ")
        for r in rules {
            out += "\n\(r.id.raw) (\(r.severity)): \(summary(r, language))\n"
            out += language.pick(vi: "  Báo lỗi với (dấu ⟪!⟫ chỉ chỗ báo):\n", en: "  Fires on (⟪!⟫ marks where):\n")
            out += example(r.triggering, language)
            out += language.pick(vi: "  Không báo với:\n", en: "  Quiet on:\n")
            out += example(r.passing, language)
        }
        return out
    }

    static func indented(_ text: String, _ prefix: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            .map { $0.isEmpty ? "" : prefix + $0 }.joined(separator: "\n") + "\n"
    }

    /// How a file differs from the sample plan: nil when it is not a small change of it, an
    /// empty list when it is the sample itself, else the changed lines (with `…` between
    /// changes apart, and a `(line removed)` note for a deletion).
    static func sampleChange(_ f: RuleExample.File) -> [String]? {
        guard let text = f.text, f.times == 0 else { return nil }
        let sample = RuleExample.samplePlan().split(separator: "\n", omittingEmptySubsequences: false)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var head = 0
        while head < min(sample.count, lines.count) && sample[head] == lines[head] { head += 1 }
        if head == sample.count && head == lines.count { return [] }
        var tail = 0
        while tail < min(sample.count, lines.count) - head
                && sample[sample.count - 1 - tail] == lines[lines.count - 1 - tail] { tail += 1 }
        let changed = lines[head..<(lines.count - tail)].map(String.init)
        guard changed.count <= 5, head > 0 else { return nil }
        if changed.isEmpty { return ["# (" + sample[head..<(sample.count - tail)].joined(separator: "; ") + ": removed)"] }
        return changed
    }

    /// The catalog for docs/diagnostics.md: the sample plan, then per rule a heading, both
    /// summaries, and the examples as YAML blocks.
    public static func markdown(_ rules: [Rule] = RuleCatalog.all) -> String {
        var out = "Most examples change a few lines of this sample plan:\n\n```yaml\n" + RuleExample.samplePlan() + "```\n\n"
        for r in rules {
            out += "### `\(r.id.raw)` (\(r.severity))\n\n\(r.summary.en) — *\(r.summary.vi)*\n\n"
            out += "Fires on (`⟪!⟫` marks where):\n\n" + block(r.triggering)
            out += "Quiet on:\n\n" + block(r.passing)
        }
        return out
    }

    static func block(_ e: RuleExample) -> String {
        var out = e.asOf.map { "Evaluated at \($0.iso).\n\n" } ?? ""
        for f in e.files {
            guard f.text != nil else {
                out += "`\(f.path)` does not exist.\n\n"
                continue
            }
            switch sampleChange(f) {
            case []?:
                out += "`\(f.path)`: the sample plan.\n\n"
            case let lines?:
                out += "`\(f.path)`: the sample plan, with:\n\n```yaml\n" + lines.map { $0 + "\n" }.joined() + "```\n\n"
            case nil:
                out += "```yaml\n# \(f.path)\n" + shown(f) + "```\n\n"
            }
        }
        return out
    }

    static func summary(_ r: Rule, _ language: Language) -> String { language.pick(r.summary) }

    static func example(_ e: RuleExample, _ language: Language) -> String {
        var out = ""
        if let asOf = e.asOf {
            out += "    " + language.pick(vi: "(đánh giá tại ngày \(asOf.iso))", en: "(evaluated at \(asOf.iso))") + "\n"
        }
        for f in e.files {
            guard f.text != nil else {
                out += "    " + language.pick(vi: "\(f.path): (không tồn tại)", en: "\(f.path): (does not exist)") + "\n"
                continue
            }
            switch sampleChange(f) {
            case []?:
                out += "    \(f.path): " + language.pick(vi: "kế hoạch mẫu\n", en: "the sample plan\n")
            case let lines?:
                out += "    \(f.path): " + language.pick(vi: "kế hoạch mẫu, với:\n", en: "the sample plan, with:\n")
                out += lines.map { ($0.isEmpty ? "" : "      " + $0) + "\n" }.joined()
            case nil:
                out += "    \(f.path):\n" + indented(shown(f, language), "      ")
            }
        }
        return out
    }

    /// The file as shown to people: a repeated line appears once, with how many there are.
    static func shown(_ f: RuleExample.File, _ language: Language = .en) -> String {
        guard let text = f.text else { return "" }
        var out = text.hasSuffix("\n") || text.isEmpty ? text : text + "\n"
        if f.times > 0 {
            out += f.repeatedLine + "\n"
            out += language.pick(vi: "# … dòng trên lặp lại \(f.times) lần\n",
                                 en: "# … the line above \(f.times) \(f.times == 1 ? "time" : "times") in all\n")
        }
        return out + f.tail
    }

    struct Item: Encodable {
        var id: String
        var severity: String
        var summary: String
        var triggering: Example
        var passing: Example
    }

    struct Example: Encodable {
        var as_of: String?
        var files: [File]
    }

    struct File: Encodable {
        var path: String
        /// nil for a path that does not exist.
        var text: String?
        var repeated_line: String?
        var times: Int?
        var tail: String?
    }

    static func example(_ e: RuleExample) -> Example {
        Example(as_of: e.asOf?.iso, files: e.files.map { f in
            File(path: f.path, text: f.text, repeated_line: f.times > 0 ? f.repeatedLine : nil,
                 times: f.times > 0 ? f.times : nil, tail: f.tail.isEmpty ? nil : f.tail)
        })
    }

    /// `{"version": 1, "rules": [{"id", "severity", "summary", "triggering", "passing"}]}`; an
    /// example's file text holds the `⟪!⟫` marker, and `repeated_line` × `times` then `tail`
    /// follow it.
    public static func json(_ rules: [Rule] = RuleCatalog.all, language: Language = .en) -> String {
        struct Doc: Encodable { var version = 1; var rules: [Item] }
        return JSONOutput.encode(Doc(rules: rules.map {
            Item(id: $0.id.raw, severity: $0.severity.description, summary: summary($0, language),
                 triggering: example($0.triggering), passing: example($0.passing))
        }))
    }
}

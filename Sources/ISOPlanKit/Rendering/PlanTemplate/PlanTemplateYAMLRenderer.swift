/// Writes a `PlanTemplate` as the plan file of `isoplan init`: the schema modeline, the
/// agency and baseline, the status date on the start, one task per step with progress 0, and
/// short comments for the user in the template's language (`TemplateWords`).
public enum PlanTemplateYAMLRenderer {
    /// The plan file's text (YAML, UTF-8, ending in a newline).
    public static func render(_ template: PlanTemplate, catalog: Catalog) -> String {
        let words = TemplateWords(language: template.language, scenario: template.scenario)
        let start = template.start
        var lines = ["# yaml-language-server: $schema=\(template.schemaPath)"] + words.header
        lines += ["version: 1"] + agencyLines(template, words) + baselineLines(template, words)
        lines += ["target:", "  standard: TCVN ISO 9001:2015",
                  commented("  # deadline: 2020-12-31", words.deadline)]
        lines.append("start: \(start.iso)")
        lines.append(commented("status_date: \(start.iso)", words.statusDate))
        lines += words.notApplicable
        lines += ["tasks:"] + words.tasks
        for task in template.tasks(catalog: catalog) { lines += taskLines(task) }
        return lines.joined(separator: "\n") + "\n"
    }

    static func agencyLines(_ template: PlanTemplate, _ words: TemplateWords) -> [String] {
        var lines = ["agency:", "  id: \(YAMLScalar.render(template.agencyID))",
                     "  name: \(YAMLScalar.render(template.name))"]
        if let nameEn = template.nameEn {
            lines.append("  name_en: \(YAMLScalar.render(nameEn))")
        } else {
            lines.append(commented("  # name_en: …", words.nameEn))
        }
        lines.append("  type: \(template.type.rawValue)")
        if let province = template.province { lines.append("  province: \(YAMLScalar.render(province))") }
        return lines
    }

    static func baselineLines(_ template: PlanTemplate, _ words: TemplateWords) -> [String] {
        var lines = ["baseline:", "  standard: \(template.baseline.rawValue)"]
        if template.baseline == .iso2008 {
            if let announced = template.announced {
                lines.append(commented("  announced: \(announced.iso)", words.announced))
            }
            if let decision = template.decision { lines.append("  decision: \(YAMLScalar.render(decision))") }
        }
        if let procedures = template.procedures {
            lines.append("  procedures_in_scope: \(procedures)")
        } else {
            lines.append(commented("  procedures_in_scope: 0", words.procedures))
        }
        if template.baseline == .iso2008 {
            lines.append(commented("  # quality_manual: true", words.qualityManual))
            lines.append(commented("  # management_representative: true", words.managementRepresentative))
        }
        return lines
    }

    static func taskLines(_ task: PlanTemplate.Task) -> [String] {
        var lines = ["  - id: \(YAMLScalar.render(task.id))",
                     "    title: \(YAMLScalar.render(task.title))",
                     "    step: \(task.step)"]
        if !task.clauses.isEmpty {
            lines += flowList("    clauses: ", task.clauses.map(YAMLScalar.doubleQuoted))
        }
        if !task.after.isEmpty {
            lines.append("    after: [" + task.after.map { YAMLScalar.render($0, inFlow: true) }.joined(separator: ", ") + "]")
        }
        lines.append("    duration: \(task.duration)")
        lines.append("    progress: 0")
        return lines
    }

    /// `key[a, b, …]` as a flow list, continued on indented lines past 100 columns.
    static func flowList(_ key: String, _ values: [String]) -> [String] {
        let indent = String(repeating: " ", count: key.count + 1)
        var lines: [String] = []
        var line = key + "["
        for (i, value) in values.enumerated() {
            let piece = value + (i == values.count - 1 ? "]" : ",")
            if line.count + 1 + piece.count > 100 && !line.hasSuffix("[") {
                lines.append(line)
                line = indent + piece
            } else {
                line += (line.hasSuffix("[") ? "" : " ") + piece
            }
        }
        return lines + [line]
    }

    /// `line` followed by `# comment`, the comments aligned on one column.
    static func commented(_ line: String, _ comment: String) -> String {
        let column = 38
        let width = TextWidth.of(line)
        return line + String(repeating: " ", count: max(1, column - width)) + "# " + comment
    }
}

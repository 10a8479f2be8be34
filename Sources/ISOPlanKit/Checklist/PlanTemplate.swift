/// A new agency plan, as written by `isoplan init`: one task per catalog step with its
/// typical duration for the scenario, `after:` from the catalog predecessors, progress 0,
/// the status date on the start, the schema modeline and short comments for the user.
public struct PlanTemplate: Sendable {
    /// The modeline's schema path, relative to a plan in `plans/agencies/`.
    public static let defaultSchemaPath = "../../schema/plan.schema.json"

    /// Agency id (`^[a-z0-9-]+$`).
    public var agencyID: String
    /// Official Vietnamese name.
    public var name: String
    /// English name, if any.
    public var nameEn: String?
    /// Ministry unit or provincial department.
    public var type: AgencyType
    /// Province; required for a provincial department.
    public var province: String?
    /// Plan start; also the status date of the new plan.
    public var start: CalendarDate
    /// `iso2008` for a conversion, `none` for a new build.
    public var baseline: Baseline.Standard
    /// Date of the 2008 announcement (conversion only).
    public var announced: CalendarDate?
    /// Number of the 2008 announcement decision (conversion only).
    public var decision: String?
    /// Administrative procedures in scope; 0 with a reminder comment when unknown.
    public var procedures: Int?
    /// Language of the comments (task titles are always Vietnamese).
    public var language: Language
    /// Schema path written in the modeline.
    public var schemaPath: String

    /// Creates a template from the `isoplan init` options.
    public init(agencyID: String, name: String, nameEn: String? = nil, type: AgencyType,
                province: String? = nil, start: CalendarDate, baseline: Baseline.Standard = .iso2008,
                announced: CalendarDate? = nil, decision: String? = nil, procedures: Int? = nil,
                language: Language = .vi, schemaPath: String = PlanTemplate.defaultSchemaPath) {
        self.agencyID = agencyID
        self.name = name
        self.nameEn = nameEn
        self.type = type
        self.province = province
        self.start = start
        self.baseline = baseline
        self.announced = announced
        self.decision = decision
        self.procedures = procedures
        self.language = language
        self.schemaPath = schemaPath
    }

    /// Conversion or new build, from the baseline.
    public var scenario: Catalog.Scenario { baseline == .none ? .newBuild : .conversion }

    /// The plan file's text (YAML, UTF-8, ending in a newline).
    public func render(catalog: Catalog) -> String {
        let words = TemplateWords(language: language, scenario: scenario)
        var lines = ["# yaml-language-server: $schema=\(schemaPath)"] + words.header
        lines += ["version: 1"] + agencyLines(words) + baselineLines(words)
        lines += ["target:", "  standard: TCVN ISO 9001:2015",
                  commented("  # deadline: 2020-12-31", words.deadline)]
        lines.append("start: \(start.iso)")
        lines.append(commented("status_date: \(start.iso)", words.statusDate))
        lines += words.notApplicable
        lines += ["tasks:"] + words.tasks
        for step in catalog.steps { lines += taskLines(step, catalog: catalog) }
        return lines.joined(separator: "\n") + "\n"
    }

    func agencyLines(_ words: TemplateWords) -> [String] {
        var lines = ["agency:", "  id: \(YAMLScalar.render(agencyID))", "  name: \(YAMLScalar.render(name))"]
        if let nameEn {
            lines.append("  name_en: \(YAMLScalar.render(nameEn))")
        } else {
            lines.append(commented("  # name_en: …", words.nameEn))
        }
        lines.append("  type: \(type.rawValue)")
        if let province { lines.append("  province: \(YAMLScalar.render(province))") }
        return lines
    }

    func baselineLines(_ words: TemplateWords) -> [String] {
        var lines = ["baseline:", "  standard: \(baseline.rawValue)"]
        if baseline == .iso2008 {
            if let announced { lines.append(commented("  announced: \(announced.iso)", words.announced)) }
            if let decision { lines.append("  decision: \(YAMLScalar.render(decision))") }
        }
        if let procedures {
            lines.append("  procedures_in_scope: \(procedures)")
        } else {
            lines.append(commented("  procedures_in_scope: 0", words.procedures))
        }
        if baseline == .iso2008 {
            lines.append(commented("  # quality_manual: true", words.qualityManual))
            lines.append(commented("  # management_representative: true", words.managementRepresentative))
        }
        return lines
    }

    func taskLines(_ step: Catalog.Step, catalog: Catalog) -> [String] {
        var lines = ["  - id: \(YAMLScalar.render(StepWording.taskID(of: step)))",
                     "    title: \(YAMLScalar.render(StepWording.title(of: step, scenario).vi))",
                     "    step: \(step.id)"]
        let clauses = step.clauses.filter { id in
            !step.clauses.contains(catalog.clause(id: id)?.parent ?? "") && !Self.usuallyNotApplicable.contains(id)
        }
        if !clauses.isEmpty {
            lines += flowList("    clauses: ", clauses.map(YAMLScalar.doubleQuoted))
        }
        let after = step.predecessors.compactMap { catalog.step(id: $0) }.map(StepWording.taskID(of:))
        if !after.isEmpty {
            lines.append("    after: [" + after.map { YAMLScalar.render($0, inFlow: true) }.joined(separator: ", ") + "]")
        }
        lines.append("    duration: \(step.typicalDuration.days(for: scenario))")
        lines.append("    progress: 0")
        return lines
    }

    /// Clauses left out of the template's `clauses:` lists because agencies usually declare
    /// them not applicable (8.3 design and development); the step still covers them.
    public static let usuallyNotApplicable: Set<String> = ["8.3"]

    /// `key[a, b, …]` as a flow list, continued on indented lines past 100 columns.
    func flowList(_ key: String, _ values: [String]) -> [String] {
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
    func commented(_ line: String, _ comment: String) -> String {
        let column = 38
        let width = TextWidth.of(line)
        return line + String(repeating: " ", count: max(1, column - width)) + "# " + comment
    }
}

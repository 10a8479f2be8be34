/// What one rule checks: its stable id, default severity and a one-line summary.
public struct RuleInfo: Sendable, Hashable {
    public var id: RuleID
    public var severity: Diagnostic.Severity
    public var summary: String
    public init(_ id: String, _ severity: Diagnostic.Severity, _ summary: String) {
        self.id = RuleID(id)
        self.severity = severity
        self.summary = summary
    }
}

/// Every rule the loader and validator can report, in one list (ids are unique: a test checks).
public enum RuleCatalog {
    public static let all: [RuleInfo] = [
        RuleInfo("unreadable-file", .error, "The file or folder could not be read."),
        RuleInfo("file-too-large", .error, "The file is larger than the size limit for a plan."),
        RuleInfo("yaml-syntax", .error, "The file is not well-formed YAML (or not valid UTF-8)."),
        RuleInfo("empty-file", .error, "The file holds no YAML document."),
        RuleInfo("yaml-multiple-documents", .error, "A plan file must hold exactly one YAML document."),
        RuleInfo("yaml-alias", .error, "YAML aliases (*name) are not allowed in plans."),
        RuleInfo("yaml-anchor", .warning, "YAML anchors (&name) have no use in plans and are ignored."),
        RuleInfo("yaml-too-deep", .error, "Lists and mappings are nested deeper than any plan needs."),
        RuleInfo("yaml-complex-key", .error, "A mapping key must be a plain string."),
        RuleInfo("not-a-mapping", .error, "The top level of a plan must be a mapping of fields."),
        RuleInfo("unknown-key", .error, "A key that the plan format does not define."),
        RuleInfo("duplicate-key", .error, "The same key appears twice in one mapping."),
        RuleInfo("missing-field", .error, "A required field is missing or empty."),
        RuleInfo("wrong-type", .error, "A field holds the wrong kind of value."),
        RuleInfo("invalid-date", .error, "A date is not a real calendar date in YYYY-MM-DD form."),
        RuleInfo("date-out-of-range", .error, "A date lies outside 1900-01-01…2199-12-31."),
        RuleInfo("invalid-id", .error, "An id must use only a-z, 0-9 and '-'."),
        RuleInfo("invalid-value", .error, "A field holds a value outside its allowed set."),
        RuleInfo("invalid-duration", .error, "A duration must be working days: 5, \"5d\" or \"3w\"."),
        RuleInfo("unsupported-version", .error, "The plan format version is not supported."),
        RuleInfo("unknown-step", .error, "A task names a migration step that is not in the catalog."),
        RuleInfo("unknown-clause", .warning, "A clause id that is not an ISO 9001:2015 clause."),
        RuleInfo("no-tasks", .error, "A plan must list at least one task."),
        RuleInfo("duplicate-task-id", .error, "Two tasks of a plan share an id."),
        RuleInfo("duplicate-agency-id", .error, "Two plans of the portfolio share an agency id."),
        RuleInfo("duplicate-portfolio", .warning, "More than one portfolio file was given; the first is used."),
        RuleInfo("unknown-predecessor", .error, "`after` names a task that does not exist in the plan."),
        RuleInfo("dependency-cycle", .error, "Tasks depend on each other in a cycle."),
        RuleInfo("duration-and-end", .error, "A task gives both `duration` and `end`."),
        RuleInfo("missing-duration", .error, "A task gives neither `duration` nor `end`."),
        RuleInfo("missing-start", .error, "A task has no start, no predecessor and the plan has no `start`."),
        RuleInfo("end-before-start", .error, "A task's `end` is before its start."),
        RuleInfo("progress-out-of-range", .error, "Progress must be between 0 and 100."),
        RuleInfo("done-on-incomplete", .error, "`done_on` is set on a task below 100 %."),
        RuleInfo("done-on-after-status-date", .error, "`done_on` is later than the plan's status date."),
        RuleInfo("not-applicable-clause", .warning, "A clause declared not applicable that cannot be excluded."),
        RuleInfo("missing-step", .warning, "No task covers a required migration step."),
        RuleInfo("overdue-task", .warning, "A task's planned end is before the status date but it is not complete."),
        RuleInfo("stale-status", .warning, "The status date is older than the agency's reporting cadence."),
        RuleInfo("status-date-in-future", .warning, "The status date is after the evaluation date."),
        RuleInfo("too-many-diagnostics", .error, "A file has more problems than are shown; the rest are counted."),
    ]

    /// The rule with this id, if any.
    public static func info(_ id: RuleID) -> RuleInfo? { byID[id] }

    private static let byID: [RuleID: RuleInfo] = {
        var d: [RuleID: RuleInfo] = [:]
        for r in all { d[r.id] = r }
        return d
    }()
}

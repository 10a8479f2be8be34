/// The list of rules for `isoplan rules` and the docs.
public enum RulesRenderer {
    /// One line per rule: id, severity, summary.
    public static func text() -> String {
        let w = RuleCatalog.all.map { $0.id.raw.count }.max() ?? 0
        return RuleCatalog.all.map { r in
            TextWidth.padRight(r.id.raw, to: w) + "  " + TextWidth.padRight(r.severity.description, to: 7) + "  " + r.summary
        }.joined(separator: "\n") + "\n"
    }

    struct Item: Encodable {
        var id: String
        var severity: String
        var summary: String
    }

    /// `{"version": 1, "rules": [{"id", "severity", "summary"}]}`.
    public static func json() -> String {
        struct Doc: Encodable { var version = 1; var rules: [Item] }
        return JSONOutput.encode(Doc(rules: RuleCatalog.all.map {
            Item(id: $0.id.raw, severity: $0.severity.description, summary: $0.summary)
        }))
    }
}

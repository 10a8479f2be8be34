/// `isoplan risk --format json`: the stable, documented object (docs/risk.md).
enum RiskJSONRenderer {
    struct Doc: Encodable {
        var version = 1
        var as_of: String
        var deadline: String
        var at_risk_slack: Int
        var agencies: [Agency]
        var summary: Summary
    }

    struct Agency: Encodable {
        var id: String
        var name: String
        var name_en: String?
        var file: String
        var type: String?
        var province: String?
        var level: String
        var progress: Double?
        var status_date: String?
        var planned_finish: String?
        var projected_finish: String?
        var deadline: String
        var slack_days: Int?
        var must_start_by: MustStart?
        var reasons: [Reason]
    }

    struct MustStart: Encodable {
        var task: String
        var title: String
        var date: String
        var projected_start: String
    }

    struct Reason: Encodable {
        var rule: String
        var level: String?
        var message: String
        var file: String?
        var line: Int?
    }

    struct Summary: Encodable {
        var agencies: Int
        var by_level: [String: Int]
        var by_type: [String: [String: Int]]
        var in_time: Int
        var in_time_percent: Double
        var target_percent = 100
    }

    /// Agencies are written in parallel by `write` (the same text as `JSONEncoder`, which
    /// `foundationRender` keeps for reference); the small summary goes through the encoder.
    static func render(_ risk: PortfolioRisk, _ o: ReportOptions) -> String {
        let parts = ParallelMap.map(risk.agencies) { a -> [UInt8]? in write(agency(a, o.language)) }
        guard parts.allSatisfy({ $0 != nil }) else { return foundationRender(risk, o) }
        return list(risk, o).joined(parts.map { $0! })
    }

    /// The document around the agencies: its other keys (the small summary goes through the
    /// encoder) after the list.
    static func list(_ risk: PortfolioRisk, _ o: ReportOptions) -> JSONText.ListDocument {
        let doc = document(risk, o.language, agencies: false)
        let summary = JSONOutput.encode(doc.summary).dropLast().replacingOccurrences(of: "\n", with: "\n  ")
        var w = JSONText.Writer(capacity: 256 + summary.utf8.count)
        w.key(2, "as_of"); w.string(doc.as_of); w.comma()
        w.key(2, "at_risk_slack"); w.int(doc.at_risk_slack); w.comma()
        w.key(2, "deadline"); w.string(doc.deadline); w.comma()
        w.key(2, "summary"); w.raw(summary); w.comma()
        w.raw("  \"version\" : \(doc.version)\n}\n")
        return JSONText.ListDocument(key: "agencies", rest: w.bytes)
    }

    /// The same document through Foundation's `JSONEncoder`.
    static func foundationRender(_ risk: PortfolioRisk, _ o: ReportOptions) -> String {
        JSONOutput.encode(document(risk, o.language))
    }

    /// One agency object as an element of the top-level `agencies` list (keys sorted, indented
    /// by four spaces, absent values left out), or nil when a number is not finite.
    static func write(_ a: Agency) -> [UInt8]? {
        var progress: String?
        if let v = a.progress {
            guard let text = JSONText.number(v) else { return nil }
            progress = text
        }
        var w = JSONText.Writer(capacity: 512 + a.reasons.count * 256)
        w.raw("    {\n")
        w.key(6, "deadline"); w.string(a.deadline); w.comma()
        w.key(6, "file"); w.string(a.file); w.comma()
        w.key(6, "id"); w.string(a.id); w.comma()
        w.key(6, "level"); w.string(a.level); w.comma()
        if let m = a.must_start_by { mustStart(m, &w); w.comma() }
        w.key(6, "name"); w.string(a.name); w.comma()
        if let v = a.name_en { w.key(6, "name_en"); w.string(v); w.comma() }
        if let v = a.planned_finish { w.key(6, "planned_finish"); w.string(v); w.comma() }
        if let progress { w.key(6, "progress"); w.raw(progress); w.comma() }
        if let v = a.projected_finish { w.key(6, "projected_finish"); w.string(v); w.comma() }
        if let v = a.province { w.key(6, "province"); w.string(v); w.comma() }
        reasons(a.reasons, &w)
        if let v = a.slack_days { w.comma(); w.key(6, "slack_days"); w.int(v) }
        if let v = a.status_date { w.comma(); w.key(6, "status_date"); w.string(v) }
        if let v = a.type { w.comma(); w.key(6, "type"); w.string(v) }
        w.raw("\n    }")
        return w.bytes
    }

    /// The agency's `must_start_by` member (without a comma after it).
    static func mustStart(_ m: MustStart, _ w: inout JSONText.Writer) {
        w.key(6, "must_start_by"); w.raw("{\n")
        w.key(8, "date"); w.string(m.date); w.comma()
        w.key(8, "projected_start"); w.string(m.projected_start); w.comma()
        w.key(8, "task"); w.string(m.task); w.comma()
        w.key(8, "title"); w.string(m.title)
        w.raw("\n      }")
    }

    /// The agency's `reasons` member (without a comma after it).
    static func reasons(_ reasons: [Reason], _ w: inout JSONText.Writer) {
        w.key(6, "reasons")
        if reasons.isEmpty { return w.raw("[\n\n      ]") }
        w.raw("[")
        for (i, r) in reasons.enumerated() {
            w.raw(i == 0 ? "\n        {\n" : ",\n        {\n")
            if let v = r.file { w.key(10, "file"); w.string(v); w.comma() }
            if let v = r.level { w.key(10, "level"); w.string(v); w.comma() }
            if let v = r.line { w.key(10, "line"); w.int(v); w.comma() }
            w.key(10, "message"); w.string(r.message); w.comma()
            w.key(10, "rule"); w.string(r.rule)
            w.raw("\n        }")
        }
        w.raw("\n      ]")
    }

    /// `agencies: false` leaves the agency list empty (the fast path writes it separately).
    static func document(_ risk: PortfolioRisk, _ L: Language, agencies: Bool = true) -> Doc {
        let s = risk.summary
        var byType: [String: [String: Int]] = [:]
        for t in AgencyType.allCases {
            var m: [String: Int] = [:]
            for l in RiskLevel.allCases { m[l.rawValue] = s.byType[t]?[l] ?? 0 }
            byType[t.rawValue] = m
        }
        return Doc(as_of: risk.asOf.iso, deadline: risk.deadline.iso, at_risk_slack: risk.atRiskSlack,
                   agencies: agencies ? risk.agencies.map { agency($0, L) } : [],
                   summary: Summary(agencies: s.total, by_level: byLevel(s), by_type: byType, in_time: s.inTime,
                                    in_time_percent: (s.inTimePercent * 10).rounded() / 10))
    }

    /// The `by_level` counts of a summary: every level's code, and `invalid`.
    static func byLevel(_ s: RiskSummary) -> [String: Int] {
        var byLevel: [String: Int] = ["invalid": s.invalid]
        for l in RiskLevel.allCases { byLevel[l.rawValue] = s.count(l) }
        return byLevel
    }

    static func agency(_ a: AgencyRisk, _ L: Language) -> Agency {
        Agency(id: a.id, name: a.name, name_en: a.nameEn, file: a.file, type: a.type?.rawValue, province: a.province,
               level: a.level?.rawValue ?? "invalid",
               progress: a.level == nil ? nil : (a.progress * 10).rounded() / 10,
               status_date: a.statusDate?.iso, planned_finish: a.plannedFinish?.iso,
               projected_finish: a.projectedFinish?.iso, deadline: a.deadline.iso, slack_days: a.slackDays,
               must_start_by: a.nextMustStart.map {
                   MustStart(task: $0.task, title: $0.title, date: $0.date.iso, projected_start: $0.projectedStart.iso)
               },
               reasons: a.reasons.map { Reason(rule: $0.rule.raw, level: $0.level?.rawValue, message: RiskText.message($0, L),
                                               file: $0.location?.file, line: $0.location?.line) })
    }
}

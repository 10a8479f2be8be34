/// `isoplan report --format json`: the stable, documented object (docs/risk.md).
enum ReportJSONRenderer {
    struct Doc: Encodable {
        var version = 1
        var period: Period
        var next_period: Period
        var as_of: String
        var deadline: String
        var agencies: [Agency]
        var summary: Summary
    }

    struct Period: Encodable {
        var id: String
        var label: String
        var start: String
        var end: String
    }

    struct Agency: Encodable {
        var risk: RiskJSONRenderer.Agency
        var cadence: String?
        var must_report: Bool
        var stale: Bool
        var completed_in_period: [Task]
        var due_next_period: [Task]
        var must_start_by_next_period: [Task]

        func encode(to encoder: any Encoder) throws {
            try risk.encode(to: encoder)
            var c = encoder.container(keyedBy: Keys.self)
            try c.encodeIfPresent(cadence, forKey: .cadence)
            try c.encode(must_report, forKey: .must_report)
            try c.encode(stale, forKey: .stale)
            try c.encode(completed_in_period, forKey: .completed_in_period)
            try c.encode(due_next_period, forKey: .due_next_period)
            try c.encode(must_start_by_next_period, forKey: .must_start_by_next_period)
        }

        enum Keys: String, CodingKey {
            case cadence, must_report, stale, completed_in_period, due_next_period, must_start_by_next_period
        }
    }

    struct Task: Encodable {
        var id: String
        var title: String
        var step: String?
        var progress: Int
        var date: String
    }

    struct Summary: Encodable {
        var agencies: Int
        var must_report: Int
        var stale: Int
        var stale_among_due: Int
        var tasks_completed: Int
        var by_level: [String: Int]
        var in_time: Int
        var in_time_percent: Double
    }

    static func render(_ r: PeriodicReport, _ o: ReportOptions) -> String {
        ReportLayout(.json, o).render(r)
    }

    /// The same document through one `JSONEncoder` call (what `render` must equal).
    static func foundationRender(_ r: PeriodicReport, _ o: ReportOptions) -> String {
        let L = o.language
        return JSONOutput.encode(Doc(period: period(r.period, L), next_period: period(r.period.next, L), as_of: r.asOf.iso,
                                     deadline: r.deadline.iso, agencies: r.entries.map { agency($0, L) },
                                     summary: summary(r.summary)))
    }

    static func period(_ p: ReportPeriod, _ L: Language) -> Period {
        Period(id: p.id, label: p.label(L), start: p.start.iso, end: p.end.iso)
    }

    static func summary(_ s: PeriodicReport.Summary) -> Summary {
        Summary(agencies: s.agencies, must_report: s.mustReport, stale: s.stale, stale_among_due: s.staleAmongDue,
                tasks_completed: s.tasksCompleted, by_level: RiskJSONRenderer.byLevel(s.risk), in_time: s.risk.inTime,
                in_time_percent: (s.risk.inTimePercent * 10).rounded() / 10)
    }

    /// The fields after `agencies`, in key order (what `JSONEncoder` writes with sorted keys).
    struct Rest: Encodable {
        var as_of: String
        var deadline: String
        var next_period: Period
        var period: Period
        var summary: Summary
        var version = 1
    }

    /// The text around the agencies: `{ "agencies" : [`, the comma between two agencies, and
    /// the list's end with the other fields — together with `agencyBytes`, the text
    /// `JSONEncoder` writes for the whole document.
    static func document(_ r: PeriodicReport, _ o: ReportOptions) -> (head: String, separator: String, tail: String) {
        let L = o.language
        let rest = Rest(as_of: r.asOf.iso, deadline: r.deadline.iso, next_period: period(r.period.next, L),
                        period: period(r.period, L), summary: summary(r.summary))
        // `{\n` dropped: the rest goes on inside the document's object.
        let d = JSONText.ListDocument(key: "agencies", rest: Array(JSONOutput.encode(rest).utf8.dropFirst(2)))
        return (String(decoding: d.head, as: UTF8.self), String(decoding: d.separator, as: UTF8.self),
                String(decoding: d.tail, as: UTF8.self))
    }

    /// One agency as an element of the document's `agencies` list: its object indented by four
    /// spaces, the text `JSONEncoder` writes for `agency` (`encodedAgency`), written by hand.
    static func agencyBytes(_ e: PeriodicReport.Entry, _ o: ReportOptions) -> [UInt8] {
        write(e, o.language) ?? encodedAgency(e, o)
    }

    /// The agency's members in sorted key order (the risk's and the report's interleaved), or
    /// nil when a number is not finite.
    static func write(_ e: PeriodicReport.Entry, _ L: Language) -> [UInt8]? {
        let a = RiskJSONRenderer.agency(e.risk, L)
        var progress: String?
        if let v = a.progress {
            guard let text = JSONText.number(v) else { return nil }
            progress = text
        }
        let tasks = e.completedInPeriod.count + e.dueNextPeriod.count + e.mustStartByNextPeriod.count
        var w = JSONText.Writer(capacity: 768 + a.reasons.count * 256 + tasks * 192)
        w.raw("    {\n")
        if let c = e.cadence { w.key(6, "cadence"); w.string(c.rawValue); w.comma() }
        Self.tasks("completed_in_period", e.completedInPeriod, { $0.finishedOn }, &w); w.comma()
        w.key(6, "deadline"); w.string(a.deadline); w.comma()
        Self.tasks("due_next_period", e.dueNextPeriod, { $0.projectedEnd }, &w); w.comma()
        w.key(6, "file"); w.string(a.file); w.comma()
        w.key(6, "id"); w.string(a.id); w.comma()
        w.key(6, "level"); w.string(a.level); w.comma()
        w.key(6, "must_report"); w.raw(e.mustReport ? "true" : "false"); w.comma()
        if let m = a.must_start_by { RiskJSONRenderer.mustStart(m, &w); w.comma() }
        Self.tasks("must_start_by_next_period", e.mustStartByNextPeriod, { $0.latestStart }, &w); w.comma()
        w.key(6, "name"); w.string(a.name); w.comma()
        if let v = a.name_en { w.key(6, "name_en"); w.string(v); w.comma() }
        if let v = a.planned_finish { w.key(6, "planned_finish"); w.string(v); w.comma() }
        if let progress { w.key(6, "progress"); w.raw(progress); w.comma() }
        if let v = a.projected_finish { w.key(6, "projected_finish"); w.string(v); w.comma() }
        if let v = a.province { w.key(6, "province"); w.string(v); w.comma() }
        RiskJSONRenderer.reasons(a.reasons, &w)
        if let v = a.slack_days { w.comma(); w.key(6, "slack_days"); w.int(v) }
        w.comma(); w.key(6, "stale"); w.raw(e.isStale ? "true" : "false")
        if let v = a.status_date { w.comma(); w.key(6, "status_date"); w.string(v) }
        if let v = a.type { w.comma(); w.key(6, "type"); w.string(v) }
        w.raw("\n    }")
        return w.bytes
    }

    /// A member listing tasks (`Task`), each with the date `date` gives (empty when none).
    static func tasks(_ key: String, _ list: [AgencyRisk.TaskFact], _ date: (AgencyRisk.TaskFact) -> CalendarDate?,
                      _ w: inout JSONText.Writer) {
        w.key(6, key)
        if list.isEmpty { return w.raw("[\n\n      ]") }
        w.raw("[")
        for (i, t) in list.enumerated() {
            w.raw(i == 0 ? "\n        {\n" : ",\n        {\n")
            w.key(10, "date")
            if let d = date(t) { w.date(d) } else { w.string("") }
            w.comma()
            w.key(10, "id"); w.string(t.id); w.comma()
            w.key(10, "progress"); w.int(t.progress); w.comma()
            if let s = t.step { w.key(10, "step"); w.string(s.rawValue); w.comma() }
            w.key(10, "title"); w.string(t.title)
            w.raw("\n        }")
        }
        w.raw("\n      ]")
    }

    /// The agency through `JSONEncoder`, indented by four spaces (an empty line stays empty, as
    /// the encoder writes it): what `write` must equal.
    static func encodedAgency(_ e: PeriodicReport.Entry, _ o: ReportOptions) -> [UInt8] {
        let text = JSONOutput.encode(agency(e, o.language))
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count * 5 / 4)
        var lineStart = true
        for b in text.utf8.dropLast() {
            if lineStart && b != UInt8(ascii: "\n") { out += [0x20, 0x20, 0x20, 0x20] }
            out.append(b)
            lineStart = b == UInt8(ascii: "\n")
        }
        return out
    }

    static func agency(_ e: PeriodicReport.Entry, _ L: Language) -> Agency {
        Agency(risk: RiskJSONRenderer.agency(e.risk, L), cadence: e.cadence?.rawValue, must_report: e.mustReport,
               stale: e.isStale,
               completed_in_period: e.completedInPeriod.map { Task(id: $0.id, title: $0.title, step: $0.step?.rawValue, progress: $0.progress, date: $0.finishedOn?.iso ?? "") },
               due_next_period: e.dueNextPeriod.map { Task(id: $0.id, title: $0.title, step: $0.step?.rawValue, progress: $0.progress, date: $0.projectedEnd.iso) },
               must_start_by_next_period: e.mustStartByNextPeriod.map { Task(id: $0.id, title: $0.title, step: $0.step?.rawValue, progress: $0.progress, date: $0.latestStart?.iso ?? "") })
    }
}

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
        var cadence: String
        var must_report: Bool
        var stale: Bool
        var completed_in_period: [Task]
        var due_next_period: [Task]
        var must_start_by_next_period: [Task]

        func encode(to encoder: any Encoder) throws {
            try risk.encode(to: encoder)
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(cadence, forKey: .cadence)
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
        let s = r.summary
        func period(_ p: ReportPeriod) -> Period { Period(id: p.id, label: p.label(L), start: p.start.iso, end: p.end.iso) }
        return JSONOutput.encode(Doc(period: period(r.period), next_period: period(r.period.next), as_of: r.asOf.iso,
                                     deadline: r.deadline.iso, agencies: r.entries.map { agency($0, L) },
                                     summary: Summary(agencies: s.agencies, must_report: s.mustReport, stale: s.stale,
                                                      stale_among_due: s.staleAmongDue, tasks_completed: s.tasksCompleted,
                                                      by_level: RiskJSONRenderer.byLevel(s.risk), in_time: s.risk.inTime,
                                                      in_time_percent: (s.risk.inTimePercent * 10).rounded() / 10)))
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
        let s = r.summary
        func period(_ p: ReportPeriod) -> Period { Period(id: p.id, label: p.label(L), start: p.start.iso, end: p.end.iso) }
        let rest = Rest(as_of: r.asOf.iso, deadline: r.deadline.iso, next_period: period(r.period.next), period: period(r.period),
                        summary: Summary(agencies: s.agencies, must_report: s.mustReport, stale: s.stale, stale_among_due: s.staleAmongDue,
                                         tasks_completed: s.tasksCompleted, by_level: RiskJSONRenderer.byLevel(s.risk), in_time: s.risk.inTime,
                                         in_time_percent: (s.risk.inTimePercent * 10).rounded() / 10))
        // `{\n` dropped: the rest goes on inside the document's object.
        let d = JSONText.ListDocument(key: "agencies", rest: Array(JSONOutput.encode(rest).utf8.dropFirst(2)))
        return (String(decoding: d.head, as: UTF8.self), String(decoding: d.separator, as: UTF8.self),
                String(decoding: d.tail, as: UTF8.self))
    }

    /// One agency as an element of the document's `agencies` list: its object indented by four
    /// spaces (an empty line stays empty, as `JSONEncoder` writes it).
    static func agencyBytes(_ e: PeriodicReport.Entry, _ o: ReportOptions) -> [UInt8] {
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
        Agency(risk: RiskJSONRenderer.agency(e.risk, L), cadence: e.cadence.rawValue, must_report: e.mustReport,
               stale: e.isStale,
               completed_in_period: e.completedInPeriod.map { Task(id: $0.id, title: $0.title, step: $0.step?.rawValue, progress: $0.progress, date: $0.finishedOn?.iso ?? "") },
               due_next_period: e.dueNextPeriod.map { Task(id: $0.id, title: $0.title, step: $0.step?.rawValue, progress: $0.progress, date: $0.projectedEnd.iso) },
               must_start_by_next_period: e.mustStartByNextPeriod.map { Task(id: $0.id, title: $0.title, step: $0.step?.rawValue, progress: $0.progress, date: $0.latestStart?.iso ?? "") })
    }
}

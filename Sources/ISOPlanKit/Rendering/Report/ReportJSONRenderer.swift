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
        let L = o.language
        let s = r.summary
        func period(_ p: ReportPeriod) -> Period { Period(id: p.id, label: p.label(L), start: p.start.iso, end: p.end.iso) }
        let doc = Doc(period: period(r.period), next_period: period(r.period.next), as_of: r.asOf.iso, deadline: r.deadline.iso,
                      agencies: r.entries.map { e in
                          Agency(risk: RiskJSONRenderer.agency(e.risk, L), cadence: e.cadence.rawValue, must_report: e.mustReport,
                                 stale: e.isStale,
                                 completed_in_period: e.completedInPeriod.map { Task(id: $0.id, title: $0.title, step: $0.step?.rawValue, progress: $0.progress, date: $0.finishedOn?.iso ?? "") },
                                 due_next_period: e.dueNextPeriod.map { Task(id: $0.id, title: $0.title, step: $0.step?.rawValue, progress: $0.progress, date: $0.projectedEnd.iso) },
                                 must_start_by_next_period: e.mustStartByNextPeriod.map { Task(id: $0.id, title: $0.title, step: $0.step?.rawValue, progress: $0.progress, date: $0.latestStart?.iso ?? "") })
                      },
                      summary: Summary(agencies: s.agencies, must_report: s.mustReport, stale: s.stale, stale_among_due: s.staleAmongDue,
                                       tasks_completed: s.tasksCompleted, by_level: RiskJSONRenderer.byLevel(s.risk), in_time: s.risk.inTime,
                                       in_time_percent: (s.risk.inTimePercent * 10).rounded() / 10))
        return JSONOutput.encode(doc)
    }
}

/// The risk of every agency of a portfolio at one evaluation date, worst first.
public struct PortfolioRisk: Sendable {
    /// The settings the agencies were evaluated with (the defaults without a portfolio file).
    public var portfolio: Portfolio
    public var asOf: CalendarDate
    public var agencies: [AgencyRisk]
    /// Problems that stopped a path from being read, and the portfolio file's own diagnostics.
    public var diagnostics: [Diagnostic]
    /// True when a path given could not be read.
    public var couldNotRun: Bool
    /// True when the paths held no agency plan: there was nothing to evaluate.
    public var hasNoPlan: Bool = false
    public var summary: RiskSummary { RiskSummary(agencies) }
    public var name: String? { portfolio.name?.value }
    public var deadline: CalendarDate { portfolio.effectiveDeadline }
    public var atRiskSlack: Int { portfolio.effectiveAtRiskSlack }

    /// Loads, schedules and evaluates every plan under `paths`, in parallel, deterministically.
    /// `taskFacts: false` leaves `AgencyRisk.tasks` empty (only the periodic report reads them),
    /// which keeps a 10,000-plan portfolio's memory small.
    public static func evaluate(_ paths: [String], fs: some FileSource, asOf: CalendarDate?,
                                today: CalendarDate, taskFacts: Bool = true) -> PortfolioRisk {
        evaluate(paths, fs: fs, asOf: asOf, today: today, taskFacts: taskFacts, keepTimelines: false).risk
    }

    /// Like `evaluate`, and also keeps each valid plan with its schedule, in the order the
    /// plans were read, for the charts of the HTML report: nothing is loaded or scheduled twice.
    /// A plan rejected because of another plan (a shared agency id) has no timeline, so the
    /// timelines' agency ids are unique.
    public static func evaluateWithTimelines(_ paths: [String], fs: some FileSource, asOf: CalendarDate?,
                                             today: CalendarDate) -> (risk: PortfolioRisk, timelines: [TimelineEntry]) {
        evaluate(paths, fs: fs, asOf: asOf, today: today, taskFacts: true, keepTimelines: true)
    }

    private static func evaluate(_ paths: [String], fs: some FileSource, asOf: CalendarDate?, today: CalendarDate,
                                 taskFacts: Bool, keepTimelines: Bool) -> (risk: PortfolioRisk, timelines: [TimelineEntry]) {
        let set = PlanSet.open(paths, fs: fs)
        let context = EvaluationContext(portfolio: set.portfolio, asOf: asOf, today: today)
        var agencies: [AgencyRisk] = []
        var timelines: [TimelineEntry] = []
        let verdicts = set.load(fs: fs) { f -> (AgencyRisk, TimelineEntry?) in
            let (risk, schedule) = scheduled(f, context: context, taskFacts: taskFacts)
            guard keepTimelines, let plan = f.plan, let schedule else { return (risk, nil) }
            return (risk, TimelineEntry(plan: plan, schedule: schedule, risk: risk.level))
        } collect: { results in
            agencies += results.map(\.0)
            timelines += results.compactMap(\.1)
        }
        for i in agencies.indices {
            if let d = verdicts.rejection(of: agencies[i].file) { agencies[i] = agencies[i].rejected(by: d) }
        }
        timelines.removeAll { verdicts.rejection(of: $0.plan.file) != nil }
        agencies.sort(by: AgencyRisk.worstFirst)
        let risk = PortfolioRisk(portfolio: set.portfolio, asOf: context.asOf, agencies: agencies,
                                 diagnostics: (set.diagnostics + verdicts.unreadableFiles).sortedForOutput(),
                                 couldNotRun: set.couldNotRun || verdicts.unreadable, hasNoPlan: set.hasNoPlan)
        return (risk, timelines)
    }

    /// One agency: invalid, or scheduled and evaluated.
    public static func evaluate(_ f: PlanFile, context: EvaluationContext) -> AgencyRisk {
        scheduled(f, context: context).risk
    }

    /// One agency's risk, and its schedule when the plan is valid.
    static func scheduled(_ f: PlanFile, context: EvaluationContext,
                          taskFacts: Bool = true) -> (risk: AgencyRisk, schedule: Schedule?) {
        guard let plan = f.plan, !f.diagnostics.hasErrors else {
            return (RiskEvaluator.invalid(file: f.file, plan: f.plan, diagnostics: f.diagnostics, context: context), nil)
        }
        let schedule = Scheduler.schedule(plan, context: context)
        return (RiskEvaluator.evaluate(plan, schedule: schedule, context: context, taskFacts: taskFacts), schedule)
    }

    /// True when some agency is at `level` or worse, or could not be evaluated.
    public func hasAgency(atOrAbove level: RiskLevel) -> Bool {
        agencies.contains { Self.isAgency($0, atOrAbove: level) }
    }

    /// The agencies at `level` or worse, or that could not be evaluated, in portfolio order.
    public func agencies(atOrAbove level: RiskLevel) -> [AgencyRisk] {
        agencies.filter { Self.isAgency($0, atOrAbove: level) }
    }

    static func isAgency(_ a: AgencyRisk, atOrAbove level: RiskLevel) -> Bool {
        (a.level?.severity ?? Int.max) >= level.severity
    }
}

/// Counts over a portfolio: per level, per agency type, and the share projected in time.
public struct RiskSummary: Sendable, Equatable {
    public var total: Int
    /// Agencies per level; invalid plans are counted under `invalid`.
    public var byLevel: [RiskLevel: Int]
    public var invalid: Int
    public var byType: [AgencyType: [RiskLevel: Int]]
    /// Invalid plans by the agency type they declare; those that give none are `invalidUntyped`.
    public var invalidByType: [AgencyType: Int]
    public var invalidUntyped: Int
    /// Agencies whose projected finish is on or before their deadline (done, on-track, at-risk).
    public var inTime: Int
    /// `inTime` over all agencies, in percent (invalid plans count as not shown to be in time).
    public var inTimePercent: Double

    public init(_ agencies: [AgencyRisk]) {
        total = agencies.count
        byLevel = [:]
        byType = [:]
        invalid = 0
        invalidByType = [:]
        invalidUntyped = 0
        inTime = 0
        for a in agencies {
            guard let level = a.level else {
                invalid += 1
                if let t = a.type { invalidByType[t, default: 0] += 1 } else { invalidUntyped += 1 }
                continue
            }
            byLevel[level, default: 0] += 1
            if let t = a.type { byType[t, default: [:]][level, default: 0] += 1 }
            if level != .willMiss { inTime += 1 }
        }
        inTimePercent = total == 0 ? 0 : Double(inTime) * 100 / Double(total)
    }

    /// The count for a level (0 when none).
    public func count(_ level: RiskLevel) -> Int { byLevel[level] ?? 0 }
}

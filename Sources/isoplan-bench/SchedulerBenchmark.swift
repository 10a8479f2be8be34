@_spi(Tools) import ISOPlanKit

/// Synthetic plans for measuring the scheduler (the `isoplan-bench` executable times them).
enum SchedulerBenchmark {
    /// A plan of `count` tasks with random acyclic dependencies, listed in random order so that
    /// the topological sort has work to do; the same seed gives the same plan.
    ///
    /// Each task has up to three predecessors, half of them among the 50 tasks just before it
    /// (long chains) and half anywhere before it; 5 % are milestones, 10 % have a fixed start,
    /// and the first third of the chain carries progress.
    static func plan(tasks count: Int, seed: UInt64) -> AgencyPlan {
        var rng = SplitMix64(seed: seed)
        let n = max(count, 0)
        var position = Array(0..<n)          // rank → position in the plan
        for i in stride(from: n - 1, to: 0, by: -1) { position.swapAt(i, rng.below(i + 1)) }
        let at = SourceLocation(file: "bench.yaml", line: 1, column: 1)
        let start = CalendarDate(year: 2019, month: 1, day: 7)!
        var tasks = [PlanTask?](repeating: nil, count: n)
        for rank in 0..<n {
            var after: [Located<String>] = []
            if rank > 0 {
                for _ in 0..<rng.below(4) {
                    let pred = rng.below(2) == 0 ? rank - 1 - rng.below(min(rank, 50)) : rng.below(rank)
                    after.append(Located("t\(pred)", at: at))
                }
            }
            let fixed = rng.below(10) == 0 ? start.adding(days: rng.below(400)) : nil
            tasks[position[rank]] = PlanTask(
                at: at, id: Located("t\(rank)", at: at), title: Located("Task \(rank)", at: at),
                start: fixed.map { Located($0, at: at) },
                duration: Located(rng.below(20) == 0 ? 0 : 1 + rng.below(20), at: at),
                after: after, progress: Located(rank < n / 3 ? rng.below(101) : 0, at: at))
        }
        let agency = Agency(id: Located("bench", at: at), name: Located("Benchmark", at: at),
                            nameEn: nil, type: Located(.ministryUnit, at: at), province: nil,
                            contact: nil)
        let baseline = Baseline(at: at, standard: Located(.iso2008, at: at), announced: nil,
                                decision: nil, proceduresInScope: nil, qualityManual: nil,
                                managementRepresentative: nil)
        return AgencyPlan(file: "bench.yaml", at: at, version: Located(1, at: at), agency: agency,
                          baseline: baseline, target: Target(standard: nil, deadline: nil),
                          start: Located(start, at: at),
                          statusDate: Located(CalendarDate(year: 2019, month: 9, day: 30)!, at: at),
                          tasks: tasks.compactMap { $0 }, notApplicable: [])
    }
}

// Benchmarks that need no files:
//   isoplan-bench [schedule] [tasks] [seed] [runs]   times the scheduler on a synthetic plan
//                                                    (parse excluded), prints each run and the median
//   isoplan-bench dump FILE...                       prints everything the loader makes of each file
//                                                    (for comparing two builds of the loader)
import ISOPlanKit

var args = Array(CommandLine.arguments.dropFirst())
if args.first == "dump" {
    for path in args.dropFirst() {
        var s = ""
        dump(PlanLoader.load(path, from: LocalFileSystem()), to: &s)
        let (portfolio, diagnostics) = PlanLoader.loadPortfolio(path, from: LocalFileSystem())
        dump(portfolio, to: &s)
        dump(diagnostics, to: &s)
        print(s)
    }
} else {
    if args.first == "schedule" { args.removeFirst() }
    let count = args.first.flatMap { Int($0) } ?? 100_000
    let seed = args.dropFirst().first.flatMap { UInt64($0) } ?? 42
    let runs = max(1, args.dropFirst(2).first.flatMap { Int($0) } ?? 5)
    let plan = SchedulerBenchmark.plan(tasks: count, seed: seed)
    let calendar = WorkCalendar()
    let deadline = CalendarDate(year: 2020, month: 12, day: 31)!
    let clock = ContinuousClock()
    var times: [Double] = []
    var last: Schedule?
    for run in 1...runs {
        let elapsed = clock.measure { last = Scheduler.schedule(plan, calendar: calendar, deadline: deadline) }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        times.append(seconds)
        print("run \(run): \(seconds) s")
    }
    if let s = last {
        print("tasks: \(count)  dependencies: \(plan.tasks.reduce(0) { $0 + $1.after.count })"
            + "  placed: \(s.tasks.count)  finish: \(s.projectedFinish)  critical: \(s.criticalPath.count)")
    }
    let sorted = times.sorted()
    print("median of \(runs): \(sorted[runs / 2]) s  best: \(sorted[0]) s")
}

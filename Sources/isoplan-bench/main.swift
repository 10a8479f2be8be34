// Times the scheduler on a synthetic plan: `swift run -c release isoplan-bench [tasks] [seed]`.
import ISOPlanKit

let args = CommandLine.arguments.dropFirst()
let count = args.first.flatMap { Int($0) } ?? 100_000
let seed = args.dropFirst().first.flatMap { UInt64($0) } ?? 42
let plan = SchedulerBenchmark.plan(tasks: count, seed: seed)
let calendar = WorkCalendar()
let deadline = CalendarDate(year: 2020, month: 12, day: 31)!
let clock = ContinuousClock()
var best = Duration.seconds(3600)
var last: Schedule?
for _ in 0..<5 {
    let elapsed = clock.measure { last = Scheduler.schedule(plan, calendar: calendar, deadline: deadline) }
    best = min(best, elapsed)
}
if let s = last {
    print("tasks: \(count)  dependencies: \(plan.tasks.reduce(0) { $0 + $1.after.count })"
        + "  placed: \(s.tasks.count)  finish: \(s.projectedFinish)  critical: \(s.criticalPath.count)")
}
let ms = Double(best.components.seconds) * 1000 + Double(best.components.attoseconds) / 1e15
print("best of 5: \(ms) ms")

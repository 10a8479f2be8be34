@testable import ISOPlanKit

/// A date from `YYYY-MM-DD` in test code.
func day(_ iso: String) -> CalendarDate {
    guard let d = CalendarDate(iso: iso) else { preconditionFailure("bad test date \(iso)") }
    return d
}

private func here(_ line: Int = 1) -> SourceLocation { SourceLocation(file: "test.yaml", line: line, column: 1) }
private func located<T>(_ v: T) -> Located<T> { Located(v, at: here()) }

/// A plan task built in code; dates as `YYYY-MM-DD`.
func task(_ id: String, _ title: String? = nil, start: String? = nil, duration: Int? = nil,
          end: String? = nil, after: [String] = [], progress: Int = 0,
          doneOn: String? = nil) -> PlanTask {
    PlanTask(at: here(), id: located(id), title: located(title ?? id),
             start: start.map { located(day($0)) }, duration: duration.map { located($0) },
             end: end.map { located(day($0)) }, after: after.map { located($0) },
             progress: located(progress), doneOn: doneOn.map { located(day($0)) })
}

/// An agency plan built in code.
func plan(_ id: String = "test-agency", name: String? = nil, start: String? = "2019-01-07",
          status: String = "2019-01-04", deadline: String? = nil,
          type: AgencyType = .provincialDepartment, tasks: [PlanTask]) -> AgencyPlan {
    let agency = Agency(id: located(id), name: located(name ?? id), nameEn: nil,
                        type: located(type), province: nil, contact: nil)
    let baseline = Baseline(at: here(), standard: located(.iso2008), announced: nil, decision: nil,
                            proceduresInScope: nil, qualityManual: nil, managementRepresentative: nil)
    return AgencyPlan(file: "\(id).yaml", at: here(), version: located(1), agency: agency,
                      baseline: baseline,
                      target: Target(standard: nil, deadline: deadline.map { located(day($0)) }),
                      start: start.map { located(day($0)) }, statusDate: located(day(status)),
                      tasks: tasks, notApplicable: [])
}

/// Schedules a plan with the weekends-and-additions calendar and a 2020-12-31 deadline.
func scheduled(_ p: AgencyPlan, holidays: [String] = [], workingDays: [String] = [],
               deadline: String = "2020-12-31", asOf: String? = nil) -> Schedule {
    let additions = CalendarAdditions(
        holidays: holidays.map { CalendarAdditions.Day(date: day($0), name: "off") },
        workingDays: workingDays.map { CalendarAdditions.Day(date: day($0), name: "on") })
    return Scheduler.schedule(p, calendar: WorkCalendar(additions: additions), deadline: day(deadline),
                              asOf: asOf.map(day))
}

extension Schedule {
    /// The scheduled task with a plan id (test helper; traps when absent).
    func task(id: String, in p: AgencyPlan) -> ScheduledTask {
        guard let i = p.tasks.firstIndex(where: { $0.id.value == id }), let t = task(i) else {
            preconditionFailure("no scheduled task \(id)")
        }
        return t
    }
}

import Foundation
import Testing
@testable import ISOPlanKit
@testable import ISOPlanTestSupport

/// Plans for the checklist tests: the sample portfolio and small plans written inline.
enum ChecklistFixtures {
    /// The package root (where `plans/` is).
    static var root: URL { PackageRoot.url }

    /// A sample agency plan from `plans/agencies/<id>.yaml`.
    static func sample(_ id: String) throws -> AgencyPlan {
        let path = root.appendingPathComponent("plans/agencies/\(id).yaml").path
        let file = PlanLoader.load(path, from: LocalFileSystem())
        #expect(!file.diagnostics.hasErrors, "\(file.diagnostics)")
        return try #require(file.plan)
    }

    /// A plan from inline YAML, which must load without errors.
    static func plan(_ text: String) throws -> AgencyPlan {
        let file = PlanLoader.loadPlan(text, file: "plan.yaml")
        #expect(!file.diagnostics.hasErrors, "\(file.diagnostics)")
        return try #require(file.plan)
    }

    /// A small conversion plan: `extra` goes under `baseline:`, `topLevel` before `tasks:`.
    static func small(tasks: String, baseline: String = "standard: TCVN ISO 9001:2008\n  announced: 2016-05-12",
                      extra: String = "", topLevel: String = "") -> String {
        """
        version: 1
        agency: {id: thu, name: Cục Thử, type: ministry-unit}
        baseline:
          \(baseline)
          procedures_in_scope: 10
        \(extra.isEmpty ? "" : "  " + extra + "\n")target: {standard: TCVN ISO 9001:2015}
        start: 2019-07-01
        status_date: 2019-09-30
        \(topLevel)
        tasks:
        \(tasks)
        """
    }

    static var catalog: Catalog { get throws { try Catalog.load() } }

    /// The plan's schedule on the built-in calendar.
    static func schedule(_ plan: AgencyPlan) -> Schedule {
        Scheduler.schedule(plan, calendar: WorkCalendar(), deadline: Portfolio.defaultDeadline)
    }

    /// The checklist of a plan, with the dates of its schedule.
    static func checklist(_ plan: AgencyPlan) throws -> Checklist {
        Checklist.build(plan: plan, catalog: try catalog, schedule: schedule(plan))
    }
}

extension Checklist {
    /// The item with this id (step id or clause number).
    func item(_ id: String) -> Item? { items.first { $0.id == id } }
}

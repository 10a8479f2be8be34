import Testing
@testable import ISOPlanKit
@testable import ISOPlanTestSupport

@Suite struct ChecklistTests {
    typealias F = ChecklistFixtures

    @Test func listsEveryStepAndEveryRequirementClauseOnceAndNoHeading() throws {
        let catalog = try F.catalog
        let checklist = try F.checklist(try F.sample("ha-noi"))
        #expect(checklist.steps.map(\.id) == catalog.steps.map(\.id))
        let clauseIDs = checklist.groups.flatMap(\.items).map(\.id)
        #expect(clauseIDs == catalog.requirementClauses.map(\.id))
        #expect(checklist.groups.map(\.id) == ["4", "5", "6", "7", "8", "9", "10"])
        #expect(checklist.item("4") == nil && checklist.item("10") == nil)
        for group in checklist.groups {
            #expect(group.items.allSatisfy { $0.id.hasPrefix(group.id + ".") })
        }
    }

    @Test func sampleStatusesFollowThePlan() throws {
        let c = try F.checklist(try F.sample("ha-noi"))
        let committee = try #require(c.item("steering-committee"))
        #expect(committee.status == .done(CalendarDate(iso: "2019-07-05")))
        #expect(committee.tasks == ["ban-chi-dao"])
        // documentation: one task done, one at 60 %, two not started → in progress.
        let documentation = try #require(c.item("documentation"))
        guard case .inProgress(let percent, let end) = documentation.status else {
            Issue.record("documentation is \(documentation.status)")
            return
        }
        #expect(percent == 30)   // (15×100 + 40×60 + 70×0 + 1×0) / 126
        #expect(end != nil)
        #expect(c.item("apply")?.status.code == "planned")
        #expect(c.item("5.3")?.status == .done(CalendarDate(iso: "2019-07-05")))
        // 7.2 is named by dao-tao and owned by training.
        #expect(c.item("7.2")?.tasks == ["dao-tao"])
    }

    @Test func statusRules() throws {
        let d = { (s: String) in CalendarDate(iso: s)! }
        func task(_ id: String, progress: Int, doneOn: String? = nil, duration: Int = 5) -> PlanTask {
            let at = SourceLocation(file: "p", line: 1, column: 1)
            return PlanTask(at: at, id: Located(id, at: at), title: Located(id, at: at),
                            duration: Located(duration, at: at), progress: Located(progress, at: at),
                            doneOn: doneOn.map { Located(d($0), at: at) })
        }
        let dates: [String: Checklist.TaskDates] = [
            "a": .init(plannedEnd: d("2019-07-05"), projectedEnd: d("2019-07-05"), workingDays: 5),
            "b": .init(plannedEnd: d("2019-07-12"), projectedEnd: d("2019-10-04"), workingDays: 15),
        ]
        #expect(Checklist.status(of: [], dates: dates) == .notCovered)
        #expect(Checklist.status(of: [task("a", progress: 100, doneOn: "2019-07-03"),
                                      task("b", progress: 100)], dates: dates) == .done(d("2019-07-12")))
        #expect(Checklist.status(of: [task("a", progress: 100, doneOn: "2019-07-03")], dates: [:])
                == .done(d("2019-07-03")))
        #expect(Checklist.status(of: [task("a", progress: 100), task("b", progress: 0, duration: 15)], dates: dates)
                == .inProgress(percent: 25, projectedEnd: d("2019-10-04")))
        #expect(Checklist.status(of: [task("a", progress: 0), task("b", progress: 0)], dates: dates)
                == .planned(plannedEnd: d("2019-07-12")))
        #expect(Checklist.status(of: [task("a", progress: 0)], dates: [:]) == .planned(plannedEnd: nil))
        // An item in progress never reads as 0 % or 100 %.
        #expect(Checklist.weightedProgress([task("a", progress: 1), task("b", progress: 0, duration: 500)],
                                           dates: [:]) == 1)
        #expect(Checklist.weightedProgress([task("a", progress: 100), task("b", progress: 99)], dates: [:]) == 99)
    }

    @Test func aPlanWithoutTheAnnouncementStepReportsItNotCovered() throws {
        let plan = try F.plan(F.small(tasks: """
          - {id: bcd, title: Ban chỉ đạo ISO, step: steering-committee, duration: 5, progress: 100, done_on: 2019-07-05}
          - {id: tl, title: Tài liệu, step: documentation, clauses: ["7.2"], after: [bcd], duration: 10}
        """))
        let c = try F.checklist(plan)
        let announcement = try #require(c.item("announcement"))
        #expect(announcement.status == .notCovered)
        #expect(announcement.tasks.isEmpty)
        let note = try #require(announcement.notes.first)
        #expect(note.level == .warning)
        #expect(note.text.en == "No task has 'step: announcement'; it typically takes 2 working days for a conversion.")
        #expect(note.text.vi.contains("Chưa có công việc nào có 'step: announcement'"))
        // An optional step gets an information note, not a warning.
        #expect(c.item("report")?.notes.first?.level == .info)
        #expect(c.item("report")?.notes.first?.text.en.hasPrefix("Optional step.") == true)
        // 7.2 is covered only because tl names it; 7.3 (training) by nothing.
        #expect(c.item("7.2")?.tasks == ["tl"])
        #expect(c.item("7.3")?.status == .notCovered)
        #expect(c.summary.notCovered == c.items.filter { $0.status == .notCovered }.count)
    }

    @Test func notApplicableCascadesToSubClausesWithTheReasonOnTheDeclaredClause() throws {
        let c = try F.checklist(try F.sample("ha-noi"))
        let design = try #require(c.item("8.3"))
        guard case .notApplicable(let reason, let declaredFor) = design.status else {
            Issue.record("8.3 is \(design.status)")
            return
        }
        #expect(reason.hasPrefix("Sở không thiết kế"))
        #expect(declaredFor == "8.3")
        #expect(design.notes.isEmpty)
        #expect(design.tasks.isEmpty)
        for sub in ["8.3.1", "8.3.2", "8.3.6"] {
            #expect(c.item(sub)?.status == .notApplicable(reason: reason, declaredFor: "8.3"))
        }
        let summary = c.summary
        #expect(summary.notApplicable == 7)
        #expect(summary.total == c.items.count - 7)
        #expect(summary.done + summary.inProgress + summary.planned + summary.notCovered == summary.total)
    }

    @Test func notApplicableOutsideClause8IsAWarning() throws {
        let plan = try F.plan(F.small(tasks: """
          - {id: tl, title: Tài liệu, step: documentation, clauses: ["8.3", "5.3"], duration: 10}
        """, topLevel: """
        not_applicable:
          - {clause: "5.3", reason: Không có.}
          - {clause: "7.1.5.2", reason: Không dùng thiết bị đo.}
          - {clause: "8.3", reason: Không thiết kế.}
          - {clause: "9.9", reason: Không có.}
        """))
        let c = try F.checklist(plan)
        let roles = try #require(c.item("5.3"))
        #expect(roles.status.code == "not-applicable")
        #expect(roles.notes.map(\.level) == [.warning, .warning])
        #expect(roles.notes[0].text.en.contains("clause 5.3 cannot be excluded"))
        #expect(roles.notes[1].text.en == "Declared not applicable, yet task tl names it in 'clauses'.")
        #expect(c.item("7.1.5.2")?.notes.isEmpty == true)
        #expect(c.item("7.1.5.1")?.status.code == "not-covered")   // no apply task
        #expect(c.item("8.3")?.notes.map(\.text.en) == ["Declared not applicable, yet task tl names it in 'clauses'."])
        #expect(c.notes.contains { $0.level == .warning && $0.text.en.contains("Clause 9.9") })
        #expect(try F.catalog.mayBeDeclaredNotApplicable("8.5.1"))
        #expect(try !F.catalog.mayBeDeclaredNotApplicable("8"))
    }

    @Test func baselineNotesForA2008SystemWithManualAndRepresentative() throws {
        let c = try F.checklist(try F.sample("ha-noi"))
        #expect(c.scenario == .conversion)
        #expect(c.notes.count == 3)
        #expect(c.notes[0].text.en.hasPrefix("Conversion to TCVN ISO 9001:2015 of the TCVN ISO 9001:2008"))
        #expect(c.notes[0].text.vi.contains("12/05/2016"))
        #expect(c.notes[1].text.en.hasPrefix("Quality manual (TCVN ISO 9001:2008, 4.2.2): No longer required."))
        #expect(c.notes[1].text.vi.hasPrefix("Sổ tay chất lượng (mục 4.2.2 TCVN ISO 9001:2008)"))
        #expect(c.notes[2].text.en.hasPrefix("Management representative (TCVN ISO 9001:2008, 5.5.2)"))

        let withoutBoth = try F.checklist(try F.plan(F.small(
            tasks: "  - {id: a, title: A, step: training, duration: 1}",
            extra: "quality_manual: false\n  management_representative: false")))
        #expect(withoutBoth.notes.count == 1)
        let onlyManual = try F.checklist(try F.sample("vu-phap-che"))
        #expect(onlyManual.notes.map { $0.text.en.hasPrefix("Quality manual") } == [false, true])
    }

    @Test func aNewBuildIsNotAMigration() throws {
        let c = try F.checklist(try F.sample("thanh-tra-bo"))
        #expect(c.scenario == .newBuild)
        #expect(c.notes.count == 1)
        #expect(c.notes[0].text.en.contains("a full build of a quality management system"))
        #expect(c.notes[0].text.en.contains("199 working days (a conversion: 108)"))
        #expect(c.notes[0].text.vi.contains("xây dựng mới"))
        #expect(c.item("steering-committee")?.title.vi == "Thành lập Ban chỉ đạo ISO và Tổ giúp việc")
        #expect(c.item("documentation")?.title.en == "Build the documented information to TCVN ISO 9001:2015")
        // 7.1.5 is declared not applicable with its sub-clauses, without a warning.
        #expect(c.item("7.1.5.1")?.status.code == "not-applicable")
        #expect(c.item("7.1.5")?.notes.isEmpty == true)
        // The typical duration in a not-covered note follows the scenario.
        let plan = try F.plan(F.small(tasks: "  - {id: a, title: A, step: training, duration: 1}",
                                      baseline: "standard: none"))
        let note = try F.checklist(plan).item("documentation")?.notes.first?.text.en
        #expect(note == "No task has 'step: documentation'; it typically takes 60 working days for a new build.")
    }

    @Test func buildingIsDeterministic() throws {
        let plan = try F.sample("nghe-an")
        let catalog = try F.catalog
        let schedule = F.schedule(plan)
        #expect(Checklist.build(plan: plan, catalog: catalog, schedule: schedule)
                == Checklist.build(plan: plan, catalog: catalog, schedule: schedule))
        // Without a schedule the statuses carry no dates.
        let undated = Checklist.build(plan: plan, catalog: catalog)
        #expect(undated.items.allSatisfy { $0.status.date == nil || $0.status.code == "done" })
    }
}

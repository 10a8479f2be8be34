import Testing
@testable import ISOPlanKit

@Suite struct PlanTemplateYAMLRendererTests {
    typealias F = ChecklistFixtures
    let start = CalendarDate(iso: "2019-07-01")!

    func conversion(name: String = "Sở Lao động - Thương binh và Xã hội tỉnh Nghệ An",
                    language: Language = .vi) -> PlanTemplate {
        PlanTemplate(agencyID: "nghe-an", name: name, type: .provincialDepartment, province: "Nghệ An",
                     start: start, baseline: .iso2008, announced: CalendarDate(iso: "2016-05-12"),
                     decision: "123/QĐ-SLĐTBXH", language: language)
    }

    func load(_ text: String) throws -> PlanFile {
        let file = PlanLoader.loadPlan(text, file: "plans/agencies/new.yaml")
        #expect(file.diagnostics.isEmpty, "\(file.diagnostics)")
        return file
    }

    @Test(arguments: [Language.vi, .en])
    func aConversionPlanLoadsCleanWithOneTaskPerStep(language: Language) throws {
        let catalog = try F.catalog
        let text = PlanTemplateYAMLRenderer.render(conversion(language: language), catalog: catalog)
        let plan = try #require(try load(text).plan)
        #expect(text.hasPrefix("# yaml-language-server: $schema=../../schema/plan.schema.json\n"))
        #expect(plan.tasks.map { $0.step?.value.rawValue } == catalog.steps.map(\.id))
        #expect(plan.statusDate.value == start)
        #expect(plan.start?.value == start)
        #expect(plan.tasks.allSatisfy { $0.progress.value == 0 && $0.doneOn == nil })
        #expect(plan.baseline.standard.value == .iso2008)
        #expect(plan.baseline.announced?.value.iso == "2016-05-12")
        #expect(plan.baseline.decision?.value == "123/QĐ-SLĐTBXH")
        #expect(plan.baseline.proceduresInScope?.value == 0)
        #expect(plan.agency.province?.value == "Nghệ An")
        for (task, step) in zip(plan.tasks, catalog.steps) {
            #expect(task.duration?.value == step.typicalDuration.conversion)
            #expect(task.after.map(\.value) == step.predecessors.map { StepWording.taskID(of: catalog.step(id: $0)!) })
            #expect(task.title.value == StepWording.title(of: step, .conversion).vi)
            #expect(!task.clauses.contains { $0.value == "8.3" })
        }
        #expect(plan.tasks[0].clauses.map(\.value) == ["5.1", "5.3", "7.1"])
    }

    @Test func aNewBuildUsesNewBuildDurationsAndNoAnnouncementDate() throws {
        let catalog = try F.catalog
        let template = PlanTemplate(agencyID: "cuc-tre-em", name: "Cục Trẻ em", nameEn: "Department of Children",
                                    type: .ministryUnit, start: start, baseline: .none, procedures: 12)
        let text = PlanTemplateYAMLRenderer.render(template, catalog: catalog)
        let plan = try #require(try load(text).plan)
        #expect(plan.baseline.standard.value == .none)
        #expect(plan.baseline.announced == nil)
        #expect(plan.baseline.proceduresInScope?.value == 12)
        #expect(plan.agency.nameEn?.value == "Department of Children")
        #expect(plan.tasks.map { $0.duration?.value } == catalog.steps.map { $0.typicalDuration.newBuild })
        #expect(plan.tasks[0].title.value == "Thành lập Ban chỉ đạo ISO và Tổ giúp việc")
        #expect(!text.contains("quality_manual"))
    }

    @Test func theGeneratedPlanSchedulesAndHasNoNotCoveredItems() throws {
        let catalog = try F.catalog
        let plan = try #require(try load(PlanTemplateYAMLRenderer.render(conversion(), catalog: catalog)).plan)
        let schedule = F.schedule(plan)
        #expect(schedule.issues.isEmpty)
        let dates = Checklist.taskDates(schedule, plan: plan)
        #expect(Set(dates.keys) == Set(plan.tasks.map(\.id.value)))
        let total = try #require(catalog.typicalTotalDuration(.conversion))
        let last = try #require(dates["bao-cao"]?.plannedEnd)
        #expect(WorkCalendar().workingDays(from: start, through: last) == total)
        let checklist = Checklist.build(plan: plan, catalog: catalog, schedule: schedule)
        #expect(checklist.summary.notCovered == 0)
        #expect(checklist.summary.planned == checklist.summary.total)
    }

    @Test(arguments: ["Sở LĐTBXH: thí điểm", "Cục #1 # chú thích", "2019", "yes", "- gạch đầu dòng",
                      "\"trích dẫn\"", "  khoảng trắng ", "a\\b", "[danh sách]", "kết thúc:"])
    func namesThatNeedQuotesReadBackUnchanged(name: String) throws {
        let text = PlanTemplateYAMLRenderer.render(conversion(name: name), catalog: try F.catalog)
        let plan = try #require(try load(text).plan)
        #expect(plan.agency.name.value == name)
    }

    @Test func commentsAlignAndFollowTheLanguage() throws {
        let catalog = try F.catalog
        let vi = PlanTemplateYAMLRenderer.render(conversion(language: .vi), catalog: catalog)
        let en = PlanTemplateYAMLRenderer.render(conversion(language: .en), catalog: catalog)
        #expect(vi.contains("# ngày công bố theo TCVN ISO 9001:2008"))
        #expect(en.contains("# date of the 2008 announcement"))
        #expect(en.contains("title: Kiện toàn Ban chỉ đạo ISO và Tổ giúp việc"))   // titles stay Vietnamese
        let commented = vi.split(separator: "\n").filter { $0.contains("  # ") && !$0.hasPrefix("  #") }
        #expect(!commented.isEmpty)
        for line in commented {
            let column = TextWidth.of(String(line[..<line.range(of: "# ")!.lowerBound]))
            #expect(column == 38, "\(line)")
        }
    }
}

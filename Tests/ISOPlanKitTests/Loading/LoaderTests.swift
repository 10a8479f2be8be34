import Testing
@testable import ISOPlanKit
@testable import ISOPlanTestSupport

@Suite struct LoaderTests {
    @Test func validPlanLoadsWithoutDiagnostics() throws {
        let f = SamplePlan.load(SamplePlan.valid)
        #expect(f.diagnostics.isEmpty, "\(f.diagnostics)")
        let plan = try #require(f.plan)
        #expect(plan.agency.id.value == "cuc-viec-lam")
        #expect(plan.agency.name.value == "Cục Việc làm")
        #expect(plan.tasks.count == 9)
        #expect(plan.tasks[1].duration?.value == 10)   // 2w = 10 working days
        #expect(plan.tasks[1].after.map(\.value) == ["bcd"])
        #expect(plan.tasks[2].progress.value == 50)
        #expect(plan.tasks[7].isMilestone)
        #expect(plan.statusDate.value.iso == "2019-09-30")
        #expect(plan.statusDate.at.line == 11 && plan.statusDate.at.column == 14)
    }

    @Test func scalarsAreReadByTheSchemaNotByYAMLTyping() throws {
        let text = SamplePlan.valid
            .replacingOccurrences(of: "id: cuc-viec-lam", with: "id: no")
            .replacingOccurrences(of: "name: Cục Việc làm", with: "name: 2019")
            .replacingOccurrences(of: "title: Đào tạo,", with: "title: yes,")
            .replacingOccurrences(of: "title: Công bố,", with: "title: 1.0e3,")
        let f = SamplePlan.load(text)
        #expect(!f.diagnostics.hasErrors, "\(f.diagnostics)")
        let plan = try #require(f.plan)
        #expect(plan.agency.id.value == "no")
        #expect(plan.agency.name.value == "2019")
        #expect(plan.tasks[1].title.value == "yes")
        #expect(plan.tasks[7].title.value == "1.0e3")
    }

    @Test func wrongTypeNamesTheExpectedType() {
        let f = SamplePlan.load(SamplePlan.valid.replacingOccurrences(of: "progress: 50", with: "progress: fifty"))
        let d = f.diagnostics.first { $0.rule.raw == "wrong-type" }
        #expect(d?.message == "'progress' must be a whole number, not 'fifty'")
        let list = SamplePlan.load(SamplePlan.valid.replacingOccurrences(of: "start: 2019-03-04", with: "start: [2019-03-04]"))
        #expect(list.diagnostics.contains { $0.rule.raw == "wrong-type" && $0.message.contains("a date") && $0.message.contains("a list") })
    }

    @Test func misspeltKeyCycleAndBadDateAreEachReportedAtTheirPosition() {
        let text = SamplePlan.valid
            .replacingOccurrences(of: "status_date: 2019-09-30", with: "status_date: 2019-02-30")
            .replacingOccurrences(of: "  announced: 2016-05-12", with: "  anounced: 2016-05-12")
            .replacingOccurrences(of: "duration: 5, progress: 100", with: "duration: 5, after: [thong-bao], progress: 100")
        let d = SamplePlan.load(text).diagnostics
        let byRule = Dictionary(grouping: d, by: \.rule.raw)
        let key = byRule["unknown-key"]?.first
        #expect(key?.location?.line == 8 && key?.location?.column == 3)
        #expect(key?.message.contains("did you mean 'announced'") == true)
        let date = byRule["invalid-date"]?.first
        #expect(date?.location?.line == 11 && date?.location?.column == 14)
        let cycle = byRule["dependency-cycle"]?.first
        #expect(cycle?.message.contains("bcd → dao-tao → danh-gia → tai-lieu → ap-dung → dgnb → xxld → cong-bo → thong-bao → bcd") == true)
        #expect(cycle?.location?.line == 14)
    }

    @Test func everyEmittedRuleIsInTheCatalogAndIdsAreUnique() {
        let ids = RuleCatalog.all.map(\.id.raw)
        #expect(Set(ids).count == ids.count)
        for id in ids { #expect(id.range(of: "^[a-z0-9]+(-[a-z0-9]+)*$", options: .regularExpression) != nil) }
    }
}

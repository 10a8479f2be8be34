import Foundation
import Testing
@testable import ISOPlanKit

@Suite struct CatalogTests {
    let catalog: Catalog

    init() throws {
        catalog = try Catalog.load()
    }

    @Test func bundledCatalogLoads() throws {
        let shared = try Catalog.shared
        #expect(shared.version == 1)
        #expect(shared.targetStandard == "TCVN ISO 9001:2015")
        #expect(shared.baselineStandard == "TCVN ISO 9001:2008")
        #expect(!shared.source.isEmpty)
        #expect(shared.steps.count == catalog.steps.count)
    }

    @Test func isInternallyConsistent() {
        #expect(catalog.validate() == [])
    }

    @Test func stepIDsAndRequiredFlagsMatchPlanFormat() {
        #expect(catalog.steps.map(\.id) == planFormatSteps.map(\.id))
        for expected in planFormatSteps {
            #expect(catalog.step(id: expected.id)?.required == expected.required, "\(expected.id)")
        }
        #expect(catalog.requiredSteps.map(\.id) == planFormatSteps.filter(\.required).map(\.id))
    }

    @Test func everyRequirementClauseMapsToAStep() throws {
        #expect(catalog.requirementClauses.count > 80)
        for clause in catalog.requirementClauses {
            let stepID = try #require(clause.step, "clause \(clause.id) has no step")
            #expect(catalog.step(id: stepID) != nil, "clause \(clause.id) → \(stepID)")
            #expect(catalog.clauses(coveredBy: stepID).contains(clause))
        }
    }

    @Test func everyClauseOfTheDomainTableIsPresentWithItsMapping() throws {
        for row in DomainTable.rows {
            let clause = try #require(catalog.clause(id: row.clause), "missing \(row.clause)")
            #expect(clause.change == row.change, "change of \(row.clause)")
            #expect(clause.iso2008 == row.iso2008, "2008 mapping of \(row.clause)")
        }
        for id in DomainTable.namedSubClauses {
            #expect(catalog.clause(id: id)?.heading == false, "missing sub-clause \(id)")
        }
        let headings = catalog.clauses.filter(\.heading).map(\.id)
        #expect(headings == ["4", "5", "6", "7", "8", "9", "10"])
    }

    @Test func every2008ClauseOfTheDomainTableAppearsInTheMapping() {
        let mapped = Set(catalog.clauses.flatMap(\.iso2008))
        let removed = Set(catalog.iso2008Removed.map(\.id))
        #expect(DomainTable.iso2008IDs.count == 61)
        for id in DomainTable.iso2008IDs.sorted() {
            #expect(mapped.contains(id) || removed.contains(id), "2008 clause \(id) is unmapped")
            #expect(catalog.iso2008Clause(id: id) != nil, "2008 clause \(id) has no title")
        }
    }

    @Test func removed2008ClausesSayWhatReplacesThem() throws {
        #expect(catalog.iso2008Removed.map(\.id) == DomainTable.removed)
        let preventive = try #require(catalog.iso2008Removed.first { $0.id == "8.5.3" })
        #expect(preventive.replacedBy == ["6.1", "10.3"])
        #expect(preventive.title.en == "Preventive action")
    }

    @Test func predecessorGraphIsAcyclicAndOrdered() throws {
        let ordered = try #require(catalog.stepsInDependencyOrder())
        #expect(ordered.map(\.id) == planFormatSteps.map(\.id))
        var seen = Set<String>()
        for step in ordered {
            #expect(step.predecessors.allSatisfy(seen.contains), "\(step.id)")
            seen.insert(step.id)
        }
        #expect(catalog.step(id: "report")?.predecessors == ["notification"])
    }

    @Test func typicalDurationsFitDomainRanges() throws {
        let conversion = try #require(catalog.typicalTotalDuration(.conversion))
        let newBuild = try #require(catalog.typicalTotalDuration(.newBuild))
        #expect((60...130).contains(conversion), "conversion: \(conversion) working days")
        #expect((120...260).contains(newBuild), "new build: \(newBuild) working days")
        let apply = try #require(catalog.step(id: "apply")).typicalDuration
        #expect(apply.newBuild >= 60)   // about three months of operation before the audit
    }

    @Test func documentedInformationFollowsDomainList() {
        let items = catalog.documentedInformation
        #expect(items.filter { $0.kind == .maintain }.map(\.reference)
            == ["4.3", "4.4.2 a)", "5.2.2 a)", "6.2.1", "8.1 e)", "8.5.1 a)"])
        #expect(items.filter { $0.kind == .retain }.count == 21)
        for item in items {
            #expect(catalog.clause(id: item.clause)?.heading == false, "\(item.id)")
        }
        #expect(catalog.documentedInformation(forClause: "8.1").map(\.kind) == [.maintain, .retain])
    }

    @Test func publicSectorReadingIsPresent() throws {
        let design = try #require(catalog.clause(id: "8.3"))
        #expect(design.publicSectorNote?.en.contains("not applicable") == true)
        #expect(catalog.children(of: "8.3").allSatisfy { $0.publicSectorNote != nil })
        #expect(catalog.clause(id: "7.1.5")?.publicSectorNote != nil)
        #expect(catalog.clause(id: "9.1.2")?.publicSectorNote?.vi.contains("người dân") == true)
    }

    @Test func textsAreFilledInBothLanguages() {
        let texts = catalog.steps.flatMap { [$0.title, $0.description, $0.evidence] }
            + catalog.clauses.map(\.title) + catalog.iso2008Clauses.map(\.title)
            + catalog.iso2008Removed.flatMap { [$0.title, $0.note] }
            + catalog.documentedInformation.map(\.text)
        for text in texts {
            #expect(!text.vi.isEmpty && !text.en.isEmpty, "\(text)")
            #expect(!text.vi.contains("…") && !text.en.contains("…"), "\(text)")
        }
    }

    @Test func lookupsFindTheRightEntries() {
        #expect(catalog.step(id: "internal-audit")?.title.vi == "Đánh giá nội bộ")
        #expect(catalog.step(id: "nope") == nil)
        #expect(catalog.clause(id: "7.1.5.2")?.parent == "7.1.5")
        #expect(catalog.clause(id: "4")?.parent == nil)
        #expect(catalog.clauses(coveredBy: "internal-audit").map(\.id) == ["9.2", "9.2.1", "9.2.2"])
        #expect(catalog.children(of: "9.3").map(\.id) == ["9.3.1", "9.3.2", "9.3.3"])
        #expect(catalog.clauses(correspondingTo2008: "8.5.3").map(\.id)
            == ["6.1", "6.1.1", "6.1.2", "10.3"])
    }
}

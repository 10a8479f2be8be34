import Testing
@testable import ISOPlanTestSupport
@testable import ISOPlanKit

/// The one path by which every command loads plans, and its verdicts across plans.
@Suite struct PlanSetTests {
    /// Files in memory; a file whose text is nil cannot be read.
    struct MemoryFiles: FileSource {
        var files: [String: String?]

        func kind(of path: String) -> FileKind {
            if files.keys.contains(path) { return .file }
            return files.keys.contains { $0.hasPrefix(path + "/") } ? .folder : .missing
        }

        func entries(of folder: String) -> [String]? {
            let prefix = folder == "." ? "" : folder + "/"
            let names = files.keys.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count).prefix { $0 != "/" }) }
            return Array(Set(names))
        }

        func read(_ path: String, limit: Int) -> FileRead {
            guard let entry = files[path], let text = entry else { return .failed("permission denied") }
            return .bytes(Array(text.utf8))
        }
    }

    static let today = CalendarDate(iso: "2019-06-01")!
    static let twins = MemoryFiles(files: ["p/a.yaml": RiskRuleTests.plan(), "p/b.yaml": RiskRuleTests.plan(),
                                           "p/c.yaml": RiskRuleTests.plan().replacingOccurrences(of: "id: thu-nghiem", with: "id: khac")])

    @Test func anAgencyIDUsedTwiceRejectsBothPlansWithOneMessage() throws {
        let set = PlanSet.open(["p"], fs: Self.twins)
        let verdicts = set.load(fs: Self.twins, { $0.file }) { _ in }
        #expect(Set(verdicts.rejected.keys) == ["p/a.yaml", "p/b.yaml"])
        let a = try #require(verdicts.rejection(of: "p/a.yaml")), b = try #require(verdicts.rejection(of: "p/b.yaml"))
        #expect(a.message == b.message)
        #expect(a.message.contains("p/a.yaml:") && a.message.contains("p/b.yaml:"))
        #expect(a.notes.first?.location?.file == "p/b.yaml")
    }

    @Test func everyCommandSharesTheVerdict() {
        let check = Checker.check(["p"], fs: Self.twins, asOf: nil, today: Self.today)
        #expect(check.diagnostics.filter { $0.rule.raw == "duplicate-agency-id" }.count == 2)
        let risk = PortfolioRisk.evaluate(["p"], fs: Self.twins, asOf: nil, today: Self.today)
        let twins = risk.agencies.filter { $0.file != "p/c.yaml" }
        #expect(twins.count == 2)
        #expect(twins.allSatisfy { $0.level == nil && $0.projectedFinish == nil && $0.slackDays == nil && $0.tasks.isEmpty })
        #expect(risk.agencies.first { $0.file == "p/c.yaml" }?.level != nil)
        let workspace = Workspace.load(["p"], fs: Self.twins)
        #expect(workspace.plans.map(\.file) == ["p/c.yaml"])
        #expect(workspace.skipped == 2)
        let (_, timelines) = PortfolioRisk.evaluateWithTimelines(["p"], fs: Self.twins, asOf: nil, today: Self.today)
        #expect(timelines.map(\.plan.file) == ["p/c.yaml"])
    }

    @Test func anUnreadablePlanStopsTheRunAndSaysWhy() {
        let unreadable: String? = nil
        let fs = MemoryFiles(files: ["p/a.yaml": RiskRuleTests.plan(), "p/b.yaml": unreadable])
        let risk = PortfolioRisk.evaluate(["p"], fs: fs, asOf: nil, today: Self.today)
        #expect(risk.couldNotRun)
        #expect(risk.diagnostics.contains { $0.rule.raw == "unreadable-file" && $0.location?.file == "p/b.yaml" })
    }

    @Test func nothingToWorkOnIsToldApartFromAnEmptyPortfolio() {
        let fs = MemoryFiles(files: ["p/notes.txt": "x", "q/portfolio.yaml": "version: 1\n"])
        #expect(PlanSet.open(["p"], fs: fs).hasNoPlan)
        #expect(Checker.check(["p"], fs: fs, asOf: nil, today: Self.today).nothingToCheck)
        #expect(!Checker.check(["q/portfolio.yaml"], fs: fs, asOf: nil, today: Self.today).nothingToCheck)
    }
}

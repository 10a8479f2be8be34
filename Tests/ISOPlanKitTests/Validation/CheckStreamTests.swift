import Foundation
import Testing
@testable import ISOPlanTestSupport
@testable import ISOPlanKit

/// `check` streamed a group of diagnostics at a time writes what the all-at-once rendering of
/// `Checker.check` writes, in every format, whatever the window size and the order of the paths.
@Suite struct CheckStreamTests {
    static let today = CalendarDate(iso: "2019-10-01")!

    /// A portfolio with its own diagnostics, plans sharing agency ids (one sharing plan with
    /// errors of its own, one without any diagnostic), a plan named `portfolio.yaml` below the
    /// root (a second portfolio file when its folder is given too), and the mistakes fixtures.
    static let workspace: MemoryFileSource = {
        func fixture(_ path: String) -> String {
            (try? String(contentsOfFile: PackageRoot.path(path), encoding: .utf8)) ?? ""
        }
        var files: [String: String] = [:]
        files["w/portfolio.yaml"] = fixture("Tests/ISOPlanKitTests/Fixtures/Timeline/portfolio.yaml")
            + "colour: blue\n"
        for name in ["cuc-tre", "thu-nghiem", "vu-ngan"] {
            files["w/agencies/\(name).yaml"] = fixture("Tests/ISOPlanKitTests/Fixtures/Timeline/agencies/\(name).yaml")
        }
        files["w/aa/cuc-tre-2.yaml"] = files["w/agencies/cuc-tre.yaml"]
        files["w/zz/cuc-tre-3.yaml"] = files["w/agencies/cuc-tre.yaml"].map { $0 + "bogus_key: 1\n" }
        files["w/sub/portfolio.yaml"] = files["w/agencies/vu-ngan.yaml"]
        for name in ["valid", "date-form", "indent", "misspelt-step", "unclosed-quote", "no-space"] {
            files["w/zz/\(name).yaml"] = fixture("Tests/ISOPlanCLITests/Fixtures/Mistakes/\(name).yaml")
        }
        // A name that SARIF percent-encodes and JSON keeps as is.
        files["w/zz/Sở Hà Nội (cũ)%.yaml"] = fixture("Tests/ISOPlanCLITests/Fixtures/Mistakes/misspelt-duration.yaml")
        let plans = fixture("plans/agencies/ha-noi.yaml")
        files["w/plans/ha-noi.yaml"] = plans
        files["w/plans/ha-noi-copy.yaml"] = plans.replacingOccurrences(of: "status_date: 2019-09-30",
                                                                       with: "status_date: 2019-03-29")
        return MemoryFileSource(files)
    }()

    /// The streamed document, put together in memory.
    static func streamed(_ paths: [String], fs: some FileSource, format: CheckFormat, language: Language,
                         window: Int) -> (text: String, outcome: CheckStream.Outcome) {
        let renderer = CheckStreamRenderer(format: format, color: format == .text, language: language)
        let store = MemoryPieceStore()
        var output = CheckOutput(renderer)
        let outcome = CheckStream.run(paths, fs: fs, asOf: nil, today: today, window: window,
                                      render: { renderer.piece($0) }) { output.store($0, in: store) }
        var bytes: [UInt8] = []
        let ok = output.write(outcome, from: store) { bytes += $0; return true }
        #expect(ok)
        return (String(decoding: bytes, as: UTF8.self), outcome)
    }

    static let pathOrders: [[String]] = [
        ["w"],
        ["w", "w/sub"],
        ["w/sub", "w/zz", "w"],
        ["w/zz", "w/agencies", "w/aa", "w/plans"],
        ["w/plans", "w/aa", "w/agencies", "w/zz"],
        ["w/zz/valid.yaml", "w/agencies/cuc-tre.yaml", "w/zz/date-form.yaml", "w/aa/cuc-tre-2.yaml"],
        ["w/agencies/vu-ngan.yaml"],
    ]

    @Test(arguments: CheckFormat.allCases)
    func streamedOutputIsTheAllAtOnceRendering(format: CheckFormat) {
        for paths in Self.pathOrders {
            let report = Checker.check(paths, fs: Self.workspace, asOf: nil, today: Self.today)
            for language in [Language.en, .vi] {
                let expected = format.render(report, color: format == .text, language: language)
                for window in [1, 2, 3, 512] {
                    let (text, outcome) = Self.streamed(paths, fs: Self.workspace, format: format,
                                                        language: language, window: window)
                    #expect(text == expected, "\(format) \(language) window \(window) \(paths)")
                    #expect(outcome.totals.errors == report.errors && outcome.totals.warnings == report.warnings)
                    #expect(outcome.totals.files == report.files)
                }
            }
        }
    }

    @Test func theFixturesHoldWhatTheTestIsAbout() {
        let report = Checker.check(["w", "w/sub"], fs: Self.workspace, asOf: nil, today: Self.today)
        let rules = Set(report.diagnostics.map(\.rule.raw))
        #expect(rules.isSuperset(of: ["duplicate-agency-id", "duplicate-portfolio", "unknown-key", "overdue-task",
                                      "stale-status", "yaml-syntax"]))
        #expect(report.diagnostics.contains { $0.location?.file == "w/portfolio.yaml" })
        #expect(report.diagnostics.contains { $0.rule.raw == "duplicate-portfolio" && $0.location?.file == "w/sub/portfolio.yaml" })
    }

    @Test func noPlanAtAllGivesTheSameSummary() {
        let fs = MemoryFileSource(["w/portfolio.yaml": "version: 1\nportfolio:\n  colour: blue\n"])
        let report = Checker.check(["w/portfolio.yaml"], fs: fs, asOf: nil, today: Self.today)
        for format in CheckFormat.allCases {
            let (text, outcome) = Self.streamed(["w/portfolio.yaml"], fs: fs, format: format, language: .en, window: 512)
            #expect(text == format.render(report, color: format == .text))
            #expect(outcome.nothingToCheck == report.nothingToCheck)
        }
    }

    @Test func anUnreadablePlanIsAmongTheProblems() {
        let unreadable: String? = nil
        let fs = PlanSetTests.MemoryFiles(files: ["p/a.yaml": RiskRuleTests.plan(), "p/b.yaml": unreadable])
        let report = Checker.check(["p", "p/missing"], fs: fs, asOf: nil, today: Self.today)
        let (_, outcome) = Self.streamed(["p", "p/missing"], fs: fs, format: .text, language: .en, window: 1)
        #expect(outcome.couldNotRun && report.couldNotRun)
        let stops = { (d: Diagnostic) in d.rule == Rule.unreadableFile.id }
        #expect(outcome.problems.filter(stops) == report.diagnostics.filter(stops))
        #expect(outcome.problems.filter(stops).count == 2)
    }

    @Test func sarifRuleMarksBecomeIndices() {
        let renderer = CheckStreamRenderer(format: .sarif)
        var totals = CheckTotals()
        totals.rules = [Rule.overdueTask.id, Rule.staleStatus.id]
        let bytes = Array("a\0stale-status\0b\0overdue-task\0".utf8)
        #expect(renderer.finish(bytes, renderer.ending(totals)) == Array("a1b0".utf8))
    }
}

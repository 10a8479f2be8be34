import Foundation
import ISOPlanKit
import Testing
@testable import ISOPlanTestSupport

/// `risk` streams agencies (each agency's part through a spool file, only its brief record in
/// memory); its output must be the very bytes the in-memory renderer makes of the whole
/// portfolio, also with plans that have errors and plans that share an agency id.
@Suite struct RiskStreamTests {
    @Test(arguments: RiskFormat.allCases, [Language.vi, .en])
    func streamedOutputEqualsTheInMemoryRendering(_ format: RiskFormat, _ language: Language) throws {
        let dir = try portfolioWithMistakes("risk-stream")
        defer { try? FileManager.default.removeItem(at: dir) }
        for (paths, width) in [([dir.path], 100), ([CLIRunner.root.appendingPathComponent("Tests/ISOPlanCLITests/Fixtures").path], 64)] {
            let risk = PortfolioRisk.evaluate(paths, fs: LocalFileSystem(), asOf: CalendarDate(iso: "2030-01-01")!,
                                              today: CalendarDate(iso: "2030-01-01")!,
                                              taskFacts: false)
            #expect(risk.summary.invalid >= (paths[0] == dir.path ? 3 : 1))
            let expected = format.render(risk, ReportOptions(width: width, color: false, language: language))
            let r = try CLIRunner.run(["risk"] + paths + ["--format", format.rawValue, "--lang", language.rawValue,
                                                          "--width", "\(width)", "--as-of", "2030-01-01", "--color", "never"])
            #expect(r.status == 0, "\(r.stderr)")
            #expect(r.stdout == expected)
        }
    }

    /// `--fail-on` looks at the streamed agencies as it looked at the evaluated portfolio.
    @Test func failOnSeesRejectedPlans() throws {
        let dir = try portfolioWithMistakes("risk-stream")
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLIRunner.run(["risk", dir.path, "--fail-on", "will-miss", "--format", "csv"])
        #expect(r.status == 1)
        #expect(r.stdout.components(separatedBy: ",invalid,").count - 1 == 3)
    }
}

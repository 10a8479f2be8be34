import Foundation
import Testing
@testable import ISOPlanTestSupport

/// What a second try of the CLI as a new user found: the language asked for holds on standard
/// error too, an unknown option is named as such, and the README shows what the code prints.
@Suite struct SecondTrialTests {
    // MARK: --lang vi holds for what goes to standard error

    @Test(arguments: [["check"], ["risk"], ["report", "--period", "2019-Q3"], ["timeline"], ["checklist"]])
    func aMissingPathIsSaidInTheLanguageAsked(_ command: [String]) throws {
        let r = try CLIRunner.run(command + ["--lang", "vi", "no/such.yaml"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("không đọc được 'no/such.yaml'"), "\(command): \(r.stderr)")
    }

    @Test(arguments: [["check"], ["risk"], ["report", "--period", "2019-Q3"], ["timeline"]])
    func aFolderWithoutPlansIsSaidInTheLanguageAsked(_ command: [String]) throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("isoplan-trial-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let r = try CLIRunner.run(command + ["--lang", "vi", dir.path])
        #expect(r.status == 2)
        #expect(r.stderr.contains("không tìm thấy kế hoạch cơ quan nào"), "\(command): \(r.stderr)")
        let p = try CLIRunner.run(command + ["--lang", "vi", "plans/portfolio.yaml"])
        if command != ["check"] { #expect(p.stderr.contains("chỉ có tệp portfolio"), "\(command): \(p.stderr)") }
    }

    @Test func aPlanLeftOutOfTheTimelineIsSaidInTheLanguageAsked() throws {
        let r = try CLIRunner.run(["timeline", "--lang", "vi", "Tests/ISOPlanCLITests/Fixtures/broken-plan.yaml"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("bị bỏ ra vì có lỗi"), "\(r.stderr)")
        #expect(!r.stderr.contains("left out"), "\(r.stderr)")
    }

    @Test func aPeriodAfterTheEvaluationDateIsSaidWithDatesAsTextWritesThem() throws {
        let en = try CLIRunner.run(["report", "--period", "2021-Q1", "--lang", "en", "plans"])
        #expect(en.status == 0)
        #expect(en.stderr.contains("starts on 01/01/2021, after the evaluation date 01/10/2019"), "\(en.stderr)")
        let vi = try CLIRunner.run(["report", "--period", "2021-Q1", "--lang", "vi", "plans"])
        #expect(vi.stderr.contains("kỳ 2021-Q1 bắt đầu ngày 01/01/2021, sau ngày đánh giá 01/10/2019"), "\(vi.stderr)")
    }

    @Test func initSaysWhatItWroteInTheLanguageAsked() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("isoplan-trial-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let file = dir.appendingPathComponent("x.yaml").path
        let args = ["init", "--lang", "vi", "--id", "x", "--name", "X", "--type", "ministry-unit",
                    "--start", "2019-01-01", "--baseline", "none", "-o", file]
        let first = try CLIRunner.run(args)
        #expect(first.status == 0)
        #expect(first.stderr.contains("đã ghi"), "\(first.stderr)")
        let again = try CLIRunner.run(args)
        #expect(again.status == 2)
        #expect(again.stderr.contains("đã có; tệp được giữ nguyên"), "\(again.stderr)")
    }

    // MARK: An unknown option is named, not the value after it

    @Test(arguments: [["rules", "--width", "40"], ["calendar", "--width", "80", "2020"],
                      ["checklist", "--frob", "plans/agencies"]])
    func anUnknownOptionIsNamedAsSuch(_ args: [String]) throws {
        let r = try CLIRunner.run(args)
        #expect(r.status == 64)
        #expect(r.stderr.contains("Unknown option '\(args[1])'"), "\(args): \(r.stderr)")
        #expect(r.stdout.isEmpty)
    }

    @Test(arguments: [(["risk", "--as-of", "2019-13-01", "plans"], "no such day in the calendar"),
                      (["check", "--as-of", "01/10/2019", "plans"], "write the date as YYYY-MM-DD"),
                      (["calendar", "--between", "2019-02-30", "2019-03-01"], "'2019-02-30' is not a date: there is no such day"),
                      (["calendar", "--lunar", "1/2/2019"], "'1/2/2019' is not a date: write the date as YYYY-MM-DD"),
                      (["report", "--period", "2019-Q5", "plans"], "a quarter (2019-Q3: Q1 to Q4)"),
                      (["risk", "--as-of", "2919-10-01", "plans"], "give a date from 1900-01-01 to 2199-12-31"),
                      (["timeline", "--as-of", "1899-12-31", "plans"], "give a date from 1900-01-01 to 2199-12-31"),
                      (["calendar", "0000"], "'0000': give a year from 1000 to 9999"),
                      (["calendar", "2020", "2021"], "give one YEAR at a time ('2021' is taken as a PATH and there is none)")])
    func aWrongValueSaysWhy(_ c: (args: [String], reason: String)) throws {
        let r = try CLIRunner.run(c.args)
        #expect(r.status == 64)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains(c.reason), "\(c.args): \(r.stderr)")
    }

    @Test(arguments: [["calendar", "20"], ["calendar", "--between", "2020-12-31", "2020-01-01"],
                      ["rules", "stale-statu"], ["checklist", "plans/agencies"]])
    func aWrongArgumentShowsTheCommandsUsage(_ args: [String]) throws {
        let r = try CLIRunner.run(args)
        #expect(r.status == 64)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("\nUsage: isoplan \(args[0]) "), "\(args): \(r.stderr)")
        #expect(r.stderr.contains("See 'isoplan \(args[0]) --help'"), "\(args): \(r.stderr)")
    }

    @Test func scaleHelpSaysWhatTheDefaultDoes() throws {
        let r = try CLIRunner.run(["timeline", "--help"])
        #expect(!r.stdout.contains("finest that fits"))
        #expect(r.stdout.contains("chosen so the chart"))
    }

    // MARK: The README shows what the code prints

    @Test func checkChecksThePortfolioFileAloneAsTheReadmeSays() throws {
        let readme = try String(contentsOf: CLIRunner.root.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains("the portfolio file alone named as a path — except for `check`, which checks it"))
        let r = try CLIRunner.run(["check", "plans/portfolio.yaml"])
        #expect(r.status == 0)
        #expect(r.stdout == "Checked 1 file: 0 errors, 0 warnings.\n")
    }

    @Test func readmeRiskSampleIsTheRealOutput() throws {
        let readme = try String(contentsOf: CLIRunner.root.appendingPathComponent("README.md"), encoding: .utf8)
        let opening = "01/10/2019):\n\n```\n"
        let start = try #require(readme.range(of: opening))
        let end = try #require(readme.range(of: "```", range: start.upperBound..<readme.endIndex))
        let shown = String(readme[start.upperBound..<end.lowerBound])
        let r = try CLIRunner.run(["risk", "--lang", "en", "--width", "100", "plans"])
        #expect(r.stdout == shown)
    }
}

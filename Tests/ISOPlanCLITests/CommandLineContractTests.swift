import Foundation
import Testing
@testable import ISOPlanTestSupport

/// The command-line contract every command keeps: the exit-code table of the README (0 done,
/// 1 a plan error, 2 could not run, 64 usage), nothing on standard output when a command
/// could not run, one verdict per plan, and options that do what they say.
@Suite struct CommandLineContractTests {
    static let plan = "plans/agencies/ha-noi.yaml"
    static let broken = "Tests/ISOPlanCLITests/Fixtures/broken-plan.yaml"

    /// A fresh folder under the temporary folder, with the files given.
    static func folder(_ files: [String: String]) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("isoplan-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return dir
    }

    static func sample(_ name: String) throws -> String {
        try String(contentsOf: CLIRunner.root.appendingPathComponent(name), encoding: .utf8)
    }

    // MARK: The exit-code table, for every command

    static let exitCodes: [(args: [String], status: Int32)] = [
        (["check", "plans"], 0), (["check", broken], 1), (["check", "no/such"], 2), (["check", "--format", "x", "plans"], 64),
        (["risk", "plans"], 0), (["risk", broken], 0), (["risk", broken, "--fail-on", "will-miss"], 1), (["risk", "no/such"], 2),
        (["risk", "--fail-on", "done", "plans"], 64),
        (["report", "--period", "2019-Q3", "plans"], 0), (["report", "--period", "2019-Q3", broken], 0),
        (["report", "--period", "2019-Q3", "no/such"], 2),
        (["report", "--period", "2019-Q5", "plans"], 64),
        (["timeline", "plans"], 0), (["timeline", broken], 1), (["timeline", "no/such"], 2), (["timeline", "--sort", "x", "plans"], 64),
        (["checklist", plan], 0), (["checklist", broken], 1), (["checklist", "no/such.yaml"], 2), (["checklist"], 64),
        (["checklist", "plans/agencies"], 64),
        (["calendar", "2020"], 0), (["calendar", "2020", "no/such"], 2), (["calendar", "20"], 64),
        (["init", "--id", "x", "--name", "X", "--type", "ministry-unit", "--start", "2019-01-01", "--baseline", "none"], 0),
        (["init", "--id", "X", "--name", "X", "--type", "ministry-unit", "--start", "2019-01-01"], 64),
        (["rules"], 0), (["rules", "--format", "yaml"], 64),
        ([], 64), (["chek", "plans"], 64),
    ]

    @Test(arguments: exitCodes.indices)
    func everyCommandKeepsTheExitCodeTable(_ i: Int) throws {
        let c = Self.exitCodes[i]
        let r = try CLIRunner.run(c.args)
        #expect(r.status == c.status, "\(c.args): \(r.stderr)")
        if c.status >= 2 { #expect(r.stdout.isEmpty, "\(c.args) wrote a result although it could not run") }
    }

    // MARK: Nothing, or the wrong thing, to work on

    @Test(arguments: ["check", "risk", "report", "timeline"])
    func aFolderWithoutPlansIsNotASuccess(_ command: String) throws {
        let dir = try Self.folder(["notes.txt": "not a plan\n"])
        let args = command == "report" ? [command, "--period", "2019-Q3", dir.path] : [command, dir.path]
        let r = try CLIRunner.run(args)
        #expect(r.status == 2)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("no agency plan (*.yaml) found in '\(dir.path)'"))
    }

    @Test func aMissingPathWritesNoReport() throws {
        let r = try CLIRunner.run(["report", "--period", "2019-Q3", "plans/agencies/nope.yaml"])
        #expect(r.status == 2)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("plans/agencies/nope.yaml"))
    }

    @Test(arguments: [["timeline", "plans/portfolio.yaml"], ["checklist", "plans/portfolio.yaml"],
                      ["risk", "plans/portfolio.yaml"]])
    func thePortfolioFileAloneIsSaidToBeIt(_ args: [String]) throws {
        let r = try CLIRunner.run(args)
        #expect(r.status == 2)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("holds only the portfolio file, not an agency plan"))
    }

    /// A portfolio file with an error: its deadline, evaluation date and calendar apply to
    /// every plan, so no command but `check` (which reports it, exit 1) works anything out.
    @Test(arguments: ["as_of: [2019\n", "as_of: 2019-13-45\n"])
    func aBrokenPortfolioFileStopsEveryCommandButCheck(_ broken: String) throws {
        let portfolio = try Self.sample("plans/portfolio.yaml")
            .split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("as_of:") }.joined(separator: "\n")
        let dir = try Self.folder(["portfolio.yaml": portfolio + "\n" + broken,
                                   "ha-noi.yaml": try Self.sample(Self.plan)])
        defer { try? FileManager.default.removeItem(at: dir) }
        let plan = dir.appendingPathComponent("ha-noi.yaml").path
        for args in [["risk", dir.path], ["risk", "--format", "json", dir.path], ["timeline", dir.path],
                     ["timeline", "--format", "svg", dir.path], ["timeline", plan],
                     ["report", "--period", "2019-Q3", dir.path], ["report", "--period", "2019-Q3", "--format", "html", dir.path],
                     ["checklist", plan]] {
            let r = try CLIRunner.run(args)
            #expect(r.status == 2, "\(args): \(r.stderr)")
            #expect(r.stdout.isEmpty, "\(args)")
            #expect(r.stderr.contains("portfolio.yaml:"), "\(args): \(r.stderr)")
            #expect(r.stderr.contains("the portfolio file '\(dir.path)/portfolio.yaml' has errors"), "\(args): \(r.stderr)")
        }
        let check = try CLIRunner.run(["check", dir.path])
        #expect(check.status == 1)
        #expect(check.stdout.contains("portfolio.yaml:"))
    }

    /// Output that cannot be written (a full disk) is said, with the reason, and exits 2 —
    /// for the streamed outputs and for those written at once.
    @Test(arguments: [["check", "plans"], ["check", "--format", "sarif", "plans"], ["risk", "plans"],
                      ["risk", "--format", "json", "plans"], ["timeline", "plans"], ["timeline", "--format", "ics", "plans"],
                      ["timeline", plan], ["report", "--period", "2019-Q3", "plans"], ["checklist", plan],
                      ["calendar", "2020"], ["rules"]])
    func aFullDiskIsSaid(_ args: [String]) throws {
        guard FileManager.default.fileExists(atPath: "/dev/full") else { return }
        let r = try CLIRunner.run(args, stdoutFile: "/dev/full")
        #expect(r.status == 2, "\(args): \(r.stderr)")
        #expect(r.stderr.contains("isoplan: could not write the output: No space left on device"), "\(args): \(r.stderr)")
        let vi = try CLIRunner.run(args + ["--lang", "vi"].filter { _ in !["rules"].contains(args[0]) },
                                   stdoutFile: "/dev/full")
        if args[0] != "rules" { #expect(vi.stderr.contains("hết chỗ trống trên đĩa"), "\(args): \(vi.stderr)") }
    }

    /// The summary's lines by agency type add up to the total, invalid plans included (by the
    /// type they declare, or as "type unknown" when they give none).
    @Test func riskCountsByTypeAddUpWithInvalidPlans() throws {
        let dir = try Self.folder(["ha-noi.yaml": try Self.sample(Self.plan),
                                   "broken.yaml": try Self.sample(Self.broken),
                                   "garbled.yaml": "agency: [\n"])
        defer { try? FileManager.default.removeItem(at: dir) }
        for lang in ["en", "vi"] {
            let r = try CLIRunner.run(["risk", "--lang", lang, "--width", "120", dir.path])
            let lines = r.stdout.split(separator: "\n").map(String.init)
            guard let head = lines.firstIndex(where: { $0.hasPrefix("3 agencies:") || $0.hasPrefix("Tổng số 3 cơ quan:") }) else {
                Issue.record("no summary in \(r.stdout)"); continue
            }
            let byType = lines[(head + 1)...].prefix { $0.hasPrefix("  ") }
            let counts = byType.compactMap { line -> Int? in
                guard let open = line.firstIndex(of: "("), let close = line.firstIndex(of: ")") else { return nil }
                return Int(line[line.index(after: open)..<close])
            }
            #expect(counts.reduce(0, +) == 3, "\(lang): \(byType)")
            #expect(byType.contains { $0.contains(lang == "en" ? "type unknown (2)" : "không rõ loại (2)") }, "\(byType)")
        }
    }

    /// A plan that cannot be read gives no status date: the report asks to fix it, not to
    /// update its progress figures.
    @Test func aGarbledPlanIsNotCalledStaleInTheReport() throws {
        let dir = try Self.folder(["ha-noi.yaml": try Self.sample(Self.plan), "garbled.yaml": "agency: [\n"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLIRunner.run(["report", "--period", "2019-Q3", dir.path])
        let garbled = dir.appendingPathComponent("garbled.yaml").path
        let actions = r.stdout.split(separator: "\n").filter { $0.contains(garbled) && $0.hasPrefix("- ") }
        #expect(actions.contains { $0.hasPrefix("- Fix the plans with errors") }, "\(r.stdout)")
        #expect(!actions.contains { $0.hasPrefix("- Ask for updated progress figures") }, "\(actions)")
    }

    @Test(arguments: ["check", "risk", "timeline"])
    func aFileThatIsNotAPlanIsNotParsedAsOne(_ command: String) throws {
        let r = try CLIRunner.run([command, "README.md"])
        #expect(r.status == 2)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("cannot read 'README.md': it is not a plan file (*.yaml or *.yml)"))
    }

    @Test func aPeriodAfterTheEvaluationDateIsSaidSo() throws {
        let r = try CLIRunner.run(["report", "--period", "2021-Q1", "plans"])
        #expect(r.stderr.contains("warning: the period 2021-Q1 starts on 01/01/2021, after the evaluation date 01/10/2019"))
        let earlier = try CLIRunner.run(["report", "--period", "2019-Q3", "plans"])
        #expect(earlier.stderr.isEmpty)
    }

    @Test func theSameFileGivenTwiceIsCheckedOnce() throws {
        let absolute = CLIRunner.root.appendingPathComponent(Self.plan).path
        let r = try CLIRunner.run(["check", Self.plan, "./" + Self.plan, absolute, Self.plan])
        #expect(r.status == 0, "\(r.stdout)")
        #expect(r.stdout.hasSuffix("Checked 2 files: 0 errors, 0 warnings.\n"))   // the plan and plans/portfolio.yaml
    }

    // MARK: One verdict per plan

    @Test func twoPlansWithOneAgencyIDAreInvalidInEveryCommand() throws {
        let haNoi = try Self.sample(Self.plan)
        let dir = try Self.folder(["a.yaml": haNoi, "b.yaml": haNoi, "c.yaml": try Self.sample("plans/agencies/quang-ninh.yaml"),
                                   "portfolio.yaml": try Self.sample("plans/portfolio.yaml")])
        let message = "agency id 'ha-noi' is used by 2 plans, \(dir.path)/a.yaml:4 and \(dir.path)/b.yaml:4"

        let check = try CLIRunner.run(["check", dir.path])
        #expect(check.status == 1)
        let errors = check.stdout.split(separator: "\n").filter { $0.contains("[duplicate-agency-id]") }
        #expect(errors.count == 2)
        #expect(errors.allSatisfy { $0.contains(message) })

        let risk = try CLIRunner.run(["risk", "--format", "json", dir.path])
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(risk.stdout.utf8)) as? [String: Any])
        let agencies = try #require(doc["agencies"] as? [[String: Any]])
        let twins = agencies.filter { $0["id"] as? String == "ha-noi" }
        #expect(twins.count == 2)
        for a in twins {
            #expect(a["level"] as? String == "invalid")
            #expect(a["projected_finish"] == nil || a["projected_finish"] is NSNull)
            #expect(a["slack_days"] == nil || a["slack_days"] is NSNull)
            let reason = try #require((a["reasons"] as? [[String: Any]])?.first?["message"] as? String)
            #expect(reason.contains(message))
        }

        let timeline = try CLIRunner.run(["timeline", "--format", "json", dir.path])
        #expect(timeline.status == 1)
        #expect(!timeline.stdout.contains("\"ha-noi\""))
        #expect(timeline.stderr.contains("2 plans were left out because of errors"))
        #expect(timeline.stderr.contains(message))
        let text = try CLIRunner.run(["timeline", dir.path, "--width", "100"])
        #expect(text.stdout.contains("1 agency"))

        let report = try CLIRunner.run(["report", "--period", "2019-Q3", "--format", "json", dir.path])
        let single = try CLIRunner.run(["report", "--period", "2019-Q3", "--format", "json",
                                        dir.appendingPathComponent("c.yaml").path])
        let counts = try [report, single].map { r -> Any? in
            let d = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
            return (d["summary"] as? [String: Any])?["tasks_completed"]
        }
        #expect("\(counts[0] ?? "none")" == "\(counts[1] ?? "none")")
    }

    // MARK: Options that say what they do

    @Test func failOnListsOnlyTheLevelsItTakes() throws {
        let help = try CLIRunner.run(["risk", "--help"]).stdout
        let lines = help.components(separatedBy: "\n")
        let at = try #require(lines.lastIndex { $0.contains("--fail-on <") })
        let line = lines[at..<min(at + 4, lines.count)].joined(separator: " ")
        #expect(line.contains("at-risk, will-miss"))
        #expect(!line.contains("on-track"))
    }

    @Test(arguments: [["risk", "plans"], ["checklist", plan], ["report", "--period", "2019-Q3", "--format", "text", "plans"],
                      ["timeline", "plans"]])
    func widthBelowTheMinimumIsAUsageErrorEverywhere(_ args: [String]) throws {
        let r = try CLIRunner.run(args + ["--width", "5"])
        #expect(r.status == 64)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("--width must be at least 40 columns, not 5"))
        let minimum = try CLIRunner.run(args + ["--width", "40"])
        let widest = minimum.stdout.components(separatedBy: "\n").map { $0.count }.max() ?? 0
        #expect(widest <= 40, "\(args) at --width 40: \(widest) columns")
    }

    @Test func calendarOptionsAndArguments() throws {
        let usage = try CLIRunner.run(["calendar", "2020", "--width", "80"])
        #expect(usage.status == 64)
        #expect(usage.stderr.contains("Unknown option '--width'"))
        let shortYear = try CLIRunner.run(["calendar", "20"])
        #expect(shortYear.status == 64)
        #expect(shortYear.stderr.contains("'20' is not a year: give four digits"))
        let missing = try CLIRunner.run(["calendar", "2020", "no/such"])
        #expect(missing.status == 2)
        #expect(missing.stdout.isEmpty)
        let reversed = try CLIRunner.run(["calendar", "--between", "2020-12-31", "2020-01-01"])
        #expect(reversed.status == 64)
        #expect(reversed.stderr.contains("the second date is before the first"))
        let oneDay = try CLIRunner.run(["calendar", "--between", "2020-01-02", "2020-01-02"])
        #expect(oneDay.stdout == "From 02/01/2020 to 02/01/2020: 1 working day (1 calendar day)\n")
        let vi = try CLIRunner.run(["calendar", "2020", "--lang", "vi"])
        #expect(vi.status == 0)
        #expect(vi.stdout.hasPrefix("Lịch làm việc năm 2020\n"))
        #expect(vi.stdout.hasSuffix("Năm 2020: 252 ngày làm việc\n"))
        let en = try CLIRunner.run(["calendar", "--lunar", "2020-05-23"], env: ["LANG": "en_US.UTF-8"])
        #expect(en.stdout.hasPrefix("23/05/2020 (Saturday): lunar day 1 of leap month 4 of the Canh Tý year (2020)\n"))
    }

    @Test func initRefusesAFolderANegativeCountAndAProvinceForAMinistryUnit() throws {
        let base = ["init", "--id", "x", "--name", "X", "--start", "2019-01-01", "--baseline", "none"]
        let folder = try CLIRunner.run(base + ["--type", "ministry-unit", "-o", "plans/agencies"])
        #expect(folder.status == 64)
        #expect(folder.stderr.contains("-o plans/agencies is a folder; give the file to write, e.g. -o plans/agencies/x.yaml"))
        let negative = try CLIRunner.run(base + ["--type", "ministry-unit", "--procedures", "-4"])
        #expect(negative.status == 64)
        #expect(negative.stderr.contains("--procedures must be 0 or more, not -4"))
        let province = try CLIRunner.run(base + ["--type", "ministry-unit", "--province", "X"])
        #expect(province.status == 64)
        #expect(province.stderr.contains("--province is only for a provincial-department"))
    }

    @Test func noCommandOrAMistypedOneIsAUsageError() throws {
        let none = try CLIRunner.run([])
        #expect(none.status == 64)
        #expect(none.stderr.contains("Give a command: check, checklist, risk"))
        let typo = try CLIRunner.run(["chek", "plans"])
        #expect(typo.status == 64)
        #expect(typo.stderr.contains("'chek' is not an isoplan command; did you mean 'check'?"))
    }

    /// A plan named by a relative path from inside the portfolio is evaluated with the
    /// portfolio above the working folder, as when it is named from the top or by its full path.
    @Test func aPlanNamedFromInsideThePortfolioUsesThePortfolioAbove() throws {
        let inside = CLIRunner.root.appendingPathComponent("plans/agencies")
        let relative = try CLIRunner.run(["risk", "ha-noi.yaml", "--format", "json"], cwd: inside)
        let top = try CLIRunner.run(["risk", "plans/agencies/ha-noi.yaml", "--format", "json"])
        #expect(relative.status == 0)
        #expect(relative.stdout.contains("\"as_of\" : \"2019-10-01\""))
        #expect(relative.stdout.replacingOccurrences(of: "plans/agencies/", with: "")
                == top.stdout.replacingOccurrences(of: "plans/agencies/", with: ""))
        let check = try CLIRunner.run(["check", "."], cwd: inside)
        #expect(check.stdout.contains("Checked 15 files"), "\(check.stdout)")
    }

    /// A misspelt option is named as such, even when a required option is then missing.
    @Test func aMisspeltOptionIsNamedBeforeAMissingOne() throws {
        let perod = try CLIRunner.run(["report", "--perod", "2019-Q3", "plans"])
        #expect(perod.status == 64)
        #expect(perod.stderr.contains("Unknown option '--perod'. Did you mean '--period'?"))
        #expect(perod.stderr.contains("Usage: isoplan report --period"))
        #expect(perod.stdout.isEmpty)
        let equals = try CLIRunner.run(["report", "--period", "2019-Q3", "plans", "--widht=80"])
        #expect(equals.status == 64)
        #expect(equals.stderr.contains("Unknown option '--widht'. Did you mean '--width'?"))
        let missing = try CLIRunner.run(["report", "plans"])
        #expect(missing.status == 64)
        #expect(missing.stderr.contains("Missing expected argument '--period <period>'"))
        let afterDashes = try CLIRunner.run(["report", "plans", "--", "--perod"])
        #expect(!afterDashes.stderr.contains("--perod'."))
    }

    @Test func countsAgreeWithTheirNouns() throws {
        let dir = try Self.folder(["ha-noi.yaml": try Self.sample(Self.plan)])
        let r = try CLIRunner.run(["risk", dir.path, "--width", "100"])
        #expect(r.stdout.contains("\n1 agency: "))
        #expect(!r.stdout.contains("1 agencies"))
    }

    @Test func sharedOptionsAreAcceptedWhereverTheyMakeSense() throws {
        #expect(try CLIRunner.run(["check", "--lang", "vi", Self.plan]).status == 0)
        #expect(try CLIRunner.run(["report", "--period", "2019-Q3", "--color", "never", "plans"]).status == 0)
        let version = try CLIRunner.run(["--version"]).stdout
        let sarif = try CLIRunner.run(["check", "--format", "sarif", Self.plan]).stdout
        #expect(sarif.contains("\"version\" : \"\(version.trimmingCharacters(in: .whitespacesAndNewlines))\""))
    }
}

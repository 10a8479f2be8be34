import Foundation
import Testing

@Suite struct CheckCommandTests {
    let broken = "Tests/ISOPlanCLITests/Fixtures/broken-plan.yaml"

    @Test func brokenPlanExitsOneAndNamesEachProblemAtItsPosition() throws {
        let r = try CLIRunner.run(["check", broken])
        #expect(r.status == 1)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("\(broken):6:3: error: unknown key 'provnce' in agency; did you mean 'province'? [unknown-key]") })
        #expect(lines.contains { $0.hasPrefix("\(broken):9:14: error: 'status_date' is '2019-02-30'") && $0.hasSuffix("[invalid-date]") })
        #expect(lines.contains { $0.hasPrefix("\(broken):16:13: error: dependency cycle a → b → c → a;") })
        #expect(lines.last == "Checked 1 file: 5 errors, 8 warnings.")
        #expect(!r.stdout.contains("\u{1B}["))
    }

    @Test func missingPathExitsTwo() throws {
        let r = try CLIRunner.run(["check", "no/such/folder"])
        #expect(r.status == 2)
        #expect(r.stdout.contains("[unreadable-file]"))
    }

    @Test func jsonIsTheDocumentedShape() throws {
        let r = try CLIRunner.run(["check", "--format", "json", broken])
        #expect(r.status == 1)
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(obj["version"] as? Int == 1)
        #expect(obj["files"] as? Int == 1)
        #expect(obj["errors"] as? Int == 5)
        #expect(obj["warnings"] as? Int == 8)
        let first = try #require((obj["diagnostics"] as? [[String: Any]])?.first)
        #expect(Set(first.keys).isSuperset(of: ["file", "line", "column", "severity", "rule", "message"]))
    }

    @Test func githubAnnotationsAndSummary() throws {
        let r = try CLIRunner.run(["check", "--format", "github", broken])
        #expect(r.stdout.contains("::error file=\(broken),line=9,col=14,title=invalid-date::'status_date' is '2019-02-30'"))
        #expect(r.stdout.contains("::warning file="))
        #expect(r.stdout.hasSuffix("Checked 1 file: 5 errors, 8 warnings.\n"))
    }

    @Test func sarifHasRulesAndLocatedResults() throws {
        let r = try CLIRunner.run(["check", "--format", "sarif", broken])
        let log = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.contains { $0["id"] as? String == "dependency-cycle" })
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 13)
        let cycle = try #require(results.first { $0["ruleId"] as? String == "dependency-cycle" })
        #expect(cycle["level"] as? String == "error")
        let loc = try #require((cycle["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        #expect((loc["artifactLocation"] as? [String: Any])?["uri"] as? String == broken)
        #expect((loc["region"] as? [String: Any])?["startLine"] as? Int == 16)
        #expect((loc["region"] as? [String: Any])?["startColumn"] as? Int == 13)
    }
}

@Suite struct DiscoveryCLITests {
    @Test func aSinglePlanUsesTheNearestPortfolioAbove() throws {
        let r = try CLIRunner.run(["check", "plans/agencies/dak-lak.yaml"])
        #expect(r.stdout.hasSuffix("Checked 2 files: 0 errors, 1 warning.\n"))
        #expect(r.stdout.contains("at 2019-10-01"))   // the portfolio's as_of, not today
        let risk = try CLIRunner.run(["risk", "plans/agencies/can-tho.yaml", "--format", "csv"])
        #expect(risk.stdout.contains(",at-risk,"))   // 15 working days of slack with the portfolio's day off
    }

    @Test func samplePortfolioPassesCheck() throws {
        let r = try CLIRunner.run(["check", "plans"])
        #expect(r.status == 0)
        #expect(r.stdout.hasSuffix("Checked 15 files: 0 errors, 3 warnings.\n"))
    }
}

@Suite struct TetHandCheckTests {
    /// ha-noi's `quy-trinh-xa-hoi` (14w = 70 working days) runs across Tết 2020 (23–29/01),
    /// counted by hand: 22/10/2019 + 70 working days (8 in Oct, 21 in Nov, 22 in Dec, 17 in Jan
    /// after 1/1 and Tết, 2 in Feb) ends 04/02/2020. Projected: its predecessor (40 days, 60 %
    /// at 30/09) has 16 days left from 01/10, ending 22/10, so it runs 23/10 → 05/02/2020.
    @Test func timelineJSONMatchesTheHandCount() throws {
        let r = try CLIRunner.run(["timeline", "plans/agencies/ha-noi.yaml", "--format", "json"])
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let tasks = try #require((doc["agencies"] as? [[String: Any]])?.first?["tasks"] as? [[String: Any]])
        let t = try #require(tasks.first { $0["id"] as? String == "quy-trinh-xa-hoi" })
        #expect(t["planned_start"] as? String == "2019-10-22")
        #expect(t["planned_end"] as? String == "2020-02-04")
        #expect(t["projected_start"] as? String == "2019-10-23")
        #expect(t["projected_end"] as? String == "2020-02-05")
        let prev = try #require(tasks.first { $0["id"] as? String == "quy-trinh-lao-dong" })
        #expect(prev["projected_end"] as? String == "2019-10-22")
    }
}

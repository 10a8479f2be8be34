import Foundation
import Testing
@testable import ISOPlanTestSupport

@Suite struct CheckCommandTests {
    let broken = "Tests/ISOPlanCLITests/Fixtures/broken-plan.yaml"

    @Test func brokenPlanExitsOneAndNamesEachProblemAtItsPosition() throws {
        let r = try CLIRunner.run(["check", broken])
        #expect(r.status == 1)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("\(broken):6:3: error: unknown key 'provnce' in agency; did you mean 'province'? [unknown-key]") })
        #expect(lines.contains { $0.hasPrefix("\(broken):9:14: error: 'status_date' is '2019-02-30'") && $0.hasSuffix("[invalid-date]") })
        #expect(lines.contains { $0.hasPrefix("\(broken):16:13: error: dependency cycle a → b → c → a;") })
        #expect(lines.last == "Checked 1 file: 4 errors, 8 warnings.")
        #expect(!r.stdout.contains("\u{1B}["))
    }

    @Test func missingPathExitsTwo() throws {
        let r = try CLIRunner.run(["check", "no/such/folder"])
        #expect(r.status == 2)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("no/such/folder") && r.stderr.contains("[unreadable-file]"))
    }

    @Test func jsonIsTheDocumentedShape() throws {
        let r = try CLIRunner.run(["check", "--format", "json", broken])
        #expect(r.status == 1)
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(obj["version"] as? Int == 1)
        #expect(obj["files"] as? Int == 1)
        #expect(obj["errors"] as? Int == 4)
        #expect(obj["warnings"] as? Int == 8)
        let first = try #require((obj["diagnostics"] as? [[String: Any]])?.first)
        #expect(Set(first.keys).isSuperset(of: ["file", "line", "column", "severity", "rule", "message"]))
    }

    @Test func githubAnnotationsAndSummary() throws {
        let r = try CLIRunner.run(["check", "--format", "github", broken])
        #expect(r.stdout.contains("::error file=\(broken),line=9,col=14,title=invalid-date::'status_date' is '2019-02-30'"))
        #expect(r.stdout.contains("::warning file="))
        #expect(r.stdout.hasSuffix("Checked 1 file: 4 errors, 8 warnings.\n"))
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
        #expect(results.count == 12)
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
    /// after 1/1 and Tết, 2 in Feb) ends 04/02/2020. Projected, evaluated on the status date:
    /// its predecessor (40 days, 60 % at 30/09) has 16 days left from 01/10, ending 22/10, so it
    /// runs 23/10 → 05/02/2020.
    @Test func timelineJSONMatchesTheHandCount() throws {
        let r = try CLIRunner.run(["timeline", "plans/agencies/ha-noi.yaml", "--format", "json", "--as-of", "2019-09-30"])
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

    /// dak-lak's closing chain counted back by hand from Thu 31/12/2020 (no day off in
    /// December 2020 after the 1st): thong-bao (3) 29–31/12; cong-bo (milestone) the working
    /// day before, Mon 28/12; xem-xet (2) may end on the milestone's day: 25–28/12; khac-phuc
    /// (10) ends Thu 24/12 and starts Fri 11/12; danh-gia-noi-bo (5) 04–10/12. bao-cao (2)
    /// has no successor: 30–31/12.
    @Test func latestDatesMatchTheHandCount() throws {
        let r = try CLIRunner.run(["timeline", "plans/agencies/dak-lak.yaml", "--format", "json", "--as-of", "2019-10-01"])
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let agency = try #require((doc["agencies"] as? [[String: Any]])?.first)
        let tasks = try #require(agency["tasks"] as? [[String: Any]])
        func dates(_ id: String) -> [String?] {
            let t = tasks.first { $0["id"] as? String == id }
            return [t?["latest_start"] as? String, t?["latest_finish"] as? String]
        }
        #expect(dates("thong-bao") == ["2020-12-29", "2020-12-31"])
        #expect(dates("cong-bo") == ["2020-12-28", "2020-12-28"])
        #expect(dates("xem-xet") == ["2020-12-25", "2020-12-28"])
        #expect(dates("khac-phuc") == ["2020-12-11", "2020-12-24"])
        #expect(dates("danh-gia-noi-bo") == ["2020-12-04", "2020-12-10"])
        #expect(dates("bao-cao") == ["2020-12-30", "2020-12-31"])
        #expect(dates("ban-chi-dao") == [nil, nil])   // complete
        let slacks = tasks.compactMap { $0["total_slack_days"] as? Int }
        #expect(agency["slack_days"] as? Int == slacks.min())
        #expect(agency["evaluation_date"] as? String == "2019-10-01")
        // Stale plan (status 28/02/2019): the remaining work resumes after the evaluation date.
        #expect((agency["projected_finish"] as? String ?? "") > "2019-10-01")
    }
}

/// Notes are a message and a place, shown after their diagnostic in every format.
@Suite struct CheckNotesTests {
    static let dir = "Tests/ISOPlanCLITests/Fixtures/Mistakes/"

    func duplicateKeyPlan() throws -> URL {
        let text = try String(contentsOfFile: CLIRunner.root.appendingPathComponent(Self.dir + "valid.yaml").path, encoding: .utf8)
            .replacingOccurrences(of: "    duration: 5\n", with: "    duration: 5\n    duration: 6\n")
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("isoplan-notes-\(UUID().uuidString).yaml")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test func textShowsTheNoteOnItsOwnLineWithoutARuleID() throws {
        let url = try duplicateKeyPlan()
        defer { try? FileManager.default.removeItem(at: url) }
        let lines = try CLIRunner.run(["check", "--as-of", "2019-03-04", url.path]).stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "\(url.path):12:5: error: key 'duration' appears twice; keep one (the first is at line 11) [duplicate-key]")
        #expect(lines.dropFirst().first == "\(url.path):11:5: note: first 'duration' is here")
        let vi = try CLIRunner.run(["check", "--lang", "vi", "--as-of", "2019-03-04", url.path]).stdout
        #expect(vi.contains("\(url.path):11:5: note: 'duration' đầu tiên ở đây\n"))
    }

    @Test func jsonNotesHaveAMessageAndAPlaceOnly() throws {
        let url = try duplicateKeyPlan()
        defer { try? FileManager.default.removeItem(at: url) }
        let out = try CLIRunner.run(["check", "--format", "json", "--as-of", "2019-03-04", url.path]).stdout
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
        let note = try #require(((obj["diagnostics"] as? [[String: Any]])?.first?["notes"] as? [[String: Any]])?.first)
        #expect(Set(note.keys) == ["file", "line", "column", "message"])
        #expect(note["line"] as? Int == 11 && note["message"] as? String == "first 'duration' is here")
    }

    @Test func sarifNotesAreRelatedLocations() throws {
        let url = try duplicateKeyPlan()
        defer { try? FileManager.default.removeItem(at: url) }
        let out = try CLIRunner.run(["check", "--format", "sarif", "--as-of", "2019-03-04", url.path]).stdout
        let log = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
        let result = try #require(((log["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])?.first)
        let related = try #require((result["relatedLocations"] as? [[String: Any]])?.first)
        #expect((related["message"] as? [String: Any])?["text"] as? String == "first 'duration' is here")
        let region = (related["physicalLocation"] as? [String: Any])?["region"] as? [String: Any]
        #expect(region?["startLine"] as? Int == 11)
    }

    @Test func rulesListsEveryRuleWithItsExamplesInBothLanguages() throws {
        let en = try CLIRunner.run(["rules", "unknown-key"])
        #expect(en.status == 0)
        #expect(en.stdout.contains("unknown-key (error): A key that the plan format does not define.\n  Fires on (⟪!⟫ marks where):"))
        #expect(en.stdout.contains("⟪!⟫duraton: 10"))
        let vi = try CLIRunner.run(["rules", "--lang", "vi", "unknown-key"])
        #expect(vi.stdout.contains("Một khóa không có trong định dạng kế hoạch.") && vi.stdout.contains("Không báo với:"))
        let all = try CLIRunner.run(["rules", "--format", "json"])
        #expect(try CLIRunner.run(["rules", "--json"]).stdout == all.stdout)   // the deprecated spelling
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(all.stdout.utf8)) as? [String: Any])
        #expect(doc["version"] as? Int == 1)
        let list = try #require(doc["rules"] as? [[String: Any]])
        #expect(list.count >= 41 && list.allSatisfy { $0["triggering"] != nil && $0["passing"] != nil })
        let bad = try CLIRunner.run(["rules", "unknown-kee"])
        #expect(bad.status == 64)
    }
}

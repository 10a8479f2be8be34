import Foundation
import Testing
@testable import ISOPlanTestSupport

@Suite struct ChecklistCommandTests {
    let noAnnouncement = "Tests/ISOPlanCLITests/Fixtures/no-announcement.yaml"
    let haNoi = "plans/agencies/ha-noi.yaml"

    func golden(_ name: String) throws -> String {
        try Golden.kit.contents("checklist/\(name)")
    }

    @Test func samplePlanInEveryFormatMatchesTheGoldenFiles() throws {
        for (format, ext) in [("text", "txt"), ("markdown", "md"), ("json", "json"), ("csv", "csv")] {
            for lang in ["vi", "en"] {
                // Evaluated on the status date, as the library goldens are.
                let r = try CLIRunner.run(["checklist", haNoi, "--format", format, "--lang", lang, "--width", "100",
                                           "--as-of", "2019-09-30"])
                #expect(r.status == 0, "\(format) \(lang): \(r.stderr)")
                #expect(r.stdout == (try golden("ha-noi.\(lang).\(ext)")), "\(format) \(lang)")
            }
        }
    }

    @Test func aPlanMissingTheAnnouncementStepReportsItNotCovered() throws {
        let text = try CLIRunner.run(["checklist", noAnnouncement, "--width", "100"])
        #expect(text.status == 0)
        let line = try #require(text.stdout.split(separator: "\n").first { $0.contains(" announcement ") })
        #expect(line.hasPrefix("[!] announcement"))
        #expect(line.hasSuffix("not covered"))
        #expect(text.stdout.contains("! No task has 'step: announcement'"))
        // The optional corrective-action step and its clauses 10.2, 10.2.1, 10.2.2 are not covered either.
        #expect(text.stdout.contains("Done 83 of 88 items · 0 in progress · 0 planned · 5 not covered"))

        let json = try CLIRunner.run(["checklist", noAnnouncement, "--format", "json"])
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let steps = try #require(doc["steps"] as? [[String: Any]])
        let announcement = try #require(steps.first { $0["id"] as? String == "announcement" })
        #expect(announcement["status"] as? String == "not-covered")
        #expect((announcement["tasks"] as? [Any])?.isEmpty == true)
    }

    @Test func languageComesFromTheLocaleUnlessGiven() throws {
        let vi = try CLIRunner.run(["checklist", haNoi], env: ["LANG": "vi_VN.UTF-8"])
        #expect(vi.stdout.hasPrefix("Danh mục chuyển đổi hệ thống quản lý chất lượng: Sở Lao động"))
        let allWins = try CLIRunner.run(["checklist", haNoi], env: ["LANG": "en_US.UTF-8", "LC_ALL": "vi_VN.UTF-8"])
        #expect(allWins.stdout.hasPrefix("Danh mục"))
        let flag = try CLIRunner.run(["checklist", haNoi, "--lang", "en"], env: ["LANG": "vi_VN.UTF-8"])
        #expect(flag.stdout.hasPrefix("Migration checklist: Hanoi Department"))
        let plain = try CLIRunner.run(["checklist", haNoi])
        #expect(plain.stdout.hasPrefix("Migration checklist"))
    }

    @Test func aPlanWithErrorsExitsOneWithItsDiagnostics() throws {
        let r = try CLIRunner.run(["checklist", "Tests/ISOPlanCLITests/Fixtures/broken-plan.yaml"])
        #expect(r.status == 1)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("broken-plan.yaml:6:3: error: unknown key 'provnce'"))
        #expect(!r.stderr.contains("warning"))
    }

    @Test func aMissingFileExitsTwo() throws {
        let r = try CLIRunner.run(["checklist", "no/such/plan.yaml"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("[unreadable-file]"))
    }

    @Test func badOptionsAreUsageErrors() throws {
        #expect(try CLIRunner.run(["checklist", haNoi, "--lang", "fr"]).status == 64)
        #expect(try CLIRunner.run(["checklist", haNoi, "--format", "pdf"]).status == 64)
        #expect(try CLIRunner.run(["checklist"]).status == 64)
    }

    @Test func textFitsTheGivenWidth() throws {
        let r = try CLIRunner.run(["checklist", haNoi, "--width", "72", "--lang", "vi"])
        for line in r.stdout.split(separator: "\n") {
            #expect(line.count <= 72, "\(line)")
        }
    }
}

import Foundation
import Testing
@testable import ISOPlanKit
@testable import ISOPlanTestSupport

/// `isoplan risk` and `isoplan report` end to end on the sample portfolio in plans/.
@Suite struct RiskCommandTests {
    static let cases: [(args: [String], golden: String)] = [
        (["risk", "plans", "--width", "100"], "risk/risk-en-100.txt"),
        (["risk", "plans", "--width", "80", "--lang", "vi"], "risk/risk-vi-80.txt"),
        (["risk", "plans", "--width", "160"], "risk/risk-en-160.txt"),
        (["risk", "plans", "--format", "markdown", "--lang", "vi"], "risk/risk-vi.md"),
        (["risk", "plans", "--format", "json"], "risk/risk.json"),
        (["risk", "plans", "--format", "csv"], "risk/risk.csv"),
        (["report", "--period", "2019-Q3", "plans", "--lang", "vi", "--format", "markdown"], "report/report-2019-Q3-vi.md"),
        (["report", "--period", "2019-H2", "plans", "--format", "text", "--width", "90"], "report/report-2019-H2-en.txt"),
        (["report", "--period", "2020", "plans", "--format", "json"], "report/report-2020.json"),
        (["report", "--period", "2019-Q3", "plans", "--format", "csv"], "report/report-2019-Q3.csv"),
    ]

    @Test(arguments: cases.indices)
    func matchesGolden(_ i: Int) throws {
        let c = Self.cases[i]
        let r = try CLIRunner.run(c.args)
        #expect(r.status == 0, "\(r.stderr)")
        Golden.cli.assertMatches(r.stdout, c.golden)
    }

    @Test func samplePortfolioHasEveryLevel() throws {
        let r = try CLIRunner.run(["risk", "plans", "--format", "json"])
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let agencies = try #require(doc["agencies"] as? [[String: Any]])
        let levels = Set(agencies.compactMap { $0["level"] as? String })
        #expect(levels == ["done", "on-track", "at-risk", "will-miss"])
        for a in agencies {
            let reasons = try #require(a["reasons"] as? [[String: Any]])
            #expect(!reasons.isEmpty)
            #expect(reasons.allSatisfy { ($0["file"] as? String)?.hasPrefix("plans/agencies/") == true && ($0["line"] as? Int ?? 0) > 0 })
        }
        #expect(doc["as_of"] as? String == "2019-10-01")
    }

    @Test func failOnSetsTheExitStatus() throws {
        #expect(try CLIRunner.run(["risk", "plans", "--fail-on", "will-miss"]).status == 1)
        #expect(try CLIRunner.run(["risk", "plans", "--fail-on", "at-risk"]).status == 1)
        #expect(try CLIRunner.run(["risk", "plans/agencies/vu-phap-che.yaml", "--fail-on", "at-risk", "--as-of", "2019-10-01"]).status == 0)
        #expect(try CLIRunner.run(["risk", "plans"]).status == 0)
        #expect(try CLIRunner.run(["risk", "no/such/plans"]).status == 2)
        #expect(try CLIRunner.run(["risk", "plans", "--fail-on", "done"]).status == 64)
        #expect(try CLIRunner.run(["report", "--period", "2019-Q5", "plans"]).status == 64)
    }

    @Test func invalidPlansAreReportedNotSkipped() throws {
        let r = try CLIRunner.run(["risk", "plans", "Tests/ISOPlanCLITests/Fixtures/broken-plan.yaml", "--format", "csv"])
        #expect(r.stdout.contains(",invalid,"))
        #expect(try CLIRunner.run(["risk", "Tests/ISOPlanCLITests/Fixtures/broken-plan.yaml", "--fail-on", "will-miss"]).status == 1)
    }

    /// An invalid plan has no progress, finish or slack: JSON leaves them out, as the table and
    /// CSV leave them blank, rather than claiming 0 %.
    @Test func invalidPlansHaveNoProgressInJSON() throws {
        let r = try CLIRunner.run(["risk", "plans", "Tests/ISOPlanCLITests/Fixtures/broken-plan.yaml", "--format", "json"])
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let agencies = try #require(doc["agencies"] as? [[String: Any]])
        let invalid = agencies.filter { $0["level"] as? String == "invalid" }
        #expect(invalid.count == 1)
        for a in invalid {
            #expect(a["progress"] == nil && a["projected_finish"] == nil && a["slack_days"] == nil)
        }
        #expect(agencies.filter { $0["level"] as? String != "invalid" }.allSatisfy { $0["progress"] is NSNumber })
    }

    @Test func colourOnlyWhenAskedAndAnExplicitChoiceBeatsNO_COLOR() throws {
        #expect(!(try CLIRunner.run(["risk", "plans"]).stdout.contains("\u{1B}[")))
        #expect(try CLIRunner.run(["risk", "plans", "--color", "always"]).stdout.contains("\u{1B}["))
        // no-color.org: NO_COLOR turns off the default colour, not colour asked for explicitly.
        #expect(try CLIRunner.run(["risk", "plans", "--color", "always"], env: ["NO_COLOR": "1"]).stdout.contains("\u{1B}["))
        #expect(!(try CLIRunner.run(["risk", "plans", "--color", "auto"], env: ["NO_COLOR": "1"]).stdout.contains("\u{1B}[")))
    }

    /// The text report colours the overview's levels as `risk` does, only when asked, and the
    /// colour changes nothing else: without the escape codes it is the plain report.
    @Test func reportTextColoursTheLevelsWhenAsked() throws {
        for width in ["60", "100", "160"] {
            let args = ["report", "--period", "2019-Q3", "plans", "--format", "text", "--width", width, "--lang", "en"]
            let plain = try CLIRunner.run(args)
            let coloured = try CLIRunner.run(args + ["--color", "always"], env: ["NO_COLOR": "1"])
            #expect(!plain.stdout.contains("\u{1B}["))
            #expect(coloured.stdout.contains("\u{1B}[31mwill miss\u{1B}[0m"))
            #expect(coloured.stdout.contains("\u{1B}[32mdone\u{1B}[0m"))
            #expect(!coloured.stdout.contains("\u{1B}[31m "), "spaces around a level stay uncoloured")
            let stripped = coloured.stdout.replacingOccurrences(of: "\u{1B}\\[[0-9]+m", with: "", options: .regularExpression)
            #expect(stripped == plain.stdout)
        }
        let markdown = try CLIRunner.run(["report", "--period", "2019-Q3", "plans", "--color", "always"])
        #expect(!markdown.stdout.contains("\u{1B}["), "markdown is never coloured")
    }

    /// The plan's own text cannot change the Markdown's structure: names in headings and the
    /// portfolio's name are escaped as they are in tables.
    @Test func markdownEscapesNamesInHeadingsToo() throws {
        let fm = FileManager.default
        let dir = fm.temporaryDirectory.appendingPathComponent("md-\(UUID().uuidString)")
        try fm.copyItem(at: CLIRunner.root.appendingPathComponent("plans"), to: dir)
        defer { try? fm.removeItem(at: dir) }
        let plan = dir.appendingPathComponent("agencies/ha-noi.yaml")
        var text = try String(contentsOf: plan, encoding: .utf8)
        text = text.replacingOccurrences(of: "  name: Sở Lao động - Thương binh và Xã hội thành phố Hà Nội",
                                         with: "  name: \"Sở A | B *x* <b>tag</b> _y_\"")
        try text.write(to: plan, atomically: true, encoding: .utf8)
        let portfolio = dir.appendingPathComponent("portfolio.yaml")
        let p = try String(contentsOf: portfolio, encoding: .utf8)
            .replacingOccurrences(of: "  name: Ngành Lao động - Thương binh và Xã hội", with: "  name: \"Ngành *LĐ* #1\"")
        try p.write(to: portfolio, atomically: true, encoding: .utf8)
        let report = try CLIRunner.run(["report", "--period", "2019-Q3", dir.path, "--lang", "vi"])
        #expect(report.stdout.contains("#### Sở A \\| B \\*x\\* \\<b\\>tag\\</b\\> \\_y\\_\n"))
        #expect(report.stdout.contains("**Phạm vi:** Ngành \\*LĐ\\* \\#1"))
        let risk = try CLIRunner.run(["risk", "--format", "markdown", dir.path, "--lang", "vi"])
        #expect(risk.stdout.hasPrefix("# Ngành \\*LĐ\\* \\#1 — "))
    }

    /// A plan whose agency type could not be read has no known reporting cadence: the report
    /// says so in both languages rather than call it quarterly, JSON leaves `cadence` out and
    /// CSV leaves it empty, and it owes a report only for a period every cadence reports for.
    @Test func anUnreadableTypeLeavesTheCadenceUnknown() throws {
        let plan = "Tests/ISOPlanCLITests/Fixtures/broken-plan.yaml"
        let en = try CLIRunner.run(["report", "--period", "2019-Q3", plan, "--format", "text", "--lang", "en", "--width", "200"]).stdout
        #expect(en.contains("- Due to report this period: unknown (the agency type, which sets the reporting cadence, could not be read)\n"), "\(en)")
        #expect(!en.contains("quarterly)"))
        let vi = try CLIRunner.run(["report", "--period", "2019-Q3", plan, "--format", "markdown", "--lang", "vi"]).stdout
        #expect(vi.contains("- Phải báo cáo kỳ này: Chưa rõ (không đọc được loại cơ quan nên chưa rõ chu kỳ báo cáo)\n"), "\(vi)")
        #expect(vi.contains("broken-plan.yaml | — | — |"), "the overview's due column: \(vi)")
        let year = try CLIRunner.run(["report", "--period", "2019-H2", plan, "--format", "text", "--lang", "en", "--width", "200"]).stdout
        #expect(year.contains("- Due to report this period: yes (reporting cadence unknown: the agency type could not be read)\n"))
        let csv = try CLIRunner.run(["report", "--period", "2019-Q3", plan, "--format", "csv"]).stdout
        #expect(csv.contains("/broken-plan.yaml,,,false,false,,,invalid,"), "\(csv)")
        let json = try CLIRunner.run(["report", "--period", "2019-Q3", plan, "--format", "json"]).stdout
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let agency = try #require((doc["agencies"] as? [[String: Any]])?.first)
        #expect(agency["cadence"] == nil && agency["must_report"] as? Bool == false, "\(json)")
    }

    /// Plans with errors come last in the report whatever type they give, as docs/risk.md says,
    /// and their section says nothing of tasks it could not read.
    @Test func reportListsPlansWithErrorsLast() throws {
        let dir = try portfolioWithMistakes("report-invalid")
        defer { try? FileManager.default.removeItem(at: dir) }
        let csv = try CLIRunner.run(["report", "--period", "2019-Q3", dir.path, "--format", "csv"])
        let levels = csv.stdout.split(separator: "\r\n").dropFirst().map { $0.contains(",invalid,") }
        #expect(levels.filter { $0 }.count == 3)
        #expect(levels.drop { !$0 }.allSatisfy { $0 }, "invalid rows last: \(levels)")
        let md = try CLIRunner.run(["report", "--period", "2019-Q3", dir.path, "--lang", "en"])
        let errors = try #require(md.stdout.range(of: "### 2.3. Plans with errors"))
        let invalidPart = md.stdout[errors.lowerBound...].prefix { _ in true }
        let sections = invalidPart.components(separatedBy: "\n#### ").dropFirst()
        #expect(sections.count == 3)
        for section in sections {
            #expect(!section.contains("Completed in the period") && !section.contains("Due next period"))
            #expect(section.contains("Assessment: **invalid plan**"))
        }
    }

    /// At any width the details give every reason in full: names and dates wrap, never cut,
    /// and a file:line is cut only after a `/`.
    @Test func narrowDetailsWrapAndKeepLocationsWhole() throws {
        for (width, lang) in [(40, "vi"), (50, "en"), (60, "en")] {
            let r = try CLIRunner.run(["risk", "plans", "--width", "\(width)", "--lang", lang])
            let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false)
            let details = lines.drop { !$0.hasPrefix("Lý do") && !$0.hasPrefix("Reasons") }.prefix { !$0.isEmpty }
            #expect(details.count > 10)
            #expect(details.allSatisfy { TextWidth.of(String($0)) <= width }, "\(width)")
            #expect(!details.contains { $0.contains("…") }, "nothing cut at \(width): \(details.filter { $0.contains("…") })")
            #expect(details.contains { $0.contains("ho-chi-minh.yaml:118)") })
            #expect(details.contains { $0.contains(lang == "vi" ? "01/10/2019" : "evaluated") })
        }
        let en = try CLIRunner.run(["risk", "plans", "--width", "60", "--lang", "en"]).stdout
        #expect(en.contains("  will miss  Directorate of Vocational Education and\n             Training\n"))
    }

    /// A plan whose name could not be read is named by its path; in a narrow name column the
    /// path wraps after a `/` or `-`, not inside a word.
    @Test func aPathForANameWrapsAfterSlashesAndHyphens() throws {
        let fm = FileManager.default
        let dir = fm.temporaryDirectory.appendingPathComponent("path-name-\(UUID().uuidString)")
        defer { try? fm.removeItem(at: dir) }
        let folder = dir.appendingPathComponent("agencies/ba-ria-vung-tau")
        try fm.createDirectory(at: folder, withIntermediateDirectories: true)
        try fm.copyItem(at: CLIRunner.root.appendingPathComponent("Tests/ISOPlanCLITests/Fixtures/broken-plan.yaml"),
                        to: folder.appendingPathComponent("so-lao-dong-thuong-binh-xa-hoi.yaml"))
        try fm.copyItem(at: CLIRunner.root.appendingPathComponent("plans/agencies/ha-noi.yaml"),
                        to: dir.appendingPathComponent("agencies/ha-noi.yaml"))
        for width in [60, 80] {
            let r = try CLIRunner.run(["risk", "agencies", "--width", "\(width)", "--lang", "en", "--as-of", "2019-10-01"], cwd: dir)
            let names = r.stdout.split(separator: "\n").map { $0.prefix { $0 != " " } }
            #expect(names.contains("agencies/ba-ria-") && names.contains("vung-tau/so-lao-")
                    && names.contains("dong-thuong-binh-") && names.contains("xa-hoi.yaml"), "\(width): \(r.stdout)")
        }
    }

    /// Two plans of one agency (both rejected for sharing its id) are told apart by their files
    /// in the risk table, the report's overview, its agencies' headings and its actions.
    @Test func rowsWithTheSameNameNameTheirFiles() throws {
        let dir = try portfolioWithMistakes("same-name")
        defer { try? FileManager.default.removeItem(at: dir) }
        let first = try #require(try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("agencies").path)
            .filter { $0 != "zz-again.yaml" && $0 != "broken-plan.yaml" }.sorted().first)
        let risk = try CLIRunner.run(["risk", dir.path, "--width", "160", "--lang", "en"]).stdout
        #expect(risk.contains("(\(first))") && risk.contains("(zz-again.yaml)"), "\(risk)")
        let report = try CLIRunner.run(["report", "--period", "2019-Q3", dir.path, "--format", "text", "--width", "160", "--lang", "en"]).stdout
        #expect(report.contains("(zz-again.yaml)"))
        // In the overview, the agency's heading and the actions (whose line may wrap anywhere).
        #expect(report.components(separatedBy: "(\(first))").count == 4, "\(report)")
        for file in [first, "zz-again.yaml"] {
            #expect(report.contains(" (\(file))\n\n- Due to report this period"), "\(file): \(report)")
        }
        let md = try CLIRunner.run(["report", "--period", "2019-Q3", dir.path, "--format", "markdown", "--lang", "vi"]).stdout
        let headings = md.split(separator: "\n").filter { $0.hasPrefix("#### ") }
        for file in [first, "zz-again.yaml"] {
            #expect(headings.filter { $0.hasSuffix(" (\(Markdown.escape(file)))") }.count == 1, "\(file): \(headings)")
        }
        let html = try CLIRunner.run(["report", "--period", "2019-Q3", dir.path, "--format", "html", "--lang", "en"]).stdout
        for file in [first, "zz-again.yaml"] {
            #expect(html.contains(" (\(file))</h4>"), "\(file)")
            #expect(html.contains(" (\(file))</td>"), "\(file): the overview table too")
        }
        let plain = try CLIRunner.run(["risk", "plans", "--width", "160", "--lang", "en"]).stdout
        #expect(!plain.contains(".yaml)  "), "no file where names differ")
    }

    @Test func languageComesFromTheLocale() throws {
        let vi = try CLIRunner.run(["risk", "plans", "--width", "100"], env: ["LANG": "vi_VN.UTF-8"])
        #expect(vi.stdout.contains("Sẽ chậm hạn"))
        let en = try CLIRunner.run(["risk", "plans", "--width", "100"], env: ["LANG": "en_US.UTF-8"])
        #expect(en.stdout.contains("will miss"))
    }
}

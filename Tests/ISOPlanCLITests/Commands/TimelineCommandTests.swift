import Foundation
@testable import ISOPlanKit
import Testing
@testable import ISOPlanTestSupport

@Suite struct TimelineCommandTests {
    let fixtures = "Tests/ISOPlanKitTests/Fixtures/Timeline"
    var agency: String { fixtures + "/agencies/thu-nghiem.yaml" }

    func widest(_ s: String) -> Int { s.split(separator: "\n").map { TextWidth.of(String($0)) }.max() ?? 0 }

    @Test func oneFileDrawsTheAgencyChartWithoutColourWhenPiped() throws {
        let r = try CLIRunner.run(["timeline", agency])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("Sở Lao động - Thương binh và Xã hội tỉnh Thử Nghiệm (thu-nghiem)\n"))
        #expect(r.stdout.contains("1 column = 10.6 days"))
        #expect(!r.stdout.contains("\u{1B}["))
        #expect(widest(r.stdout) <= 100)
    }

    @Test func widthComesFromTheFlagThenCOLUMNS() throws {
        let narrow = try CLIRunner.run(["timeline", agency], env: ["COLUMNS": "60"])
        #expect(widest(narrow.stdout) <= 60)
        let wide = try CLIRunner.run(["timeline", "--width", "160", agency], env: ["COLUMNS": "60"])
        #expect(widest(wide.stdout) > 100 && widest(wide.stdout) <= 160)
    }

    /// On a narrow terminal the portfolio chart puts each name on a line above its bar rather
    /// than cut every name to a few columns; from 50 columns on the names stay beside the bars.
    @Test func aNarrowPortfolioChartGivesNamesTheirOwnLines() throws {
        for lang in ["vi", "en"] {
            let narrow = try CLIRunner.run(["timeline", "plans", "--width", "40", "--lang", lang])
            #expect(narrow.status == 0)
            #expect(widest(narrow.stdout) <= 40)
            let lines = narrow.stdout.split(separator: "\n").map(String.init)
            let bars = lines.indices.filter { lines[$0].contains("┃") && lines[$0].contains("%") && !lines[$0].contains(":") }
            #expect(bars.count == 14)
            for i in bars {
                #expect(lines[i].hasPrefix(" "), "a bar line has no label: \(lines[i])")
                #expect(!lines[i - 1].contains("┃") && TextWidth.of(lines[i - 1]) > 8, "a name above: \(lines[i - 1])")
            }
            #expect(lines.contains(lang == "vi" ? "Sở LĐTBXH Quảng Ninh" : "Quảng Ninh DOLISA"))
            let wide = try CLIRunner.run(["timeline", "plans", "--width", "50", "--lang", lang])
            #expect(wide.stdout.split(separator: "\n").filter { $0.contains("┃") && $0.contains("%") && !$0.contains(":") && !$0.hasPrefix(" ") }.count == 14)
        }
    }

    /// The same file named twice is one plan: its own chart, not a portfolio of one.
    @Test func oneFileNamedTwiceDrawsTheAgencyChart() throws {
        let twice = try CLIRunner.run(["timeline", agency, "./" + agency])
        let once = try CLIRunner.run(["timeline", agency])
        #expect(twice.status == 0)
        #expect(twice.stdout == once.stdout)
    }

    @Test func colourAlwaysEvenWithNO_COLOR() throws {
        let on = try CLIRunner.run(["timeline", "--color", "always", agency])
        #expect(on.stdout.contains("\u{1B}["))
        let explicit = try CLIRunner.run(["timeline", "--color", "always", agency], env: ["NO_COLOR": "1"])
        #expect(explicit.stdout.contains("\u{1B}["))
        let never = try CLIRunner.run(["timeline", "--color", "never", agency])
        #expect(!never.stdout.contains("\u{1B}["))
    }

    @Test func aPlanWithItsPortfolioFileDrawsTheAgencyChart() throws {
        let r = try CLIRunner.run(["timeline", fixtures + "/portfolio.yaml", agency])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("Sở Lao động - Thương binh và Xã hội tỉnh Thử Nghiệm (thu-nghiem)\n"))
        #expect(r.stdout.contains("Risk: at risk"))   // evaluated at the portfolio's as_of
    }

    @Test func folderDrawsThePortfolioChart() throws {
        let r = try CLIRunner.run(["timeline", "--sort", "name", "--ascii", fixtures])
        #expect(r.status == 0)
        #expect(r.stdout.contains("3 agencies"))
        let rows = r.stdout.split(separator: "\n").map(String.init)
        let order = ["Cục Trẻ em", "Sở LĐTBXH", "Vụ Pháp chế"].map { name in rows.firstIndex { $0.hasPrefix(name) } }
        #expect(order.allSatisfy { $0 != nil } && order == order.sorted { ($0 ?? 0) < ($1 ?? 0) })
    }

    @Test func jsonCsvAndMermaid() throws {
        let json = try CLIRunner.run(["timeline", "--format", "json", fixtures])
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(obj["version"] as? Int == 1)
        #expect((obj["agencies"] as? [Any])?.count == 3)
        let csv = try CLIRunner.run(["timeline", "--format", "csv", agency])
        #expect(csv.stdout.hasPrefix("agency_id,task_id,title,"))
        let mermaid = try CLIRunner.run(["timeline", "--format", "mermaid", "--color", "always", agency])
        #expect(mermaid.stdout.hasPrefix("gantt\n"))
        #expect(!mermaid.stdout.contains("\u{1B}["))
    }

    @Test func brokenPlansAreLeftOutAndMissingPathsStopTheRun() throws {
        let broken = try CLIRunner.run(["timeline", "Tests/ISOPlanCLITests/Fixtures/broken-plan.yaml", agency])
        #expect(broken.status == 1)
        #expect(broken.stdout.contains("1 agency"))
        #expect(broken.stderr.contains("1 plan was left out because of errors"))
        let missing = try CLIRunner.run(["timeline", "no/such/plan.yaml"])
        #expect(missing.status == 2)
        let usage = try CLIRunner.run(["timeline", "--width", "5", agency])
        #expect(usage.status == 64)
    }
}

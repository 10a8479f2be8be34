import Foundation
import Testing
@testable import ISOPlanKit
@testable import ISOPlanTestSupport

/// The text outputs on the sample portfolio fill the width they are given and stay within it;
/// every row of a chart can be told apart. Golden files at 80, 100, 160 and 200 columns.
@Suite struct LayoutGoldenTests {
    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var args: [String]
        var chart: Bool
        var description: String { name }
    }

    static let widths = [80, 100, 160, 200]

    static var cases: [Case] {
        var out: [Case] = []
        for w in widths {
            let lang = w == 80 || w == 160 ? "vi" : "en"
            let common = ["--width", String(w), "--lang", lang]
            out.append(Case(name: "timeline-ha-noi-\(lang)-\(w).txt",
                            args: ["timeline", "plans/portfolio.yaml", "plans/agencies/ha-noi.yaml"] + common, chart: true))
            out.append(Case(name: "timeline-plans-\(lang)-\(w).txt", args: ["timeline", "plans"] + common, chart: true))
            out.append(Case(name: "risk-\(lang)-\(w).txt", args: ["risk", "plans"] + common, chart: false))
        }
        for w in [80, 160] {
            for lang in ["vi", "en"] {
                let common = ["--width", String(w), "--lang", lang]
                out.append(Case(name: "checklist-ha-noi-\(lang)-\(w).txt",
                                args: ["checklist", "plans/agencies/ha-noi.yaml"] + common,
                                chart: false))
                out.append(Case(name: "report-2019-Q3-\(lang)-\(w).txt",
                                args: ["report", "--period", "2019-Q3", "plans", "--format", "text"] + common, chart: false))
            }
        }
        return out
    }

    static func width(_ args: [String]) -> Int { Int(args[args.firstIndex(of: "--width")! + 1])! }

    @Test(arguments: cases)
    func fillsTheWidthAndMatchesTheGolden(_ c: Case) throws {
        let r = try CLIRunner.run(c.args)
        #expect(r.status == 0, "\(r.stderr)")
        Golden.cli.assertMatches(r.stdout, "layout/" + c.name)
        let width = Self.width(c.args)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.allSatisfy { TextWidth.of($0) <= width }, "a line is wider than \(width)")
        guard c.chart else { return }
        // Chart rows: those crossing the deadline line.
        let rows = lines.filter { $0.contains("┃") }
        #expect(rows.count >= 2)
        let widest = rows.map { TextWidth.of($0) }.max() ?? 0
        #expect(widest >= width - 3, "the widest chart row is \(widest) columns of \(width)")
        let glyphs: Set<Character> = ["█", "▒", "░", "◆", "┊", "┃", "<", ">"]
        let labels = rows.map { row in
            String(row.prefix { !glyphs.contains($0) }).trimmingCharacters(in: .whitespaces)
        }
        #expect(Set(labels).count == labels.count, "two rows read the same: \(labels)")
    }
}

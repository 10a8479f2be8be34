import Testing
@testable import ISOPlanKit
@testable import ISOPlanTestSupport

/// The charts and formats of `isoplan timeline` against committed golden files.
@Suite struct TimelineGoldenTests {
    @Test func fixturesLoadWithoutErrors() {
        #expect(!TimelineFixtures.workspace.diagnostics.hasErrors)
        #expect(TimelineFixtures.entries.count == 3)
        #expect(TimelineFixtures.entries.allSatisfy { $0.schedule.issues.isEmpty })
    }

    @Test(arguments: [60, 100, 160], [false, true])
    func agencyChart(width: Int, ascii: Bool) {
        let text = TimelineAgencyTextRenderer.render(TimelineFixtures.entry("thu-nghiem"),
                                        options: TimelineOptions(width: width, ascii: ascii))
        Golden.kit.assertMatches(text, "timeline/timeline-agency-\(width)\(ascii ? "-ascii" : "").txt")
        #expect(text.split(separator: "\n").allSatisfy { TextWidth.of(String($0)) <= width })
    }

    @Test(arguments: [60, 100, 160], [false, true])
    func portfolioChart(width: Int, ascii: Bool) {
        let text = TimelinePortfolioTextRenderer.render(TimelineFixtures.entries, title: TimelineFixtures.title,
                                                 options: TimelineOptions(width: width, ascii: ascii))
        Golden.kit.assertMatches(text, "timeline/timeline-portfolio-\(width)\(ascii ? "-ascii" : "").txt")
        #expect(text.split(separator: "\n").allSatisfy { TextWidth.of(String($0)) <= width })
    }

    @Test func agencyChartByIdInVietnamese() {
        let options = TimelineOptions(width: 80, label: .id, language: .vi)
        Golden.kit.assertMatches(TimelineAgencyTextRenderer.render(TimelineFixtures.entry("thu-nghiem"), options: options),
                     "timeline/timeline-agency-80-id-vi.txt")
    }

    @Test func agencyChartAtDayScale() {
        let options = TimelineOptions(width: 100, scale: .day)
        Golden.kit.assertMatches(TimelineAgencyTextRenderer.render(TimelineFixtures.entry("vu-ngan"), options: options),
                     "timeline/timeline-agency-day.txt")
    }

    @Test func portfolioSortedBySlackWithoutRisk() {
        let entries = TimelineFixtures.entries.map { TimelineEntry(plan: $0.plan, schedule: $0.schedule) }
        let options = TimelineOptions(width: 80, sort: .slack)
        Golden.kit.assertMatches(TimelineFormat.text.render(entries, title: TimelineFixtures.title,
                                                calendar: TimelineFixtures.workspace.calendar, options: options),
                     "timeline/timeline-portfolio-80-slack-no-risk.txt")
    }

    @Test(arguments: [TimelineFormat.json, .csv, .mermaid])
    func otherFormats(format: TimelineFormat) {
        let text = format.render(TimelineFixtures.entries, title: TimelineFixtures.title,
                                 calendar: TimelineFixtures.workspace.calendar, options: TimelineOptions())
        let ext = format == .mermaid ? "mmd" : format.rawValue
        Golden.kit.assertMatches(text, "timeline/timeline-portfolio.\(ext)")
    }
}

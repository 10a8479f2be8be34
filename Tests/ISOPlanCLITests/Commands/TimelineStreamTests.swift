import Foundation
import ISOPlanKit
import Testing
@testable import ISOPlanTestSupport

/// `timeline` on a folder streams agencies (JSON, CSV, Mermaid and iCalendar through a spool
/// file, the text, SVG and HTML charts from one summary row per agency); its output must be the
/// very bytes the in-memory renderer makes.
@Suite struct TimelineStreamTests {
    @Test(arguments: [(TimelineSort.finish, TimelineFormat.json), (.name, .json), (.slack, .json),
                      (.finish, .csv), (.name, .csv), (.finish, .text), (.name, .text), (.slack, .text),
                      (.finish, .mermaid), (.name, .mermaid), (.finish, .svg), (.name, .svg), (.slack, .svg),
                      (.finish, .html), (.slack, .html), (.finish, .ics), (.name, .ics)])
    func streamedOutputEqualsTheInMemoryRendering(_ sort: TimelineSort, _ format: TimelineFormat) throws {
        let fs = LocalFileSystem()
        let paths = [CLIRunner.root.appendingPathComponent("plans").path]
        let workspace = Workspace.load(paths, fs: fs)
        let today = CalendarDate(iso: "2030-01-01")!
        let entries = TimelineEntry.entries(workspace, asOf: nil, today: today)
        let options = TimelineOptions(width: 120, scale: nil, ascii: false, color: false, label: .title, sort: sort,
                                      chart: .portfolio, language: .en)
        let expected = format.render(entries, title: workspace.portfolio.name?.value, calendar: workspace.calendar,
                                     options: options)
        let r = try CLIRunner.run(["timeline", paths[0], "--format", format.rawValue, "--sort", sort.rawValue, "--lang", "en",
                                   "--width", "120", "--color", "never"])
        #expect(r.status == 0)
        #expect(r.stdout == expected)
        #expect(r.stdout.count > (format == .text ? 1_000 : 10_000))
    }

    /// Plans with errors and plans sharing an agency id are left out of the streamed chart
    /// exactly as the in-memory path leaves them out, in both languages.
    @Test(arguments: [TimelineFormat.svg, .html, .ics, .text, .json], [Language.vi, .en])
    func streamedOutputLeavesOutTheSamePlans(_ format: TimelineFormat, _ language: Language) throws {
        let dir = try portfolioWithMistakes("timeline-stream")
        defer { try? FileManager.default.removeItem(at: dir) }
        let fs = LocalFileSystem()
        let paths = [dir.path]
        let workspace = Workspace.load(paths, fs: fs)
        let today = CalendarDate(iso: "2030-01-01")!
        let entries = TimelineEntry.entries(workspace, asOf: nil, today: today)
        #expect(workspace.skipped == 3 && !entries.isEmpty)
        let options = TimelineOptions(width: 100, scale: nil, ascii: false, color: false, label: .id, sort: .name,
                                      chart: .portfolio, language: language)
        let expected = format.render(entries, title: workspace.portfolio.name?.value, calendar: workspace.calendar,
                                     options: options)
        let r = try CLIRunner.run(["timeline"] + paths + ["--format", format.rawValue, "--sort", "name", "--label", "id",
                                   "--lang", language.rawValue, "--width", "100", "--color", "never"])
        #expect(r.status == 1)
        #expect(r.stdout == expected)
    }
}

/// A plan that is invalid and also shares its agency id with another is left out once: every
/// streamed format counts the plans left out as the in-memory path does.
@Suite struct TimelineStreamSkippedTests {
    @Test(arguments: [TimelineFormat.text, .json, .csv, .mermaid, .svg, .html, .ics])
    func streamedFormatsCountLeftOutPlansOnce(_ format: TimelineFormat) throws {
        let dir = CLIRunner.root.appendingPathComponent("Tests/ISOPlanCLITests/Fixtures/Mistakes").path
        let workspace = Workspace.load([dir], fs: LocalFileSystem())
        #expect(workspace.skipped == 9)
        let r = try CLIRunner.run(["timeline", dir, "--format", format.rawValue, "--lang", "en"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("\(workspace.skipped) plans were left out because of errors"))
    }
}

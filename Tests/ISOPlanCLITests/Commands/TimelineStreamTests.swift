import Foundation
import ISOPlanKit
import Testing
@testable import ISOPlanTestSupport

/// `timeline --format json|csv` on a folder streams agencies through a spool file; its output
/// must be the very bytes the in-memory renderer makes.
@Suite struct TimelineStreamTests {
    @Test(arguments: [(TimelineSort.finish, TimelineFormat.json), (.name, .json), (.slack, .json),
                      (.finish, .csv), (.name, .csv)])
    func streamedOutputEqualsTheInMemoryRendering(_ sort: TimelineSort, _ format: TimelineFormat) throws {
        let fs = LocalFileSystem()
        let paths = [CLIRunner.root.appendingPathComponent("plans").path]
        let workspace = Workspace.load(paths, fs: fs)
        let entries = TimelineEntry.entries(workspace, asOf: nil, today: CalendarDate(iso: "2030-01-01")!)
        let options = TimelineOptions(width: 100, scale: nil, ascii: false, color: false, label: .title, sort: sort,
                                      chart: .portfolio, language: .en)
        let expected = format.render(entries, title: nil, calendar: workspace.calendar, options: options)
        let r = try CLIRunner.run(["timeline", paths[0], "--format", format.rawValue, "--sort", sort.rawValue, "--lang", "en"])
        #expect(r.status == 0)
        #expect(r.stdout == expected)
        #expect(r.stdout.count > 10_000)
    }
}

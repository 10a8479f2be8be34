import Foundation
@testable import ISOPlanKit
@testable import ISOPlanTestSupport

/// The timeline fixture portfolio (Fixtures/Timeline), loaded and scheduled once.
enum TimelineFixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/Timeline").path

    static let workspace = Workspace.load([folder], fs: LocalFileSystem())

    /// Every fixture agency with its schedule and risk (at the portfolio's as_of), in file order.
    static let entries = TimelineEntry.entries(workspace, asOf: nil, today: day("2019-12-02"))

    /// The fixture agency with this id.
    static func entry(_ id: String) -> TimelineEntry {
        guard let e = entries.first(where: { $0.schedule.agencyID == id }) else {
            preconditionFailure("no fixture agency \(id)")
        }
        return e
    }

    static var title: String? { workspace.portfolio.name?.value }
}

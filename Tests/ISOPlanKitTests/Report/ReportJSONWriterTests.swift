import Foundation
import Testing
@testable import ISOPlanKit
@testable import ISOPlanTestSupport

/// The report's agencies are written by hand for speed (`ReportJSONRenderer.write`); each must
/// be the text Foundation's JSONEncoder writes for the same agency, awkward text included.
@Suite struct ReportJSONWriterTests {
    static let awkward = "q \"x\" \\ / \t \u{1} \u{1F} \u{7F} é 😀 \u{2028}\n"

    @Test func agenciesMatchJSONEncoderWithAwkwardText() throws {
        let dir = try ReportStreamTests.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (risk, _) = PortfolioRisk.evaluateWithTimelines([dir.path], fs: LocalFileSystem(), asOf: nil,
                                                            today: ReportStreamTests.today)
        var lists = (completed: 0, due: 0, mustStart: 0, steps: 0, noStep: 0)
        for period in ["2019-Q3", "2019-H2", "2020", "2019-07"] {
            guard let p = ReportPeriod(period) else { continue }
            var r = PeriodicReport.build(risk, period: p)
            for i in r.entries.indices where i % 2 == 0 {
                r.entries[i].risk.name += Self.awkward
                r.entries[i].risk.nameEn = (r.entries[i].risk.nameEn ?? "") + Self.awkward
                for k in r.entries[i].completedInPeriod.indices { r.entries[i].completedInPeriod[k].title += Self.awkward }
                for k in r.entries[i].dueNextPeriod.indices { r.entries[i].dueNextPeriod[k].id += Self.awkward }
                for k in r.entries[i].mustStartByNextPeriod.indices {
                    r.entries[i].mustStartByNextPeriod[k].title = Self.awkward
                    r.entries[i].mustStartByNextPeriod[k].step = nil
                }
            }
            for e in r.entries {
                lists.completed += e.completedInPeriod.count
                lists.due += e.dueNextPeriod.count
                lists.mustStart += e.mustStartByNextPeriod.count
                for t in e.completedInPeriod + e.dueNextPeriod + e.mustStartByNextPeriod {
                    if t.step == nil { lists.noStep += 1 } else { lists.steps += 1 }
                }
                for language in [Language.vi, .en] {
                    let o = ReportOptions(language: language)
                    let written = try #require(ReportJSONRenderer.write(e, language))
                    #expect(written == ReportJSONRenderer.encodedAgency(e, o), "\(e.risk.file) \(period) \(language)")
                }
            }
            for language in [Language.vi, .en] {
                let o = ReportOptions(language: language)
                #expect(ReportJSONRenderer.render(r, o) == ReportJSONRenderer.foundationRender(r, o))
            }
        }
        // Every kind of task list and task was compared.
        #expect(lists.completed > 0 && lists.due > 0 && lists.mustStart > 0 && lists.steps > 0 && lists.noStep > 0)
    }
}

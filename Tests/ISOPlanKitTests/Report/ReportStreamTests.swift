import Foundation
import Testing
@testable import ISOPlanKit
@testable import ISOPlanTestSupport

/// The report written one agency at a time (`ReportStream`, as `isoplan report` writes it) must
/// be the very bytes of the in-memory rendering of the whole report, in every format, with
/// plans in any window size, invalid plans and plans sharing an agency id; the HTML report of
/// a large portfolio draws at most `ReportCharts.maxAgencyCharts` timelines and says so.
@Suite struct ReportStreamTests {
    static let today = CalendarDate(iso: "2030-01-01")!

    /// A folder with the sample plans, a plan with errors, one without the announcement step
    /// and a copy of a sample plan under another name (so both share their agency id);
    /// `copies` more copies of every sample plan, each under its own agency id; every plan of
    /// agency `twin` (and its copies) gets a second file with the same id.
    static func folder(copies: Int = 0, twin: String? = nil) throws -> URL {
        let fm = FileManager.default
        let dir = fm.temporaryDirectory.appendingPathComponent("isoplan-report-stream-\(UUID().uuidString)")
        let agencies = dir.appendingPathComponent("agencies")
        try fm.createDirectory(at: agencies, withIntermediateDirectories: true)
        let plans = PackageRoot.url.appendingPathComponent("plans")
        try fm.copyItem(at: plans.appendingPathComponent("portfolio.yaml"), to: dir.appendingPathComponent("portfolio.yaml"))
        let names = try fm.contentsOfDirectory(atPath: plans.appendingPathComponent("agencies").path).sorted()
        for name in names {
            let text = try String(contentsOf: plans.appendingPathComponent("agencies/" + name), encoding: .utf8)
            try text.write(to: agencies.appendingPathComponent(name), atomically: true, encoding: .utf8)
            let id = String(name.dropLast(5))
            for k in 0..<copies {
                let copy = text.replacingOccurrences(of: "  id: \(id)\n", with: "  id: \(id)-\(k)\n")
                try copy.write(to: agencies.appendingPathComponent("\(id)-\(k).yaml"), atomically: true, encoding: .utf8)
                if id == twin {
                    try copy.write(to: agencies.appendingPathComponent("\(id)-\(k)-twin.yaml"), atomically: true, encoding: .utf8)
                }
            }
            if id == twin {
                try text.write(to: agencies.appendingPathComponent("\(id)-twin.yaml"), atomically: true, encoding: .utf8)
            }
        }
        try fm.copyItem(at: plans.appendingPathComponent("agencies/" + names[0]),
                        to: agencies.appendingPathComponent("zz-same-id.yaml"))
        for fixture in ["broken-plan.yaml", "no-announcement.yaml"] {
            try fm.copyItem(at: PackageRoot.url.appendingPathComponent("Tests/ISOPlanCLITests/Fixtures/" + fixture),
                            to: agencies.appendingPathComponent(fixture))
        }
        return dir
    }

    /// The report through `ReportStream`, its agencies' bytes kept in memory.
    static func streamed(_ path: String, _ format: ReportFormat, _ period: ReportPeriod, _ options: ReportOptions,
                         window: Int) -> (text: String, result: ReportStream.Result) {
        var pieces: [[UInt8]] = []
        let layout = ReportLayout(format, options)
        let result = ReportStream.run([path], fs: LocalFileSystem(), asOf: nil, today: today, period: period,
                                      layout: layout, window: window) { pieces.append($0); return pieces.count - 1 }
        var out: [UInt8] = []
        let ok = result.write(layout, write: { out += $0; return true }, copy: { out += pieces[$0]; return true })
        #expect(ok)
        return (String(decoding: out, as: UTF8.self), result)
    }

    /// The report rendered whole, as before streaming.
    static func inMemory(_ path: String, _ format: ReportFormat, _ period: ReportPeriod, _ options: ReportOptions) -> String {
        let (risk, timelines) = PortfolioRisk.evaluateWithTimelines([path], fs: LocalFileSystem(), asOf: nil, today: today)
        return format.render(PeriodicReport.build(risk, period: period), options, timelines: timelines)
    }

    @Test(arguments: ReportFormat.allCases)
    func streamedReportEqualsTheInMemoryRendering(_ format: ReportFormat) throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        for (period, language, window) in [("2019-Q3", Language.vi, 3), ("2019-H2", .en, 512), ("2020", .en, 1)] {
            let options = ReportOptions(width: 80, color: false, language: language)
            let p = ReportPeriod(period)!
            let (text, result) = Self.streamed(dir.path, format, p, options, window: window)
            #expect(text == Self.inMemory(dir.path, format, p, options), "\(format) \(period) \(language) window \(window)")
            #expect(result.report.entries.count == 17)
            // The rows kept for every agency hold no task lists.
            #expect(result.report.entries.allSatisfy { $0.risk.tasks.isEmpty && $0.completedInPeriod.isEmpty })
        }
    }

    @Test func jsonPiecesMakeTheTextOfOneEncoderCall() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (risk, _) = PortfolioRisk.evaluateWithTimelines([dir.path], fs: LocalFileSystem(), asOf: nil, today: Self.today)
        for language in [Language.vi, .en] {
            let r = PeriodicReport.build(risk, period: ReportPeriod("2019-Q3")!)
            let o = ReportOptions(language: language)
            #expect(ReportJSONRenderer.render(r, o) == ReportJSONRenderer.foundationRender(r, o))
        }
    }

    @Test func htmlReportOfManyAgenciesDrawsTheTimelinesOfThoseMostAtRisk() throws {
        // 14 × 9 valid plans, 1 with errors; the plans of the agency most at risk all share their
        // agency id with another plan, so they are rejected only at the end: the timelines drawn
        // are those of the 100 most at risk among the others.
        let dir = try Self.folder(copies: 8, twin: "ho-chi-minh")
        defer { try? FileManager.default.removeItem(at: dir) }
        let (risk, _) = PortfolioRisk.evaluateWithTimelines([dir.path], fs: LocalFileSystem(), asOf: nil, today: Self.today)
        let valid = risk.agencies.filter { $0.level != nil }
        #expect(valid.count > ReportCharts.maxAgencyCharts)
        #expect(!valid.contains { $0.id.hasPrefix("ho-chi-minh") })
        let chosen = ReportCharts.chosen(risk.agencies)
        #expect(chosen.count == ReportCharts.maxAgencyCharts)
        // Worst first: no agency left out is worse than one drawn.
        let left = valid.filter { v in !chosen.contains { $0.file == v.file } }
        #expect(left.allSatisfy { l in chosen.allSatisfy { AgencyRisk.worstFirst($0, l) } })
        for language in [Language.vi, .en] {
            let options = ReportOptions(language: language)
            let p = ReportPeriod("2019-Q3")!
            let (html, result) = Self.streamed(dir.path, .html, p, options, window: 16)
            #expect(html == Self.inMemory(dir.path, .html, p, options))
            let drawn = Set(chosen.map(\.id))
            for a in valid {
                #expect(html.contains("id=\"a-\(a.id)-todo\"") == drawn.contains(a.id), "\(a.id)")
            }
            let note = language.pick(vi: "Báo cáo chỉ vẽ biểu đồ tiến độ của 100 trong số \(valid.count) cơ quan",
                                     en: "Timelines are drawn for 100 of the \(valid.count) agencies, those most at risk")
            #expect(html.contains(note))
            #expect(html.contains("isoplan timeline &lt;") || html.contains("isoplan timeline <"))
            // The portfolio chart: one row per valid agency, in pages of 45 rows.
            let pages = (valid.count + ReportCharts.portfolioRowsPerPage - 1) / ReportCharts.portfolioRowsPerPage
            let name = try #require(result.report.portfolioName)
            #expect(html.components(separatedBy: "<title>\(name) — ").count - 1 == pages)
            #expect(html.contains("<title>\(name) — \(pages)/\(pages)</title>"))
            #expect(html.components(separatedBy: "<figcaption>").count == 2)
        }
    }

    @Test func htmlReportOfFewAgenciesDrawsEveryTimelineWithoutANote() throws {
        let plans = PackageRoot.url.appendingPathComponent("plans").path
        let (html, result) = Self.streamed(plans, .html, ReportPeriod("2019-Q3")!, ReportOptions(language: .en), window: 4)
        let valid = result.report.entries.filter { $0.risk.level != nil }
        #expect(valid.allSatisfy { html.contains("id=\"a-\($0.risk.id)-todo\"") })
        #expect(!html.contains("Timelines are drawn for"))
        #expect(!html.contains("<title>\(result.report.portfolioName ?? "") — "))
    }
}

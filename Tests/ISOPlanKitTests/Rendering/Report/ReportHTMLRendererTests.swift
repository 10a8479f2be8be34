import Foundation
import Testing
@testable import ISOPlanKit
@testable import ISOPlanTestSupport

/// The printable report in the Decree 30/2020 layout: header parts, blanks, print CSS.
@Suite struct ReportHTMLRendererTests {
    static let asOf = day("2019-10-01")

    @Test func reportHTMLKeepsBlanksWithoutAReportSection() {
        let html = Self.report(header: nil, language: .vi)
        #expect(html.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
        #expect(html.contains("Độc lập - Tự do - Hạnh phúc"))
        #expect(html.contains("Số: ……/BC-……"))
        #expect(html.contains("……………, ngày 01 tháng 10 năm 2019"))
        #expect(html.components(separatedBy: ReportHTMLRenderer.blank).count - 1 == 3)  // issuer, signer title, name
        #expect(html.contains("<div>- Lưu: VT.</div>"))
        Self.checkSelfContained(html)
    }

    @Test func reportHTMLPrintsTheHeaderSection() {
        let h = ReportHeader(parentBody: "Bộ Lao động - Thương binh và Xã hội", issuingBody: "Văn phòng Bộ", number: 7,
                             symbol: "BC-VP", place: "Hà Nội", signerAuthority: "KT. Chánh Văn phòng",
                             signerTitle: "Phó Chánh Văn phòng", signerName: "Nguyễn Văn A",
                             recipients: ["Bộ trưởng (để b/c)", "Lưu: VT, VP"])
        let html = Self.report(header: h, language: .vi)
        #expect(html.contains(">BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI<"))
        #expect(html.contains(">VĂN PHÒNG BỘ<"))
        #expect(html.contains("Số: 07/BC-VP"))
        #expect(html.contains("Hà Nội, ngày 01 tháng 10 năm 2019"))
        #expect(html.contains(">KT. CHÁNH VĂN PHÒNG<") && html.contains(">PHÓ CHÁNH VĂN PHÒNG<"))
        #expect(html.contains(">Nguyễn Văn A<"))
        #expect(html.contains("<div>- Bộ trưởng (để b/c);</div><div>- Lưu: VT, VP.</div>"))
        #expect(!html.contains(ReportHTMLRenderer.blank))
        let en = Self.report(header: h, language: .en)
        #expect(en.contains("SOCIALIST REPUBLIC OF VIETNAM") && en.contains("Hà Nội, 1 October 2019"))
    }

    @Test func reportHTMLPrintsOnA4WithRepeatingTableHeaders() {
        let html = Self.report(header: nil, language: .en)
        #expect(html.contains("size: A4 portrait; margin: 20mm 15mm 20mm 30mm"))
        #expect(html.contains("@page :first { @top-center { content: none; } }"))
        #expect(html.contains("thead { display: table-header-group; }"))
        #expect(html.contains("tr, th, td { break-inside: avoid;"))
        #expect(html.contains("<thead><tr><th>No.</th><th>Agency</th>"))
        // The portfolio chart and one timeline per valid fixture agency.
        #expect(html.components(separatedBy: "<svg ").count - 1 == 1 + TimelineFixtures.entries.count)
    }

    /// Every line of each agency's part of the plain report is in the HTML report too, among
    /// them the tasks that must start by the end of the next period.
    @Test(arguments: [Language.vi, .en]) func reportHTMLHoldsEachAgencysDetails(language: Language) throws {
        let risk = PortfolioRisk.evaluate([TimelineFixtures.folder], fs: LocalFileSystem(), asOf: Self.asOf, today: Self.asOf)
        let r = PeriodicReport.build(risk, period: ReportPeriod("2019-Q3")!)
        let text = try Regex("<[^>]+>")
        let html = Self.report(header: nil, language: language).replacing(text, with: "")
        var mustStart = 0
        for entry in r.entries {
            mustStart += entry.mustStartByNextPeriod.count
            let section = ReportDocumentRenderer.heading(entry, suffix: "", language, md: false)
                + ReportDocumentRenderer.agencyBody(entry, r, language, md: false)
            for line in section where !line.isEmpty {
                let item = line.drop { $0 == " " || $0 == "-" }
                #expect(html.contains(MarkupText.escape(String(item))), "\(item)")
            }
        }
        #expect(mustStart > 0)  // the fixtures have tasks that must start soon
    }

    // MARK: helpers

    static func report(header: ReportHeader?, language: Language) -> String {
        let risk = PortfolioRisk.evaluate([TimelineFixtures.folder], fs: LocalFileSystem(), asOf: asOf, today: asOf)
        var r = PeriodicReport.build(risk, period: ReportPeriod("2019-Q3")!)
        r.header = header
        let timelines = TimelineEntry.entries(TimelineFixtures.workspace, asOf: asOf, today: asOf)
        return ReportHTMLRenderer.render(r, ReportOptions(language: language), timelines: timelines)
    }

    /// Nothing fetched from anywhere: no script, no external stylesheet, font or image.
    static func checkSelfContained(_ html: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        for bad in ["<script", "<link", "<img", "src=", "@import", "url(http", "@font-face"] {
            #expect(!html.contains(bad), "\(bad)", sourceLocation: sourceLocation)
        }
    }

}

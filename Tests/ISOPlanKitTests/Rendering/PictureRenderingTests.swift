import Foundation
import Testing
@testable import ISOPlanKit

/// The SVG charts, the HTML pages and the printable report: golden files, escaping, and the
/// layout rules (every text inside the picture, no two texts on a line overlapping).
@Suite struct PictureRenderingTests {
    static let asOf = day("2019-10-01")
    static let vi = TimelineOptions(language: .vi, evaluationDate: asOf)
    static let en = TimelineOptions(language: .en, evaluationDate: asOf)

    @Test func agencySVGMatchesGolden() {
        let svg = TimelineSVGRenderer.agency(TimelineFixtures.entry("thu-nghiem"), options: Self.vi)
        Golden.assertMatches(svg + "\n", "timeline-agency-vi.svg")
        Self.checkLayout(svg)
    }

    @Test func portfolioSVGMatchesGolden() {
        let svg = TimelineSVGRenderer.portfolio(TimelineFixtures.entries, title: TimelineFixtures.title, options: Self.en)
        Golden.assertMatches(svg + "\n", "timeline-portfolio-en.svg")
        Self.checkLayout(svg)
    }

    @Test func vietnameseAxisNamesMonthsAndQuarters() {
        let short = TimelineSVGRenderer.agency(TimelineFixtures.entry("vu-ngan"), options: Self.vi)
        #expect(short.contains(">Th1<") || short.contains(">Th10<") || short.contains(">Quý I<") || short.contains(">I<"))
        #expect(!short.contains(">Jan<") && !short.contains(">Q1<"))
        let english = TimelineSVGRenderer.agency(TimelineFixtures.entry("vu-ngan"), options: Self.en)
        #expect(!english.contains(">Th") && !english.contains(">Quý"))
    }

    @Test func titlesAreEscapedInSVGAndHTML() {
        let nasty = "Sở <b>Thử</b> & \"nháy\" 'đơn'"
        let p = plan("nasty", name: nasty, tasks: [task("a", "Bước <1> & \"2\"", duration: 5)])
        let e = TimelineEntry(plan: p, schedule: scheduled(p), risk: .onTrack)
        let svg = TimelineSVGRenderer.agency(e, options: Self.vi)
        #expect(svg.contains("Sở &lt;b&gt;Thử&lt;/b&gt; &amp; &quot;nháy&quot; &#39;đơn&#39;"))
        #expect(svg.contains("Bước &lt;1&gt; &amp; &quot;2&quot;"))
        #expect(!svg.contains("<b>") && !svg.contains("<1>"))
        Self.checkLayout(svg)
        let html = TimelineHTMLRenderer.render([e], title: nasty, agency: false, options: Self.vi)
        #expect(html.contains("<title>Sở &lt;b&gt;Thử&lt;/b&gt; &amp; &quot;nháy&quot; &#39;đơn&#39;</title>"))
        #expect(!html.contains("<b>Thử"))
    }

    @Test func aTwoHundredCharacterTitleIsCutToItsColumn() {
        let long = String(repeating: "Rà soát, cập nhật quy trình ", count: 8).prefix(200)
        let p = plan("dai", name: String(long), tasks: [task("a", String(long), duration: 5),
                                                         task("b", "Ngắn", duration: 3, after: ["a"])])
        let e = TimelineEntry(plan: p, schedule: scheduled(p), risk: .atRisk)
        let svg = TimelineSVGRenderer.agency(e, options: Self.vi)
        #expect(svg.contains("…"))
        #expect(!svg.contains(">" + long + "<"))
        Self.checkLayout(svg)
        Self.checkLayout(TimelineSVGRenderer.portfolio([e], title: String(long), options: Self.vi))
    }

    @Test func fourteenAgenciesOneRowEach() {
        let entries = (1...14).map { k -> TimelineEntry in
            let p = plan("co-quan-\(k)", name: "Sở Lao động - Thương binh và Xã hội tỉnh Thứ \(k)",
                         tasks: [task("a", duration: 20 * k), task("b", duration: 10, after: ["a"], progress: 0)])
            return TimelineEntry(plan: p, schedule: scheduled(p), risk: k > 12 ? .willMiss : .onTrack)
        }
        let svg = TimelineSVGRenderer.portfolio(entries, title: "Mười bốn cơ quan", options: Self.vi)
        #expect(svg.components(separatedBy: "Thứ ").count - 1 == 14)
        #expect(svg.contains("Sẽ chậm hạn"))
        Self.checkLayout(svg)
    }

    @Test func sixtyTasksSplitByRowsNotShrunk() {
        var tasks = [task("t1", "Công việc số 1", duration: 4)]
        for k in 2...60 { tasks.append(task("t\(k)", "Công việc số \(k)", duration: 4, after: ["t\(k - 1)"])) }
        let p = plan("sau-muoi", name: "Cục Sáu Mươi", tasks: tasks)
        let e = TimelineEntry(plan: p, schedule: scheduled(p), risk: .onTrack)
        let pages = TimelineSVGRenderer.agencyPages(e, options: Self.vi, rowsPerPage: 40, id: "x")
        #expect(pages.count == 2)
        #expect(pages[0].contains(">Công việc số 40<") && !pages[0].contains(">Công việc số 41<"))
        #expect(pages[1].contains(">Công việc số 41<") && pages[1].contains(">Công việc số 60<"))
        for page in pages {
            #expect(page.contains("width=\"467.72pt\""))
            #expect(page.contains(">2019<"))
            Self.checkLayout(page)
        }
        let one = TimelineSVGRenderer.agency(e, options: Self.vi)
        #expect(one.contains(">Công việc số 1<") && one.contains(">Công việc số 60<"))
    }

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
        #expect(en.contains("SOCIALIST REPUBLIC OF VIETNAM") && en.contains("Hà Nội, October 01, 2019"))
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

    /// Every text of `svg` lies inside the picture, and no two texts on one baseline overlap
    /// (widths measured as the renderer measures them).
    static func checkLayout(_ svg: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        guard let vb = svg.range(of: "viewBox=\"0 0 ") else { Issue.record("no viewBox", sourceLocation: sourceLocation); return }
        let width = Double(svg[vb.upperBound...].prefix { $0 != " " }) ?? 0
        let pattern = try! NSRegularExpression(pattern: "<text x=\"([-0-9.]+)\" y=\"([-0-9.]+)\"([^>]*)>([^<]*)</text>")
        let ns = svg as NSString
        var byLine: [String: [(Double, Double, String)]] = [:]
        for m in pattern.matches(in: svg, range: NSRange(location: 0, length: ns.length)) {
            let x = Double(ns.substring(with: m.range(at: 1)))!, y = ns.substring(with: m.range(at: 2))
            let attrs = ns.substring(with: m.range(at: 3))
            let text = ns.substring(with: m.range(at: 4)).replacingOccurrences(of: "&lt;", with: "<")
                .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&quot;", with: "\"")
                .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
            var size = SVGChartFrame.fontSize
            if let r = attrs.range(of: "font-size=\"") { size = Double(attrs[r.upperBound...].prefix { $0 != "\"" }) ?? size }
            let w = GlyphAdvance.width(text, size: size, face: .sans) * (attrs.contains("bold") ? 1.08 : 1)
            let left = attrs.contains("\"end\"") ? x - w : attrs.contains("\"middle\"") ? x - w / 2 : x
            #expect(left >= -0.01 && left + w <= width + 0.01, "'\(text)' at \(left)…\(left + w) outside 0…\(width)",
                    sourceLocation: sourceLocation)
            byLine[y, default: []].append((left, left + w, text))
        }
        for (_, texts) in byLine {
            let sorted = texts.sorted { $0.0 < $1.0 }
            for (a, b) in zip(sorted, sorted.dropFirst()) {
                #expect(b.0 >= a.1 - 0.01, "'\(a.2)' and '\(b.2)' overlap", sourceLocation: sourceLocation)
            }
        }
    }
}

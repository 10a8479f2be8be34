import Foundation
import Testing
@testable import ISOPlanKit
@testable import ISOPlanTestSupport

/// The SVG charts and their HTML page: golden files, escaping, and the layout rules (every text inside the picture, no two texts on a line overlapping).
@Suite struct TimelineSVGRendererTests {
    static let vi = TimelineOptions(language: .vi)
    static let en = TimelineOptions(language: .en)

    @Test func agencySVGMatchesGolden() {
        let svg = TimelineSVGRenderer.agency(TimelineFixtures.entry("thu-nghiem"), options: Self.vi)
        Golden.kit.assertMatches(svg + "\n", "timeline/timeline-agency-vi.svg")
        Self.checkLayout(svg)
    }

    @Test func portfolioSVGMatchesGolden() {
        let svg = TimelineSVGRenderer.portfolio(TimelineFixtures.entries, title: TimelineFixtures.title, options: Self.en)
        Golden.kit.assertMatches(svg + "\n", "timeline/timeline-portfolio-en.svg")
        Self.checkLayout(svg)
    }

    /// The evaluation-date line and the header name the date the schedules were evaluated on
    /// (the fixture portfolio's `as_of`), on both charts.
    @Test func evaluationLineIsTheSchedulesEvaluationDate() {
        let portfolio = TimelineSVGRenderer.portfolio(TimelineFixtures.entries, title: nil, options: Self.en)
        #expect(portfolio.contains(" · Evaluated 02/12/2019 · "))
        #expect(portfolio.contains(">Evaluated on 02/12/2019</text>"))
        let agency = TimelineSVGRenderer.agency(TimelineFixtures.entry("thu-nghiem"), options: Self.en)
        #expect(agency.contains(">Evaluated on 02/12/2019</text>"))
        let later = TimelineEntry.entries(TimelineFixtures.workspace, asOf: day("2020-01-06"), today: day("2019-12-02"))
        let moved = TimelineSVGRenderer.portfolio(later, title: nil, options: Self.en)
        #expect(moved.contains(" · Evaluated 06/01/2020 · ") && moved.contains(">Evaluated on 06/01/2020</text>"))
        #expect(!moved.contains("02/12/2019"))
    }

    @Test func vietnameseAxisNamesMonthsAndQuarters() {
        let short = TimelineSVGRenderer.agency(TimelineFixtures.entry("vu-ngan"), options: Self.vi)
        #expect(short.contains(">Th1<") || short.contains(">Th10<") || short.contains(">Quý I<") || short.contains(">I<"))
        #expect(!short.contains(">Jan<") && !short.contains(">Q1<"))
        let english = TimelineSVGRenderer.agency(TimelineFixtures.entry("vu-ngan"), options: Self.en)
        #expect(!english.contains(">Th") && !english.contains(">Quý"))
    }

    /// A long label is cut at a character boundary with "…" and then fits, whether its letters
    /// are precomposed (measured scalar by scalar) or carry combining marks (by character).
    @Test func fitCutsWholeCharactersInBothForms() {
        let composed = "Sở Lao động - Thương binh và Xã hội tỉnh Thử Nghiệm"
        for text in [composed, composed.decomposedStringWithCanonicalMapping] {
            let cut = GlyphAdvance.fit(text, maxWidth: 60, size: 7, face: .sans)
            #expect(cut.hasSuffix("…") && cut.count > 5)
            #expect(GlyphAdvance.width(cut, size: 7, face: .sans) <= 60)
            #expect(text.hasPrefix(cut.dropLast()))
            let next = text[text.index(text.startIndex, offsetBy: cut.count - 1)]
            #expect(GlyphAdvance.width(String(cut.dropLast()) + String(next) + "…", size: 7, face: .sans) > 60 || next == " ")
        }
        #expect(GlyphAdvance.fit("Sở", maxWidth: 60, size: 7, face: .sans) == "Sở")
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

    // MARK: helpers

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

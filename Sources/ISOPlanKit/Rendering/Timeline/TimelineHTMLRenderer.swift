/// The SVG chart in a minimal self-contained HTML page that prints on A4 with the Decree
/// 30/2020 margins; a long chart continues on the next page by rows.
enum TimelineHTMLRenderer {
    /// Rows of one agency chart per printed page (here and in the HTML report).
    static let rowsPerPage = 40

    /// The page for one agency (`agency` true) or the portfolio.
    static func render(_ entries: [TimelineEntry], title: String?, agency: Bool, options: TimelineOptions) -> String {
        let l = options.language
        let svgs: [String]
        let heading: String
        if agency, let e = entries.first {
            heading = e.displayName(l)
            svgs = TimelineSVGRenderer.agencyPages(e, options: options, rowsPerPage: rowsPerPage, id: "a")
        } else {
            let sorted = TimelineSorting.sorted(entries, by: options.sort, language: l)
            return portfolio(rows: sorted.map(TimelineSummary.init), title: title, options: options)
        }
        return page(heading, svgs, l)
    }

    /// The portfolio's page from agencies' summary rows, already in `options.sort` order.
    static func portfolio(rows: [TimelineSummary], title: String?, options: TimelineOptions) -> String {
        var out: [UInt8] = []
        writePortfolio(rows: rows, title: title, options: options, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `portfolio(rows:…)` written as UTF-8 at the end of `out`, the chart straight into the page.
    static func writePortfolio(rows: [TimelineSummary], title: String?, options: TimelineOptions, into out: inout [UInt8]) {
        let l = options.language
        ByteText.append(HTMLPage.documentHead(title: title ?? l.pick(vi: "Tiến độ chuyển đổi", en: "Conversion timeline"),
                                              language: l, style: HTMLPage.chartStyle), to: &out)
        out.append(contentsOf: "<div class=\"chart\">".utf8)
        TimelineSVGRenderer.writePortfolio(rows: rows, title: title, options: options, id: "p", into: &out)
        out.append(contentsOf: "</div>\n".utf8)
        ByteText.append(HTMLPage.documentTail, to: &out)
    }

    static func page(_ heading: String, _ svgs: [String], _ l: Language) -> String {
        HTMLPage.document(title: heading, language: l, style: HTMLPage.chartStyle,
                          body: svgs.map { "<div class=\"chart\">" + $0 + "</div>\n" }.joined())
    }
}

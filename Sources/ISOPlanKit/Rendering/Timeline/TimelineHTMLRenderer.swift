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
        let l = options.language
        return page(title ?? l.pick(vi: "Tiến độ chuyển đổi", en: "Conversion timeline"),
                    [TimelineSVGRenderer.portfolio(rows: rows, title: title, options: options, id: "p")], l)
    }

    static func page(_ heading: String, _ svgs: [String], _ l: Language) -> String {
        HTMLPage.document(title: heading, language: l, style: HTMLPage.chartStyle,
                          body: svgs.map { "<div class=\"chart\">" + $0 + "</div>\n" }.joined())
    }
}

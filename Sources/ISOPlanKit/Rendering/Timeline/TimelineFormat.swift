/// Output formats of `isoplan timeline`.
public enum TimelineFormat: String, CaseIterable, Sendable {
    /// The text chart (one agency, or the portfolio).
    case text
    case json
    case csv
    case mermaid
    /// The chart as SVG (vector text, A4 text-column width).
    case svg
    /// The SVG chart in a minimal printable page.
    case html
    /// iCalendar (RFC 5545): deadlines, projected finishes, milestones, "must start by" dates.
    case ics

    /// Renders the entries in this format; agencies are ordered by `options.sort`.
    /// `title` names the portfolio (text and Mermaid); `calendar` gives Mermaid its days off.
    public func render(_ entries: [TimelineEntry], title: String?, calendar: WorkCalendar,
                       options: TimelineOptions) -> String {
        let sorted = TimelineSorting.sorted(entries, by: options.sort, language: options.language)
        switch self {
        case .text:
            let agency = options.chart == .agency || (options.chart == .automatic && sorted.count == 1)
            if agency, let first = sorted.first { return TimelineAgencyTextRenderer.render(first, options: options) }
            return TimelinePortfolioTextRenderer.render(sorted, title: title, options: options)
        case .json: return TimelineJSONRenderer.render(sorted)
        case .csv: return TimelineCSVRenderer.render(sorted)
        case .mermaid: return TimelineMermaidRenderer.render(sorted, title: title, calendar: calendar)
        case .svg:
            let agency = options.chart == .agency || (options.chart == .automatic && sorted.count == 1)
            if agency, let first = sorted.first { return TimelineSVGRenderer.agency(first, options: options) + "\n" }
            return TimelineSVGRenderer.portfolio(sorted, title: title, options: options) + "\n"
        case .html:
            let agency = options.chart == .agency || (options.chart == .automatic && sorted.count == 1)
            return TimelineHTMLRenderer.render(sorted, title: title, agency: agency, options: options)
        case .ics: return TimelineICSRenderer.render(sorted, title: title, options: options)
        }
    }
}

/// Output formats of `isoplan timeline`.
public enum TimelineFormat: String, CaseIterable, Sendable {
    /// The text chart (one agency, or the portfolio).
    case text
    case json
    case csv
    case mermaid

    /// Renders the entries in this format; agencies are ordered by `options.sort`.
    /// `title` names the portfolio (text and Mermaid); `calendar` gives Mermaid its days off.
    public func render(_ entries: [TimelineEntry], title: String?, calendar: WorkCalendar,
                       options: TimelineOptions) -> String {
        let sorted = TimelineSorting.sorted(entries, by: options.sort, language: options.language)
        switch self {
        case .text:
            let agency = options.chart == .agency || (options.chart == .automatic && sorted.count == 1)
            if agency, let first = sorted.first { return TimelineChart.render(first, options: options) }
            return TimelinePortfolioChart.render(sorted, title: title, options: options)
        case .json: return TimelineJSON.render(sorted)
        case .csv: return TimelineCSV.render(sorted)
        case .mermaid: return TimelineMermaid.render(sorted, title: title, calendar: calendar)
        }
    }
}

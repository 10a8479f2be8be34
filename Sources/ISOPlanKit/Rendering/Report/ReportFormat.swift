/// Output formats of `isoplan report`.
public enum ReportFormat: String, CaseIterable, Sendable {
    case markdown, text, json, csv
    /// The official printed form (Decree 30/2020/NĐ-CP) as one self-contained HTML file.
    case html

    /// Renders the periodic report in this format; `timelines` are the scheduled plans the
    /// HTML report draws (the other formats do not use them).
    public func render(_ report: PeriodicReport, _ options: ReportOptions, timelines: [TimelineEntry] = []) -> String {
        switch self {
        case .markdown: ReportDocumentRenderer.render(report, options, markdown: true)
        case .text: ReportDocumentRenderer.render(report, options, markdown: false)
        case .json: ReportJSONRenderer.render(report, options)
        case .csv: ReportCSVRenderer.render(report, options)
        case .html: ReportHTMLRenderer.render(report, options, timelines: timelines)
        }
    }
}

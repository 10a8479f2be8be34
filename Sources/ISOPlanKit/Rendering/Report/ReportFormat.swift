/// Output formats of `isoplan report`.
public enum ReportFormat: String, CaseIterable, Sendable {
    case markdown, text, json, csv

    /// Renders the periodic report in this format.
    public func render(_ report: PeriodicReport, _ options: ReportOptions) -> String {
        switch self {
        case .markdown: ReportDocumentRenderer.render(report, options, markdown: true)
        case .text: ReportDocumentRenderer.render(report, options, markdown: false)
        case .json: ReportJSONRenderer.render(report, options)
        case .csv: ReportCSVRenderer.render(report, options)
        }
    }
}

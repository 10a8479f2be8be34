/// Output formats of `isoplan risk`.
public enum RiskFormat: String, CaseIterable, Sendable {
    case text, markdown, json, csv

    /// Renders the portfolio's risk in this format.
    public func render(_ risk: PortfolioRisk, _ options: ReportOptions) -> String {
        switch self {
        case .text: RiskTextRenderer.render(risk, options)
        case .markdown: RiskMarkdownRenderer.render(risk, options)
        case .json: RiskJSONRenderer.render(risk, options)
        case .csv: RiskCSVRenderer.render(risk, options)
        }
    }
}

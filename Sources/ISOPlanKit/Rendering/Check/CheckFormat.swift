import Foundation

/// Output formats of `isoplan check`.
public enum CheckFormat: String, CaseIterable, Sendable {
    case text, json, github, sarif

    /// Renders a check report in this format, messages in `language`.
    public func render(_ report: CheckReport, color: Bool = false, language: Language = .en) -> String {
        switch self {
        case .text: CheckTextRenderer.render(report, style: TextStyle(enabled: color), language: language)
        case .json: CheckJSONRenderer.render(report, language: language)
        case .github: CheckGitHubRenderer.render(report, language: language)
        case .sarif: CheckSARIFRenderer.render(report, language: language)
        }
    }
}

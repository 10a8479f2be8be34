import Foundation

/// Output formats of `isoplan check`.
public enum CheckFormat: String, CaseIterable, Sendable {
    case text, json, github, sarif

    /// Renders a check report in this format.
    public func render(_ report: CheckReport, color: Bool = false) -> String {
        switch self {
        case .text: CheckTextRenderer.render(report, style: TextStyle(enabled: color))
        case .json: CheckJSONRenderer.render(report)
        case .github: CheckGitHubRenderer.render(report)
        case .sarif: CheckSARIFRenderer.render(report)
        }
    }
}

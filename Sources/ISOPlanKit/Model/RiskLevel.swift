/// How likely an agency is to miss its conversion deadline (plan-format.md "Risk levels").
public enum RiskLevel: String, Sendable, CaseIterable, Hashable, Comparable, Codable {
    case done = "done"
    case onTrack = "on-track"
    case atRisk = "at-risk"
    case willMiss = "will-miss"

    /// Severity order: done < on-track < at-risk < will-miss.
    public var severity: Int {
        switch self {
        case .done: 0
        case .onTrack: 1
        case .atRisk: 2
        case .willMiss: 3
        }
    }

    public static func < (a: Self, b: Self) -> Bool { a.severity < b.severity }
}

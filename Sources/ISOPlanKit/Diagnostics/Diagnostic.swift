/// A stable, kebab-case identifier of a rule that produces diagnostics.
public struct RuleID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let raw: String
    public init(_ raw: String) { self.raw = raw }
    public var description: String { raw }
    public static func < (a: RuleID, b: RuleID) -> Bool { a.raw < b.raw }
}

/// One finding about a plan: what is wrong, where, how bad, and which rule said so.
public struct Diagnostic: Hashable, Sendable {
    /// How serious a diagnostic is.
    public enum Severity: Int, Comparable, Sendable, CustomStringConvertible {
        case note, warning, error
        public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
        public var description: String {
            switch self {
            case .note: "note"
            case .warning: "warning"
            case .error: "error"
            }
        }
    }

    public var rule: RuleID
    public var severity: Severity
    public var message: String
    public var location: SourceLocation?
    /// Further locations that explain this diagnostic (e.g. the other file of a duplicate).
    public var notes: [Diagnostic]

    public init(rule: RuleID, severity: Severity, message: String,
                location: SourceLocation?, notes: [Diagnostic] = []) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.location = location
        self.notes = notes
    }

    /// The order every output uses: file, line, column, then rule id and message.
    public static func sortKey(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        let fa = a.location?.file ?? "", fb = b.location?.file ?? ""
        if fa != fb { return fa < fb }
        let la = a.location?.line ?? 0, lb = b.location?.line ?? 0
        if la != lb { return la < lb }
        let ca = a.location?.column ?? 0, cb = b.location?.column ?? 0
        if ca != cb { return ca < cb }
        if a.rule != b.rule { return a.rule < b.rule }
        return a.message < b.message
    }
}

extension Array where Element == Diagnostic {
    /// True when any diagnostic is an error.
    public var hasErrors: Bool { contains { $0.severity == .error } }
    /// Diagnostics in the stable output order.
    public func sortedForOutput() -> [Diagnostic] { sorted(by: Diagnostic.sortKey) }
}

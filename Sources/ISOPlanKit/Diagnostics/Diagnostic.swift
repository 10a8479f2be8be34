/// A stable, kebab-case identifier of a rule that produces diagnostics.
///
/// Only the library makes ids: every diagnostic rule is a `Rule` constant of the catalog
/// (`Rule.unknownKey.id`), so an id that no rule defines cannot be written.
public struct RuleID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let raw: String
    init(_ raw: String) { self.raw = raw }
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

    /// A remark that explains a diagnostic: a message and, usually, the place it points at
    /// (e.g. the first of two duplicate keys).
    public struct Note: Hashable, Sendable {
        public var text: BilingualText
        public var location: SourceLocation?

        public init(_ text: BilingualText, at location: SourceLocation?) {
            self.text = text
            self.location = location
        }

        /// The note in English.
        public var message: String { text.en }

        /// The note in `language`.
        public func message(in language: Language) -> String { language.pick(text) }
    }

    public var rule: RuleID
    public var severity: Severity
    /// What is wrong and what to do: the text itself, or the facts it is worded from.
    var wording: Wording
    public var location: SourceLocation?
    /// Further places that explain this diagnostic (e.g. the other file of a duplicate).
    public var notes: [Note]

    /// A diagnostic of `rule`, with the rule's severity unless `severity` says otherwise.
    init(_ rule: Rule, _ text: BilingualText, at location: SourceLocation?,
         severity: Severity? = nil, notes: [Note] = []) {
        self.init(rule, wording: .text(text), at: location, severity: severity, notes: notes)
    }

    /// A diagnostic worded from its facts when a message is asked for.
    init(_ rule: Rule, wording: Wording, at location: SourceLocation?,
         severity: Severity? = nil, notes: [Note] = []) {
        self.rule = rule.id
        self.severity = severity ?? rule.severity
        self.wording = wording
        self.location = location
        self.notes = notes
    }

    /// What is wrong and what to do, in both languages.
    public var text: BilingualText {
        get { wording.text }
        set { wording = .text(newValue) }
    }

    /// The message in English (the language of logs and machine outputs).
    public var message: String { wording.message(in: .en) }

    /// The message in `language` (only that language is worded).
    public func message(in language: Language) -> String { wording.message(in: language) }

    /// Equal when the rule, severity, place, notes and the text in both languages are.
    public static func == (a: Diagnostic, b: Diagnostic) -> Bool {
        a.rule == b.rule && a.severity == b.severity && a.location == b.location && a.notes == b.notes
            && (a.wording == b.wording || a.text == b.text)
    }

    public func hash(into h: inout Hasher) {
        h.combine(rule)
        h.combine(severity)
        h.combine(location)
        h.combine(notes)
        h.combine(text)
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

/// A diagnostic reflects (`dump`, debuggers) as its rule, severity, text in both languages,
/// location and notes — whatever form its wording is held in.
extension Diagnostic: CustomReflectable {
    public var customMirror: Mirror {
        Mirror(self, children: ["rule": rule, "severity": severity, "text": text, "location": location as Any,
                                "notes": notes],
               displayStyle: .struct)
    }
}

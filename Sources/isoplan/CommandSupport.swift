import ArgumentParser
import ISOPlanKit

/// `--lang vi|en`, shared by the commands that write for people.
enum LanguageOption {
    /// The language from the flag, else from the locale (see `Terminal.language`).
    static func resolve(_ flag: Language?) -> Language {
        flag ?? Language(rawValue: Terminal.language(nil)) ?? .en
    }
}

/// One diagnostic as `file:line:column: severity: message [rule]`, for standard error.
enum DiagnosticLine {
    static func format(_ d: Diagnostic) -> String {
        let place = d.location.map { "\($0): " } ?? ""
        return "\(place)\(d.severity): \(d.message) [\(d.rule.raw)]\n"
    }
}

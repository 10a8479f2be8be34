import ArgumentParser
import ISOPlanKit

/// `--lang vi|en`, shared by the commands that write for people.
enum LanguageOption {
    /// Rejects anything but `vi` and `en` (exit 64).
    static func validate(_ flag: String?) throws {
        guard let flag else { return }
        guard Language(rawValue: flag) != nil else {
            throw ValidationError("--lang must be 'vi' or 'en', not '\(flag)'")
        }
    }

    /// The language from the flag, else from the locale (see `Terminal.language`).
    static func resolve(_ flag: String?) -> Language {
        Language(rawValue: Terminal.language(flag)) ?? .en
    }
}

/// One diagnostic as `file:line:column: severity: message [rule]`, for standard error.
enum DiagnosticLine {
    static func format(_ d: Diagnostic) -> String {
        let place = d.location.map { "\($0): " } ?? ""
        return "\(place)\(d.severity): \(d.message) [\(d.rule.raw)]\n"
    }
}

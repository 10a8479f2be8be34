/// Messages of the loading and decoding rules: each says what is wrong and what to do.
extension Diagnostic {
    static func make(_ id: String, _ message: String, at: SourceLocation?,
                     severity: Severity? = nil, notes: [Diagnostic] = []) -> Diagnostic {
        let rule = RuleID(id)
        return Diagnostic(rule: rule, severity: severity ?? RuleCatalog.info(rule)?.severity ?? .error,
                          message: message, location: at, notes: notes)
    }

    static func start(_ file: String) -> SourceLocation { SourceLocation(file: file, line: 1, column: 1) }

    public static func unreadable(file: String, reason: String) -> Diagnostic {
        make("unreadable-file", "cannot read '\(file)': \(reason); check the path and its permissions",
             at: start(file))
    }

    static func fileTooLarge(file: String, size: Int, limit: Int) -> Diagnostic {
        make("file-too-large", "the file is \(size) bytes, over the \(limit)-byte limit for a plan; "
             + "split it into one file per agency", at: start(file))
    }

    static func yamlSyntax(_ problem: String, at: SourceLocation) -> Diagnostic {
        make("yaml-syntax", "YAML syntax error: \(problem); fix the text at this position "
             + "(indent with spaces, not tabs; save the file as UTF-8)", at: at)
    }

    static func emptyFile(file: String) -> Diagnostic {
        make("empty-file", "the file is empty; write a plan starting with 'version: 1'", at: start(file))
    }

    static func multipleDocuments(at: SourceLocation) -> Diagnostic {
        make("yaml-multiple-documents", "a second YAML document starts here; keep one plan per file "
             + "and remove the '---' separator", at: at)
    }

    static func yamlAlias(at: SourceLocation) -> Diagnostic {
        make("yaml-alias", "YAML aliases are not allowed in plans; write the value out in full", at: at)
    }

    static func yamlAnchor(at: SourceLocation) -> Diagnostic {
        make("yaml-anchor", "YAML anchors have no use in plans and are ignored; remove the '&name'", at: at)
    }

    static func tooDeep(at: SourceLocation, limit: Int) -> Diagnostic {
        make("yaml-too-deep", "lists and mappings are nested more than \(limit) levels deep; "
             + "a plan needs far fewer — check the brackets and indentation", at: at)
    }

    static func complexKey(at: SourceLocation) -> Diagnostic {
        make("yaml-complex-key", "a mapping key must be a plain word such as 'title'", at: at)
    }

    static func notAMapping(_ kindName: String, at: SourceLocation, what: String) -> Diagnostic {
        make("not-a-mapping", "\(what) must be a mapping of 'key: value' fields, not \(kindName)", at: at)
    }

    static func unknownKey(_ key: String, at: SourceLocation, known: [String], in context: String) -> Diagnostic {
        let hint = Suggestion.hint(key, known)
        let advice = hint.isEmpty ? "; allowed keys: " + known.joined(separator: ", ") : hint
        return make("unknown-key", "unknown key '\(key)' in \(context)\(advice)", at: at)
    }

    static func duplicateKey(_ key: String, at: SourceLocation, first: SourceLocation) -> Diagnostic {
        make("duplicate-key", "key '\(key)' appears twice; keep one (the first is at line \(first.line))",
             at: at, notes: [make("duplicate-key", "first '\(key)' is here", at: first, severity: .note)])
    }

    static func missingField(_ key: String, in context: String, at: SourceLocation, hint: String = "") -> Diagnostic {
        make("missing-field", "\(context) has no '\(key)'; add it\(hint)", at: at)
    }

    /// `got` names the value found: a scalar quoted, else its kind.
    static func wrongType(_ key: String, expected: String, got: String, at: SourceLocation) -> Diagnostic {
        make("wrong-type", "'\(key)' must be \(expected), not \(got)", at: at)
    }

    static func invalidDate(_ key: String, text: String, at: SourceLocation) -> Diagnostic {
        make("invalid-date", "'\(key)' is '\(text)', which is not a real calendar date; "
             + "write it as YYYY-MM-DD, e.g. 2019-09-30", at: at)
    }

    static func dateOutOfRange(_ key: String, date: CalendarDate, at: SourceLocation) -> Diagnostic {
        make("date-out-of-range", "'\(key)' is \(date.iso), outside the supported range "
             + "1900-01-01…2199-12-31; check the year", at: at)
    }

    static func invalidID(_ key: String, text: String, at: SourceLocation) -> Diagnostic {
        make("invalid-id", "'\(key)' is '\(text)'; ids use only lowercase a-z, digits and '-', "
             + "e.g. 'gap-analysis'", at: at)
    }

    static func invalidValue(_ key: String, text: String, allowed: [String], at: SourceLocation) -> Diagnostic {
        let hint = Suggestion.hint(text, allowed)
        return make("invalid-value", "'\(key)' is '\(text)'\(hint.isEmpty ? "" : hint); "
                    + "allowed: " + allowed.joined(separator: ", "), at: at)
    }

    static func invalidDuration(text: String, at: SourceLocation) -> Diagnostic {
        make("invalid-duration", "'duration' is '\(text)'; give working days as a number (5), "
             + "days (\"5d\") or weeks (\"3w\" = 15 working days), at most \(PlanDecoder.maxDuration) days",
             at: at)
    }

    static func unsupportedVersion(_ text: String, at: SourceLocation) -> Diagnostic {
        make("unsupported-version", "plan format version '\(text)' is not supported; this isoplan reads "
             + "'version: 1'", at: at)
    }

    static func unknownStep(_ text: String, at: SourceLocation) -> Diagnostic {
        let all = StepID.allCases.map(\.rawValue)
        let hint = Suggestion.hint(text, all)
        return make("unknown-step", "unknown migration step '\(text)'\(hint.isEmpty ? "; steps: " + all.joined(separator: ", ") : hint)",
                    at: at)
    }
}

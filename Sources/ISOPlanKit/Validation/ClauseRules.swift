import Foundation

/// Clause ids in tasks and `not_applicable` must be ISO 9001:2015 clauses of the catalog.
enum ClauseRules {
    /// The catalog's clause ids (empty when the catalog cannot be read: the rules then stay quiet).
    static let known: Set<String> = {
        guard case .success(let c) = Catalog.bundled else { return [] }
        return Set(c.clauses.map(\.id))
    }()

    /// `known`, sorted once, for "did you mean" hints.
    static let sortedKnown = known.sorted()

    static let excludable: Set<String> = {
        guard case .success(let c) = Catalog.bundled else { return [] }
        return Set(c.clauses.map(\.id).filter { c.mayBeDeclaredNotApplicable($0) })
    }()

    static func check(tasks: [PlanTask], notApplicable: [NotApplicableClause]) -> [Diagnostic] {
        guard !known.isEmpty else { return [] }
        var out: [Diagnostic] = []
        let ids = sortedKnown
        for t in tasks {
            for c in t.clauses where !known.contains(c.value) {
                out.append(unknown(c, out.count < Suggestion.hintBudget ? ids : []))
            }
        }
        var seen: [String: SourceLocation] = [:]
        for na in notApplicable {
            let c = na.clause
            if !known.contains(c.value) {
                out.append(unknown(c, out.count < Suggestion.hintBudget ? ids : []))
            } else if !excludable.contains(c.value) {
                out.append(.make("not-applicable-clause", "clause \(c.value) is a requirement every agency must meet; "
                                 + "only requirements that cannot apply (such as 8.3 design and development, or 7.1.5) "
                                 + "may be declared not applicable — remove this entry", at: c.at))
            }
            if let first = seen[c.value] {
                out.append(.make("duplicate-key", "clause \(c.value) is declared not applicable twice (first at line "
                                 + "\(first.line)); keep one entry", at: c.at))
            }
            seen[c.value] = seen[c.value] ?? c.at
            if na.reason.value.trimmingCharacters(in: .whitespaces).isEmpty {
                out.append(.make("missing-field", "the 'reason' for clause \(c.value) is empty; give the justification "
                                 + "ISO 9001:2015 4.3 asks for", at: na.reason.at))
            }
        }
        return out
    }

    static func unknown(_ c: Located<String>, _ ids: [String]) -> Diagnostic {
        .make("unknown-clause", "'\(c.value)' is not an ISO 9001:2015 clause" + Suggestion.hint(c.value, ids)
              + "; write clause numbers such as \"5.1\" or \"7.1.5.2\"", at: c.at)
    }
}

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
        tasks.withUnsafeBufferPointer { tasks in
            // Each task read in place: `for t in tasks` would copy every task.
            for i in tasks.indices where !tasks[i].clauses.isEmpty {
                for c in tasks[i].clauses where !known.contains(c.value) {
                    out.append(unknown(c, out.count < Suggestion.hintBudget ? ids : []))
                }
            }
        }
        var seen: [String: SourceLocation] = [:]
        for na in notApplicable {
            let c = na.clause
            if !known.contains(c.value) {
                out.append(unknown(c, out.count < Suggestion.hintBudget ? ids : []))
            } else if !excludable.contains(c.value) {
                out.append(.notApplicableClause(c.value, at: c.at))
            }
            if let first = seen[c.value] {
                out.append(.duplicateClause(c.value, at: c.at, first: first))
            }
            seen[c.value] = seen[c.value] ?? c.at
            if na.reason.value.trimmingCharacters(in: .whitespaces).isEmpty {
                out.append(.emptyReason(clause: c.value, at: na.reason.at))
            }
        }
        return out
    }

    static func unknown(_ c: Located<String>, _ ids: [String]) -> Diagnostic {
        .unknownClause(c.value, hint: Suggestion.hint(c.value, ids), at: c.at)
    }
}

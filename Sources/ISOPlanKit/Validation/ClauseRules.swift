import Foundation

/// Clause ids in tasks and `not_applicable` must be ISO 9001:2015 clauses of the catalog.
enum ClauseRules {
    /// The catalog's clause ids (empty when the catalog cannot be read: the rules then stay quiet).
    static let known: Set<String> = {
        guard case .success(let c) = Catalog.bundled else { return [] }
        return Set(c.clauses.map(\.id))
    }()

    /// `known`, for looking clause ids up without hashing them.
    static let knownPacked = PackedSet(known)

    /// A set of short strings found by comparing their bytes as integers (a clause id is a few
    /// digits and dots): a binary search over packed words instead of hashing every id.
    struct PackedSet: Sendable {
        /// The members of up to 16 bytes, packed and sorted.
        private let short: [KeyTable.Packed]
        /// The longer ones.
        private let long: Set<String>

        init(_ members: Set<String>) {
            short = members.filter { $0.utf8.count <= 16 }
                .map { var s = $0; return s.withUTF8(KeyTable.pack) }
                .sorted(by: Self.less)
            long = members.filter { $0.utf8.count > 16 }
        }

        static func less(_ a: KeyTable.Packed, _ b: KeyTable.Packed) -> Bool {
            (a.length, a.low, a.high) < (b.length, b.low, b.high)
        }

        func contains(_ s: String) -> Bool {
            guard s.utf8.count <= 16 else { return long.contains(s) }
            var s = s
            let p = s.withUTF8(KeyTable.pack)
            var lo = 0, hi = short.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if Self.less(short[mid], p) { lo = mid + 1 } else { hi = mid }
            }
            return lo < short.count && short[lo].length == p.length && short[lo].low == p.low && short[lo].high == p.high
        }
    }

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
        let lookup = knownPacked
        tasks.withUnsafeBufferPointer { tasks in
            // Each task and clause read in place: `for t in tasks` would copy every task.
            for i in tasks.indices where !tasks[i].clauses.isEmpty {
                tasks[i].clauses.withUnsafeBufferPointer { clauses in
                    for j in clauses.indices where !lookup.contains(clauses[j].value) {
                        out.append(unknown(clauses[j], out.count < Suggestion.hintBudget ? ids : []))
                    }
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
            if isBlank(na.reason.value) {
                out.append(.emptyReason(clause: c.value, at: na.reason.at))
            }
        }
        return out
    }

    /// True when `text` is empty or only spaces and tabs, as `trimmingCharacters(in:
    /// .whitespaces)` would leave it empty, without Foundation's string bridging (most of
    /// this rule's time). That set is, here, the tab, Unicode's space separators and the
    /// zero width space (a test compares the two on every character of the Basic Multilingual
    /// Plane; no space separator lies beyond it).
    static func isBlank(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy {
            $0 == "\t" || $0 == "\u{200B}" || $0.properties.generalCategory == .spaceSeparator
        }
    }

    static func unknown(_ c: Located<String>, _ ids: [String]) -> Diagnostic {
        .unknownClause(c.value, hint: Suggestion.hint(c.value, ids), at: c.at)
    }
}

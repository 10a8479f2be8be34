extension Catalog {
    /// Internal inconsistencies of the catalog, one sentence each; empty when it is sound.
    public func validate() -> [String] {
        duplicateProblems() + stepProblems() + clauseProblems()
            + removedClauseProblems() + documentedInformationProblems()
    }

    private func duplicateProblems() -> [String] {
        duplicates(steps.map(\.id)).map { "duplicate step id '\($0)'" }
            + duplicates(clauses.map(\.id)).map { "duplicate clause id '\($0)'" }
            + duplicates(iso2008Clauses.map(\.id)).map { "duplicate 2008 clause id '\($0)'" }
            + duplicates(iso2008Removed.map(\.id)).map { "duplicate removed 2008 clause id '\($0)'" }
            + duplicates(documentedInformation.map(\.id))
                .map { "duplicate documented-information id '\($0)'" }
    }

    private func stepProblems() -> [String] {
        var problems: [String] = []
        for step in steps {
            for id in step.predecessors where self.step(id: id) == nil {
                problems.append("step '\(step.id)': unknown predecessor '\(id)'")
            }
            let duration = step.typicalDuration
            if duration.conversion < 0 || duration.newBuild < 0 {
                problems.append("step '\(step.id)': negative typical duration")
            }
            for id in step.clauses {
                guard let clause = clause(id: id) else {
                    problems.append("step '\(step.id)': unknown clause '\(id)'")
                    continue
                }
                if clause.heading { problems.append("step '\(step.id)': clause '\(id)' is a heading") }
            }
        }
        if let cycle = predecessorCycle() {
            problems.append("step predecessors form a cycle: \(cycle.joined(separator: " → "))")
        }
        return problems
    }

    private func clauseProblems() -> [String] {
        clauses.flatMap { clause -> [String] in
            let label = "clause '\(clause.id)'"
            var problems = parentProblems(clause).map { "\(label): \($0)" }
            if !clause.heading {
                problems += stepMappingProblems(clause).map { "\(label): \($0)" }
                if clause.change == nil { problems.append("\(label): no change type") }
            }
            for id in clause.iso2008 where iso2008Clause(id: id) == nil {
                problems.append("\(label): 2008 clause '\(id)' is not in iso2008_clauses")
            }
            return problems
        }
    }

    private func parentProblems(_ clause: Clause) -> [String] {
        guard let parent = clause.parent else {
            return clause.id.contains(".") ? ["no parent"] : []
        }
        if self.clause(id: parent) == nil { return ["unknown parent '\(parent)'"] }
        if !clause.id.hasPrefix(parent + ".") { return ["parent '\(parent)' does not enclose it"] }
        return []
    }

    private func stepMappingProblems(_ clause: Clause) -> [String] {
        guard let stepID = clause.step else { return ["maps to no step"] }
        guard let step = step(id: stepID) else { return ["unknown step '\(stepID)'"] }
        if !step.clauses.contains(clause.id) {
            return ["step '\(stepID)' does not list it in its clauses"]
        }
        return []
    }

    private func removedClauseProblems() -> [String] {
        iso2008Removed.flatMap { removed -> [String] in
            let label = "removed 2008 clause '\(removed.id)'"
            var problems: [String] = []
            if let listed = iso2008Clause(id: removed.id) {
                if listed.title != removed.title {
                    problems.append("\(label): title differs from iso2008_clauses")
                }
            } else {
                problems.append("\(label): not in iso2008_clauses")
            }
            if removed.replacedBy.isEmpty { problems.append("\(label): replaced by nothing") }
            for id in removed.replacedBy where clause(id: id) == nil {
                problems.append("\(label): unknown 2015 clause '\(id)'")
            }
            return problems
        }
    }

    private func documentedInformationProblems() -> [String] {
        documentedInformation.compactMap { item in
            clause(id: item.clause) == nil
                ? "documented information '\(item.id)': unknown clause '\(item.clause)'" : nil
        }
    }

    /// Values that occur more than once, each reported once, in first-seen order.
    private func duplicates(_ values: [String]) -> [String] {
        var seen = Set<String>(), reported = Set<String>(), out: [String] = []
        for value in values where !seen.insert(value).inserted && reported.insert(value).inserted {
            out.append(value)
        }
        return out
    }
}

extension Catalog {
    /// The step with this id, if any.
    public func step(id: String) -> Step? {
        steps.first { $0.id == id }
    }

    /// The 2015 clause with this number, if any.
    public func clause(id: String) -> Clause? {
        clauses.first { $0.id == id }
    }

    /// The 2008 clause with this number, if the mapping refers to it.
    public func iso2008Clause(id: String) -> ISO2008Clause? {
        iso2008Clauses.first { $0.id == id }
    }

    /// Steps that every plan must cover, in catalog order.
    public var requiredSteps: [Step] {
        steps.filter(\.required)
    }

    /// Clauses that carry requirements (every clause except the headings 4 to 10).
    public var requirementClauses: [Clause] {
        clauses.filter { !$0.heading }
    }

    /// Clauses whose usual covering step is `stepID`, in document order.
    public func clauses(coveredBy stepID: String) -> [Clause] {
        clauses.filter { $0.step == stepID }
    }

    /// The direct sub-clauses of `clauseID`, in document order.
    public func children(of clauseID: String) -> [Clause] {
        clauses.filter { $0.parent == clauseID }
    }

    /// Documented information required by `clauseID` itself (not by its sub-clauses).
    public func documentedInformation(forClause clauseID: String) -> [DocumentedInformation] {
        documentedInformation.filter { $0.clause == clauseID }
    }

    /// 2015 clauses that correspond to the 2008 clause `id`, in document order.
    public func clauses(correspondingTo2008 id: String) -> [Clause] {
        clauses.filter { $0.iso2008.contains(id) }
    }
}

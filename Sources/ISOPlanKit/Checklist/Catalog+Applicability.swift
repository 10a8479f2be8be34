extension Catalog {
    /// Whether a clause may usually be declared not applicable by an administrative agency.
    ///
    /// TCVN ISO 9001:2015 4.3 accepts "not applicable" only for a requirement that does not
    /// affect the conformity of products and services. In practice that means the clauses
    /// of 8 (operation), typically 8.3 design and development, and the monitoring and
    /// measuring resources of 7.1.5. Any other clause (and the heading 8 as a whole) cannot
    /// be excluded: the checklist warns when a plan declares one.
    public func mayBeDeclaredNotApplicable(_ clauseID: String) -> Bool {
        clauseID.hasPrefix("8.") || clauseID == "7.1.5" || clauseID.hasPrefix("7.1.5.")
    }
}

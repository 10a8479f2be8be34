/// Messages of the rules that need every plan of a portfolio.
extension Diagnostic {
    /// The same error at each plan that uses an agency id also used by another plan, naming
    /// every file that uses it, with a note at each of the others.
    static func duplicateAgencyID(_ uses: [Located<String>]) -> [Diagnostic] {
        let sorted = uses.sorted { ($0.at.file, $0.at.line, $0.at.column) < ($1.at.file, $1.at.line, $1.at.column) }
        guard let id = sorted.first?.value, sorted.count > 1 else { return [] }
        let places = sorted.map { "\($0.at.file):\($0.at.line)" }
        let list = places.dropLast().joined(separator: ", ") + " and " + places[places.count - 1]
        let message = "agency id '\(id)' is used by \(sorted.count) plans, \(list); give each agency its own id "
            + "(ids must be unique across the portfolio)"
        return sorted.map { use in
            let notes = sorted.filter { $0.at != use.at }.map {
                make("duplicate-agency-id", "'\(id)' is also used here", at: $0.at, severity: .note)
            }
            return make("duplicate-agency-id", message, at: use.at, notes: notes)
        }
    }
}

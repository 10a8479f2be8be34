extension Catalog {
    /// How a 2015 clause compares with its 2008 counterpart.
    public enum Change: String, Sendable, Hashable, Decodable, CaseIterable {
        /// No 2008 counterpart, or only a partial one.
        case new
        /// Materially changed.
        case changed
        /// Largely unchanged.
        case unchanged
    }

    /// One clause or sub-clause of TCVN ISO 9001:2015 (clauses 4 to 10).
    public struct Clause: Sendable, Hashable, Identifiable {
        /// Clause number, e.g. `7.1.5.2`.
        public let id: String
        /// Number of the enclosing clause (`7.1.5` for `7.1.5.2`); nil for a top-level clause.
        public let parent: String?
        /// True for the top-level clauses 4 to 10, which only group sub-clauses.
        public let heading: Bool
        /// TCVN Vietnamese title and ISO English title.
        public let title: BilingualText
        /// Comparison with 2008; nil for a heading.
        public let change: Change?
        /// TCVN ISO 9001:2008 clause ids this clause corresponds to (may be empty).
        public let iso2008: [String]
        /// Qualifies the 2008 correspondence, e.g. "partly".
        let iso2008Note: BilingualText?
        /// Id of the migration step that normally covers the clause; nil for a heading.
        public let step: String?
        /// How the clause reads in a state administrative agency, when that differs.
        let publicSectorNote: BilingualText?
    }
}

extension Catalog.Clause: Decodable {
    static let keys: Set<String> = [
        "id", "parent", "heading", "title_vi", "title_en", "change", "iso2008",
        "iso2008_note_vi", "iso2008_note_en", "step", "public_sector_note_vi", "public_sector_note_en",
    ]

    /// Decodes the snake_case JSON form described in docs/catalog.md.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CatalogKey.self)
        try c.rejectUnknownKeys(Self.keys)
        id = try c.value("id")
        parent = try c.optionalValue("parent")
        heading = try c.optionalValue("heading") ?? false
        title = try c.text("title")
        change = try c.optionalValue("change")
        iso2008 = try c.optionalValue("iso2008") ?? []
        iso2008Note = try c.optionalText("iso2008_note")
        step = try c.optionalValue("step")
        publicSectorNote = try c.optionalText("public_sector_note")
    }
}

extension Catalog {
    /// A TCVN ISO 9001:2008 clause that the 2015 mapping refers to.
    public struct ISO2008Clause: Sendable, Hashable, Identifiable {
        /// Clause number in the 2008 edition, e.g. `8.5.3`.
        public let id: String
        /// TCVN Vietnamese title and ISO English title.
        public let title: BilingualText
    }

    /// A 2008 clause with no direct 2015 counterpart, and what replaces it.
    public struct RemovedClause: Sendable, Hashable, Identifiable {
        /// Clause number in the 2008 edition.
        public let id: String
        /// TCVN Vietnamese title and ISO English title.
        public let title: BilingualText
        /// 2015 clause ids that take over its purpose.
        public let replacedBy: [String]
        /// What an agency should know about the removal.
        let note: BilingualText
    }
}

extension Catalog.ISO2008Clause: Decodable {
    /// Decodes the snake_case JSON form described in docs/catalog.md.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CatalogKey.self)
        try c.rejectUnknownKeys(["id", "title_vi", "title_en"])
        id = try c.value("id")
        title = try c.text("title")
    }
}

extension Catalog.RemovedClause: Decodable {
    /// Decodes the snake_case JSON form described in docs/catalog.md.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CatalogKey.self)
        try c.rejectUnknownKeys(["id", "title_vi", "title_en", "replaced_by", "note_vi", "note_en"])
        id = try c.value("id")
        title = try c.text("title")
        replacedBy = try c.value("replaced_by")
        note = try c.text("note")
    }
}

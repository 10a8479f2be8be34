extension Catalog {
    /// A piece of documented information that TCVN ISO 9001:2015 requires.
    public struct DocumentedInformation: Sendable, Hashable, Identifiable {
        /// Whether the standard asks to maintain a document or retain a record.
        public enum Kind: String, Sendable, Hashable, Decodable, CaseIterable {
            /// A document kept up to date ("duy trì").
            case maintain
            /// A record kept as evidence ("lưu giữ").
            case retain
        }

        /// Stable kebab-case id, e.g. `quality-policy`.
        public let id: String
        /// The 2015 clause that requires it.
        public let clause: String
        /// The lettered item of that clause, e.g. `a` for 5.2.2 a); nil when the clause has none.
        public let item: String?
        /// Document or record.
        public let kind: Kind
        /// What must be kept.
        public let text: BilingualText

        /// The clause reference as printed in the standard, e.g. `5.2.2 a)`.
        public var reference: String { item.map { "\(clause) \($0))" } ?? clause }
    }
}

extension Catalog.DocumentedInformation: Decodable {
    /// Decodes the snake_case JSON form described in docs/catalog.md.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CatalogKey.self)
        try c.rejectUnknownKeys(["id", "clause", "item", "kind", "text_vi", "text_en"])
        id = try c.value("id")
        clause = try c.value("clause")
        item = try c.optionalValue("item")
        kind = try c.value("kind")
        text = try c.text("text")
    }
}

/// A YAML node that remembers where it was written.
public indirect enum LocatedNode: Sendable {
    case scalar(Scalar)
    case list([LocatedNode], at: SourceLocation)
    case map([MapEntry], at: SourceLocation)

    /// A scalar's text, whether it was quoted, and its position.
    public struct Scalar: Sendable {
        public var text: String
        /// True for plain (unquoted, non-block) scalars, the only ones that can mean null.
        public var isPlain: Bool
        public var at: SourceLocation
        public init(text: String, isPlain: Bool, at: SourceLocation) {
            self.text = text
            self.isPlain = isPlain
            self.at = at
        }

        /// True for an empty plain value, `~` or `null`: the field counts as absent.
        public var isNull: Bool { isPlain && (text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL") }
    }

    /// One `key: value` pair of a mapping.
    public struct MapEntry: Sendable {
        public var key: String
        public var keyAt: SourceLocation
        public var value: LocatedNode
        public init(key: String, keyAt: SourceLocation, value: LocatedNode) {
            self.key = key
            self.keyAt = keyAt
            self.value = value
        }
    }

    /// Where the node starts.
    public var at: SourceLocation {
        switch self {
        case .scalar(let s): s.at
        case .list(_, let at), .map(_, let at): at
        }
    }

    /// A short name of the node's kind for messages.
    public var kindName: String {
        switch self {
        case .scalar: "a scalar"
        case .list: "a list"
        case .map: "a mapping"
        }
    }
}

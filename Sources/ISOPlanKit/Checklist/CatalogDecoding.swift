/// A JSON key of the catalog file, looked up by name.
struct CatalogKey: CodingKey, Hashable {
    let stringValue: String
    let intValue: Int?
    init(_ name: String) { stringValue = name; intValue = nil }
    init?(stringValue: String) { self.init(stringValue) }
    init?(intValue: Int) { stringValue = String(intValue); self.intValue = intValue }
}

extension KeyedDecodingContainer where K == CatalogKey {
    /// Throws when the object holds a key outside `allowed`, so a misspelt optional key
    /// is an error rather than a silently missing value.
    func rejectUnknownKeys(_ allowed: Set<String>) throws {
        for key in allKeys where !allowed.contains(key.stringValue) {
            throw DecodingError.dataCorrupted(.init(
                codingPath: codingPath + [key], debugDescription: "unknown key '\(key.stringValue)'"))
        }
    }

    /// The required value under `name`.
    func value<T: Decodable>(_ name: String, as type: T.Type = T.self) throws -> T {
        try decode(T.self, forKey: CatalogKey(name))
    }

    /// The value under `name`, or nil when it is absent or null.
    func optionalValue<T: Decodable>(_ name: String, as type: T.Type = T.self) throws -> T? {
        try decodeIfPresent(T.self, forKey: CatalogKey(name))
    }

    /// The required pair `<prefix>_vi` / `<prefix>_en`.
    func text(_ prefix: String) throws -> BilingualText {
        BilingualText(vi: try value("\(prefix)_vi"), en: try value("\(prefix)_en"))
    }

    /// The pair `<prefix>_vi` / `<prefix>_en`, or nil when both are absent or null.
    func optionalText(_ prefix: String) throws -> BilingualText? {
        let vi: String? = try optionalValue("\(prefix)_vi")
        let en: String? = try optionalValue("\(prefix)_en")
        switch (vi, en) {
        case (nil, nil): return nil
        case let (vi?, en?): return BilingualText(vi: vi, en: en)
        default:
            throw DecodingError.dataCorrupted(.init(
                codingPath: codingPath + [CatalogKey(prefix)],
                debugDescription: "'\(prefix)_vi' and '\(prefix)_en' must both be given or both be null"))
        }
    }
}

extension DecodingError {
    /// A one-line description naming the JSON path, e.g. `steps[3].required: expected Bool`.
    var catalogMessage: String {
        func path(_ keys: [any CodingKey]) -> String {
            var out = ""
            for key in keys {
                if let index = key.intValue { out += "[\(index)]" } else {
                    out += (out.isEmpty ? "" : ".") + key.stringValue
                }
            }
            return out.isEmpty ? "(top level)" : out
        }
        switch self {
        case .typeMismatch(let type, let context):
            return "\(path(context.codingPath)): expected \(type)"
        case .valueNotFound(let type, let context):
            return "\(path(context.codingPath)): missing \(type) value"
        case .keyNotFound(let key, let context):
            return "\(path(context.codingPath + [key])): required key is missing"
        case .dataCorrupted(let context):
            let detail = context.underlyingError.map { " (\($0))" } ?? ""
            return "\(path(context.codingPath)): \(context.debugDescription)\(detail)"
        @unknown default:
            return "\(self)"
        }
    }
}

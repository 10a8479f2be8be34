import Foundation

/// A validator for the subset of JSON Schema that the schemas under schema/output use:
/// `type` (a name or a list of names, so `["string", "null"]` allows null), `properties`,
/// `required`, `additionalProperties: false`, `items`, `enum`, and `$ref` to `#/$defs/…`.
/// Any other keyword is reported, so a schema cannot silently rely on one it does not check.
struct JSONSchemaValidator {
    let root: [String: Any]

    static let known: Set<String> = ["$schema", "$id", "$defs", "title", "description", "type", "properties",
                                     "required", "additionalProperties", "items", "enum", "$ref"]

    init(schema: [String: Any]) { root = schema }

    init(contentsOf url: URL) throws {
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url))
        guard let schema = object as? [String: Any] else { throw CocoaError(.fileReadCorruptFile) }
        self.init(schema: schema)
    }

    /// Every place where `value` breaks the schema, as `path: what`; empty when it conforms.
    func errors(_ value: Any) -> [String] { check(value, root, "$") }

    private func check(_ value: Any, _ schema: [String: Any], _ path: String) -> [String] {
        for key in schema.keys where !Self.known.contains(key) { return ["\(path): unsupported keyword \(key)"] }
        if let ref = schema["$ref"] as? String {
            let name = ref.replacingOccurrences(of: "#/$defs/", with: "")
            guard ref.hasPrefix("#/$defs/"), let defs = root["$defs"] as? [String: Any],
                  let target = defs[name] as? [String: Any] else { return ["\(path): unknown $ref \(ref)"] }
            return check(value, target, path)
        }
        if let type = schema["type"] {
            let names = (type as? [String]) ?? [(type as? String) ?? "?"]
            guard names.contains(where: { Self.matches(value, $0) }) else {
                return ["\(path): expected \(names.joined(separator: " or ")), got \(Self.describe(value))"]
            }
        }
        var out: [String] = []
        if let allowed = schema["enum"] as? [Any], !allowed.contains(where: { Self.equal($0, value) }) {
            out.append("\(path): \(Self.describe(value)) is not one of the allowed values")
        }
        if let object = value as? [String: Any] {
            let properties = schema["properties"] as? [String: Any] ?? [:]
            for name in schema["required"] as? [String] ?? [] where object[name] == nil {
                out.append("\(path): missing \(name)")
            }
            for (name, v) in object.sorted(by: { $0.key < $1.key }) {
                if let sub = properties[name] as? [String: Any] {
                    out += check(v, sub, path + "." + name)
                } else if schema["additionalProperties"] as? Bool == false {
                    out.append("\(path): unexpected property \(name)")
                }
            }
        }
        if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
            for (i, v) in array.enumerated() { out += check(v, items, "\(path)[\(i)]") }
        }
        return out
    }

    static func isBool(_ v: Any) -> Bool {
        guard let n = v as? NSNumber else { return false }
        return String(cString: n.objCType) == "c"   // how Foundation marks a JSON true/false
    }

    static func matches(_ v: Any, _ type: String) -> Bool {
        switch type {
        case "null": return v is NSNull
        case "object": return v is [String: Any]
        case "array": return v is [Any]
        case "string": return v is String
        case "boolean": return isBool(v)
        case "number": return v is NSNumber && !isBool(v)
        case "integer":
            guard let n = v as? NSNumber, !isBool(n) else { return false }
            return n.doubleValue.rounded() == n.doubleValue
        default: return false
        }
    }

    static func equal(_ a: Any, _ b: Any) -> Bool {
        if a is NSNull || b is NSNull { return a is NSNull && b is NSNull }
        if let x = a as? String, let y = b as? String { return x == y }
        if let x = a as? NSNumber, let y = b as? NSNumber { return isBool(x) == isBool(y) && x == y }
        return false
    }

    static func describe(_ v: Any) -> String {
        if v is NSNull { return "null" }
        if let s = v as? String { return "\"\(s.prefix(40))\"" }
        if isBool(v) { return "boolean" }
        if v is NSNumber { return "number \(v)" }
        if v is [Any] { return "array" }
        return "object"
    }
}

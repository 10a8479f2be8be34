/// Reads typed fields out of located nodes by the plan schema, collecting diagnostics.
///
/// Scalars are interpreted by the field's type, never by YAML 1.1 implicit typing:
/// `id: no` is the string "no"; a plain empty value, `~` or `null` counts as absent.
struct FieldReader {
    var diagnostics: [Diagnostic] = []

    static let earliest = CalendarDate(year: 1900, month: 1, day: 1)!
    static let latest = CalendarDate(year: 2199, month: 12, day: 31)!

    /// A mapping's fields by key (first occurrence), after checking unknown and duplicate keys.
    /// Null values are dropped, so they read as absent.
    mutating func fields(_ node: LocatedNode, known: [String], context: String) -> Fields? {
        guard case .map(let entries, let at) = node else {
            diagnostics.append(.wrongType(context, expected: "a mapping of fields", got: node))
            return nil
        }
        var seen: [String: SourceLocation] = [:]
        var values: [String: LocatedNode] = [:]
        for e in entries {
            if let first = seen[e.key] {
                diagnostics.append(.duplicateKey(e.key, at: e.keyAt, first: first))
                continue
            }
            seen[e.key] = e.keyAt
            guard known.contains(e.key) else {
                diagnostics.append(.unknownKey(e.key, at: e.keyAt, known: known, in: context))
                continue
            }
            if case .scalar(let s) = e.value, s.isNull { continue }
            values[e.key] = e.value
        }
        return Fields(values: values, keyAt: seen, at: at, context: context)
    }

    /// The node of a required field, or a `missing-field` diagnostic.
    mutating func require(_ f: Fields, _ key: String, hint: String = "") -> LocatedNode? {
        if let v = f.values[key] { return v }
        diagnostics.append(.missingField(key, in: f.context, at: f.keyAt[key] ?? f.at, hint: hint))
        return nil
    }

    mutating func scalar(_ node: LocatedNode, key: String, expected: String) -> LocatedNode.Scalar? {
        guard case .scalar(let s) = node else {
            diagnostics.append(.wrongType(key, expected: expected, got: node))
            return nil
        }
        return s
    }

    /// Any scalar, read as text.
    mutating func string(_ node: LocatedNode?, key: String) -> Located<String>? {
        guard let node, let s = scalar(node, key: key, expected: "text") else { return nil }
        return Located(s.text, at: s.at)
    }

    /// An id: `[a-z0-9-]+`.
    mutating func id(_ node: LocatedNode?, key: String) -> Located<String>? {
        guard let s = string(node, key: key) else { return nil }
        guard Self.isValidID(s.value) else {
            diagnostics.append(.invalidID(key, text: s.value, at: s.at))
            return nil
        }
        return s
    }

    static func isValidID(_ s: String) -> Bool {
        !s.isEmpty && s.utf8.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 45 }
    }

    /// A `YYYY-MM-DD` date within 1900–2199.
    mutating func date(_ node: LocatedNode?, key: String) -> Located<CalendarDate>? {
        guard let node, let s = scalar(node, key: key, expected: "a date (YYYY-MM-DD)") else { return nil }
        guard let d = CalendarDate(iso: s.text) else {
            diagnostics.append(.invalidDate(key, text: s.text, at: s.at))
            return nil
        }
        guard d >= Self.earliest, d <= Self.latest else {
            diagnostics.append(.dateOutOfRange(key, date: d, at: s.at))
            return nil
        }
        return Located(d, at: s.at)
    }

    /// A whole number written in decimal digits (optionally negative).
    mutating func int(_ node: LocatedNode?, key: String) -> Located<Int>? {
        guard let node, let s = scalar(node, key: key, expected: "a whole number") else { return nil }
        guard let v = Self.parseInt(s.text) else {
            diagnostics.append(.wrongType(key, expected: "a whole number", got: node))
            return nil
        }
        return Located(v, at: s.at)
    }

    static func parseInt(_ text: String) -> Int? {
        let u = Array(text.utf8)
        guard !u.isEmpty, u.count <= 9 else { return nil }
        var i = 0, sign = 1
        if u[0] == 45 { sign = -1; i = 1 }
        guard i < u.count else { return nil }
        var v = 0
        while i < u.count {
            guard u[i] >= 48, u[i] <= 57 else { return nil }
            v = v * 10 + Int(u[i] - 48)
            i += 1
        }
        return sign * v
    }

    /// `true` or `false`, nothing else.
    mutating func bool(_ node: LocatedNode?, key: String) -> Located<Bool>? {
        guard let node, let s = scalar(node, key: key, expected: "true or false") else { return nil }
        switch s.text {
        case "true": return Located(true, at: s.at)
        case "false": return Located(false, at: s.at)
        default:
            diagnostics.append(.wrongType(key, expected: "true or false", got: node))
            return nil
        }
    }

    /// A value from a closed set.
    mutating func choice<T: RawRepresentable>(_ node: LocatedNode?, key: String, _ type: T.Type,
                                                allowed: [T]) -> Located<T>? where T.RawValue == String {
        guard let s = string(node, key: key) else { return nil }
        guard let v = T(rawValue: s.value), allowed.contains(where: { $0.rawValue == v.rawValue }) else {
            diagnostics.append(.invalidValue(key, text: s.value, allowed: allowed.map(\.rawValue), at: s.at))
            return nil
        }
        return Located(v, at: s.at)
    }

    /// A list; each element read by `element`. A single scalar is a type error.
    mutating func list<T>(_ node: LocatedNode?, key: String,
                          _ element: (inout FieldReader, LocatedNode) -> T?) -> [T] {
        guard let node else { return [] }
        guard case .list(let items, _) = node else {
            diagnostics.append(.wrongType(key, expected: "a list", got: node))
            return []
        }
        var out: [T] = []
        out.reserveCapacity(items.count)
        for item in items {
            if let v = element(&self, item) { out.append(v) }
        }
        return out
    }
}

/// The fields of one mapping, by key.
struct Fields {
    var values: [String: LocatedNode]
    var keyAt: [String: SourceLocation]
    var at: SourceLocation
    var context: String

    subscript(_ key: String) -> LocatedNode? { values[key] }
}

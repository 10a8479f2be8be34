/// Reads typed fields out of a located document by the plan schema, collecting diagnostics.
///
/// Scalars are interpreted by the field's type, never by YAML 1.1 implicit typing:
/// `id: no` is the string "no"; a plain empty value, `~` or `null` counts as absent.
struct FieldReader {
    let doc: YAMLDocument
    var diagnostics: [Diagnostic] = []
    /// Value nodes that could not be read (or lists with an item that could not), reported
    /// already: see `isFlawed`.
    private(set) var unreadable: Set<Int32> = []

    init(_ doc: YAMLDocument) { self.doc = doc }

    func at(_ node: LocatedNode) -> SourceLocation { doc.at(node) }

    /// A mapping's fields by key (first occurrence), after checking unknown and duplicate keys.
    /// Null values are dropped, so they read as absent.
    mutating func fields(_ node: LocatedNode, known: KeyTable, context: BilingualText) -> Fields? {
        guard doc.kind(node) == .map else {
            report(.wrongType(context.en, expected: .aMappingOfFields, got: doc.describeWords(node), at: doc.at(node)),
                   unreadable: node)
            return nil
        }
        var f = Fields(doc: doc, table: known, at: doc.at(node), context: context)
        let count = doc.count(node)
        var unknown: [String: SourceLocation] = [:]   // keys outside the schema seen so far
        for k in 0..<count {
            let (key, value) = doc.entry(node, k)
            let slot = doc.kind(key) == .scalar ? doc.withBytes(key) { known.slot(of: $0) } : nil
            guard let slot else {
                if let meant = unknownOrDuplicate(key, seen: &unknown, known: known, context: context),
                   f.misspelt[meant].map(doc.isNull) ?? true {
                    f.misspelt[meant] = value
                }
                continue
            }
            if f.keyNodes[slot] >= 0 {
                let name = known.names[slot]
                diagnostics.append(.duplicateKey(name, at: doc.at(key), first: doc.at(LocatedNode(index: f.keyNodes[slot]))))
                continue
            }
            f.keyNodes[slot] = key.index
            if !doc.isNull(value) { f.values[slot] = value.index }
        }
        return f
    }

    /// A key outside the schema: a duplicate of an earlier unknown key, or an unknown key.
    /// (A key of the schema is never equal to one outside it, so only those need remembering.)
    /// Returns the known key it is a likely misspelling of.
    mutating func unknownOrDuplicate(_ key: LocatedNode, seen: inout [String: SourceLocation], known: KeyTable,
                                     context: BilingualText) -> String? {
        let name = doc.text(key)
        let at = doc.at(key)
        if let first = seen[name] {
            diagnostics.append(.duplicateKey(name, at: at, first: first))
            return nil
        }
        seen[name] = at
        let meant = Suggestion.closest(to: name, in: known.names)
        diagnostics.append(.unknownKey(name, at: at, known: known.names, meant: meant, in: context))
        return meant
    }

    /// The node of a required field, or a `missing-field` diagnostic — none when the key is
    /// there but misspelt (that was reported already: one mistake, one error).
    mutating func require(_ f: Fields, _ key: String, hint: BilingualText = .empty) -> LocatedNode? {
        if let v = f[key] { return v }
        if f.misspelt[key] != nil { return nil }
        diagnostics.append(.missingField(key, in: f.context, at: f.keyAt(key) ?? f.at, hint: hint))
        return nil
    }

    /// `require` for the key in `slot` of `f`'s table: no name lookup when the value is there.
    mutating func require(_ f: Fields, slot: Int) -> LocatedNode? {
        if let v = f[slot: slot] { return v }
        return require(f, f.table.names[slot])
    }

    /// True when the field `key` of `f` was written but its mistake was reported already: the
    /// key misspelt, or a value (or an item of it) that could not be read. Rules about the
    /// field's absence stay quiet then: one mistake, one error.
    func isFlawed(_ f: Fields, _ key: String) -> Bool {
        if f.misspelt[key] != nil { return true }
        guard !unreadable.isEmpty, let v = f[key] else { return false }
        return unreadable.contains(v.index)
    }

    /// The keys of `f` that `isFlawed` (none, at the cost of two checks, in a plan without mistakes).
    func flawedKeys(_ f: Fields) -> Set<String> {
        guard !f.misspelt.isEmpty || !unreadable.isEmpty else { return [] }
        return Set(f.table.names.filter { isFlawed(f, $0) })
    }

    /// Reports `d`, which says why the value `node` cannot be read.
    mutating func report(_ d: Diagnostic, unreadable node: LocatedNode) {
        diagnostics.append(d)
        unreadable.insert(node.index)
    }

    /// True when `node` is a scalar; else a `wrong-type` diagnostic.
    mutating func scalar(_ node: LocatedNode, key: String, expected: BilingualText) -> Bool {
        guard doc.kind(node) == .scalar else {
            report(.wrongType(key, expected: expected, got: doc.kindWords(node), at: doc.at(node)), unreadable: node)
            return false
        }
        return true
    }

    /// Any scalar, read as text.
    mutating func string(_ node: LocatedNode?, key: String) -> Located<String>? {
        guard let node, scalar(node, key: key, expected: .text) else { return nil }
        return Located(doc.text(node), at: doc.at(node))
    }

    /// An id: `[a-z0-9-]+`.
    mutating func id(_ node: LocatedNode?, key: String) -> Located<String>? {
        guard let node, scalar(node, key: key, expected: .text) else { return nil }
        guard doc.withBytes(node, Self.isValidID) else {
            report(.invalidID(key, text: doc.text(node), at: doc.at(node)), unreadable: node)
            return nil
        }
        return Located(doc.text(node), at: doc.at(node))
    }

    static func isValidID(_ s: String) -> Bool {
        var s = s
        return s.withUTF8(isValidID)
    }

    static func isValidID(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !u.isEmpty else { return false }
        for c in u where !((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c == 45) { return false }
        return true
    }

    /// A `YYYY-MM-DD` date within `CalendarDate.supported` (1900–2199).
    mutating func date(_ node: LocatedNode?, key: String) -> Located<CalendarDate>? {
        guard let node, scalar(node, key: key, expected: .aDate) else { return nil }
        guard let d = doc.withBytes(node, CalendarDate.parse) else {
            report(.invalidDate(key, text: doc.text(node), at: doc.at(node)), unreadable: node)
            return nil
        }
        guard CalendarDate.supported.contains(d) else {
            report(.dateOutOfRange(key, date: d, at: doc.at(node)), unreadable: node)
            return nil
        }
        return Located(d, at: doc.at(node))
    }

    /// A whole number written in decimal digits (optionally negative).
    mutating func int(_ node: LocatedNode?, key: String) -> Located<Int>? {
        guard let node, scalar(node, key: key, expected: .aWholeNumber) else { return nil }
        guard let v = doc.withBytes(node, Self.parseInt) else {
            report(.wrongType(key, expected: .aWholeNumber, got: doc.describeWords(node), at: doc.at(node)), unreadable: node)
            return nil
        }
        return Located(v, at: doc.at(node))
    }

    static func parseInt(_ text: String) -> Int? {
        Array(text.utf8).withUnsafeBufferPointer(parseInt)
    }

    static func parseInt(_ u: UnsafeBufferPointer<UInt8>) -> Int? {
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
        guard let node, scalar(node, key: key, expected: .trueOrFalse) else { return nil }
        switch doc.withBytes(node, { b -> Bool? in
            b.elementsEqual("true".utf8) ? true : (b.elementsEqual("false".utf8) ? false : nil)
        }) {
        case let v?: return Located(v, at: doc.at(node))
        case nil:
            report(.wrongType(key, expected: .trueOrFalse, got: doc.describeWords(node), at: doc.at(node)), unreadable: node)
            return nil
        }
    }

    /// A value from a closed set.
    mutating func choice<T: RawRepresentable>(_ node: LocatedNode?, key: String, _ type: T.Type,
                                                allowed: [T]) -> Located<T>? where T.RawValue == String {
        guard let node, let s = string(node, key: key) else { return nil }
        guard let v = T(rawValue: s.value), allowed.contains(where: { $0.rawValue == v.rawValue }) else {
            report(.invalidValue(key, text: s.value, allowed: allowed.map(\.rawValue), at: s.at), unreadable: node)
            return nil
        }
        return Located(v, at: s.at)
    }

    /// A list; each element read by `element`. A single scalar is a type error.
    mutating func list<T>(_ node: LocatedNode?, key: String,
                          _ element: (inout FieldReader, LocatedNode) -> T?) -> [T] {
        guard let node else { return [] }
        guard doc.kind(node) == .list else {
            report(.wrongType(key, expected: .aList, got: doc.describeWords(node), at: doc.at(node)), unreadable: node)
            return []
        }
        let count = doc.count(node)
        var out: [T] = []
        out.reserveCapacity(count)
        for k in 0..<count {
            let item = doc.item(node, k)
            if let v = element(&self, item) {
                out.append(v)
            } else if unreadable.contains(item.index) {
                unreadable.insert(node.index)
            }
        }
        return out
    }
}

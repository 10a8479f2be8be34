#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The keys a kind of mapping may hold, with their bytes for matching without strings.
final class KeyTable: Sendable {
    let names: [String]
    let bytes: [[UInt8]]
    let lengths: [Int]

    /// At most 16 keys, the inline capacity of `Fields`.
    init(_ names: [String]) {
        precondition(names.count <= 16, "a key table holds at most 16 keys")
        self.names = names
        bytes = names.map { Array($0.utf8) }
        lengths = bytes.map(\.count)
    }

    /// The position of the key spelt by `key`, if it is one of these.
    func slot(of key: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = key.baseAddress else { return lengths.firstIndex(of: 0) }
        for i in 0..<bytes.count where lengths[i] == key.count {
            if bytes[i].withUnsafeBufferPointer({ memcmp($0.baseAddress!, base, key.count) == 0 }) { return i }
        }
        return nil
    }

    /// The position of `name`, if it is one of these.
    func slot(named name: String) -> Int? {
        let n = name.utf8.count
        for i in 0..<names.count where lengths[i] == n && names[i] == name { return i }
        return nil
    }
}

/// The fields of one mapping, by key: each known key's key node and (non-null) value node,
/// held inline (a mapping costs no allocation).
struct Fields {
    let doc: YAMLDocument
    let table: KeyTable
    /// Per known key: its key node's index, or -1 when absent.
    var keyNodes = SIMD16<Int32>(repeating: -1)
    /// Per known key: its value node's index, or -1 when absent or null.
    var values = SIMD16<Int32>(repeating: -1)
    var at: SourceLocation
    var context: BilingualText
    /// Known keys written misspelt (reported as unknown keys), with the value written (a null
    /// value too): the first non-null one when the key is misspelt several times.
    var misspelt: [String: LocatedNode] = [:]

    init(doc: YAMLDocument, table: KeyTable, at: SourceLocation, context: BilingualText) {
        self.doc = doc
        self.table = table
        self.at = at
        self.context = context
    }

    /// The value of `key`, when present and not null.
    subscript(_ key: String) -> LocatedNode? {
        guard let s = table.slot(named: key), values[s] >= 0 else { return nil }
        return LocatedNode(index: values[s])
    }

    /// The value of the key in `slot` of the table, when present and not null (no name lookup).
    subscript(slot s: Int) -> LocatedNode? {
        values[s] >= 0 ? LocatedNode(index: values[s]) : nil
    }

    /// Where `key` is written, when it is.
    func keyAt(_ key: String) -> SourceLocation? {
        guard let s = table.slot(named: key), keyNodes[s] >= 0 else { return nil }
        return doc.at(LocatedNode(index: keyNodes[s]))
    }
}

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
    /// Per key: its length and its first 16 bytes packed into two words (zero past the end),
    /// so a key of up to 16 bytes is found by comparing integers.
    private let packed: [Packed]

    struct Packed: Sendable {
        var length: Int
        var low: UInt64
        var high: UInt64
    }

    /// At most 16 keys, the inline capacity of `Fields`.
    init(_ names: [String]) {
        precondition(names.count <= 16, "a key table holds at most 16 keys")
        self.names = names
        bytes = names.map { Array($0.utf8) }
        lengths = bytes.map(\.count)
        packed = bytes.map { b in b.withUnsafeBufferPointer { Self.pack($0) } }
    }

    /// The first 16 bytes of `key` as two little-endian words, zero past its end.
    @inline(__always)
    static func pack(_ key: UnsafeBufferPointer<UInt8>) -> Packed {
        var words: (UInt64, UInt64) = (0, 0)
        if let base = key.baseAddress {
            withUnsafeMutableBytes(of: &words) { $0.baseAddress!.copyMemory(from: base, byteCount: min(key.count, 16)) }
        }
        return Packed(length: key.count, low: UInt64(littleEndian: words.0), high: UInt64(littleEndian: words.1))
    }

    /// The position of the key spelt by `key`, if it is one of these.
    @inline(__always)
    func slot(of key: UnsafeBufferPointer<UInt8>) -> Int? {
        guard key.count > 0 else { return lengths.firstIndex(of: 0) }
        let p = Self.pack(key)
        return packed.withUnsafeBufferPointer { table in
            for i in 0..<table.count where table[i].length == p.length && table[i].low == p.low && table[i].high == p.high {
                // Longer than 16 bytes: the rest must match too.
                if p.length <= 16 || bytes[i].withUnsafeBufferPointer({ memcmp($0.baseAddress!, key.baseAddress!, key.count) == 0 }) {
                    return i
                }
            }
            return nil
        }
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
    // Not retained: a mapping's fields are read while the reader holds the document, and key
    // tables live as long as the program (a retain and a release for each of a plan's
    // mappings otherwise).
    unowned(unsafe) let doc: YAMLDocument
    unowned(unsafe) let table: KeyTable
    /// Per known key: its key node's index, or -1 when absent.
    var keyNodes = InlineArray<16, Int32>(repeating: -1)
    /// Per known key: its value node's index, or -1 when absent or null.
    var values = InlineArray<16, Int32>(repeating: -1)
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

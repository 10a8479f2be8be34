/// A YAML document held flat: every node in one array, every scalar's bytes in one buffer.
///
/// Nodes are numbered in the order they start (the root is node 0), so reading a plan
/// allocates a handful of arrays instead of one object per node. Immutable once read.
// Unchecked: its buffers are written only by the reader, before the document exists, and only
// read after.
final class YAMLDocument: @unchecked Sendable {
    /// What a node is.
    enum Kind: UInt8, Sendable {
        case scalar, list, map
    }

    struct Node: Sendable {
        var kind: Kind
        /// True for plain (unquoted, non-block) scalars, the only ones that can mean null.
        var isPlain: Bool
        var line: Int32
        var column: Int32
        /// Scalar: offset of its bytes in `text`. List or map: offset of its children in `children`.
        var start: Int32
        /// Scalar: byte length. List: item count. Map: entry count (children holds key, value pairs).
        var count: Int32
    }

    /// The file the document was read from.
    let file: String
    /// Its name as the document's locations hold it (looked up once).
    let name: FileName
    // The reader's buffers, owned from here on (freed with the document): reading a field is
    // then a load, with no array to retain or bounds to check. Indices come from the reader,
    // which made them within these buffers.
    private let nodes: UnsafeMutableBufferPointer<Node>
    private let children: UnsafeMutableBufferPointer<Int32>
    private let bytes: UnsafeMutableBufferPointer<UInt8>

    /// A document over buffers allocated by `UnsafeMutablePointer.allocate`; it owns them.
    init(file: String, nodes: UnsafeMutableBufferPointer<Node>, children: UnsafeMutableBufferPointer<Int32>,
         bytes: UnsafeMutableBufferPointer<UInt8>) {
        self.file = file
        self.name = FileName.named(file)
        self.nodes = nodes
        self.children = children
        self.bytes = bytes
    }

    deinit {
        nodes.baseAddress?.deallocate()
        children.baseAddress?.deallocate()
        bytes.baseAddress?.deallocate()
    }

    /// The top-level node.
    var root: LocatedNode { LocatedNode(index: 0) }

    /// What `node` is.
    func kind(_ node: LocatedNode) -> Kind { nodes[node.i].kind }

    /// Where `node` starts.
    func at(_ node: LocatedNode) -> SourceLocation {
        let n = nodes[node.i]
        return SourceLocation(name: name, line: Int(n.line), column: Int(n.column))
    }

    /// A scalar's text; the replacement character for a list or mapping.
    func text(_ node: LocatedNode) -> String {
        let n = nodes[node.i]
        guard n.kind == .scalar else { return "\u{FFFD}" }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[Int(n.start)..<Int(n.start + n.count)]), as: UTF8.self)
    }

    /// A scalar's bytes, for comparisons that need no `String`.
    func withBytes<R>(_ node: LocatedNode, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let n = nodes[node.i]
        return body(UnsafeBufferPointer(rebasing: bytes[Int(n.start)..<Int(n.start + n.count)]))
    }

    /// True for an empty plain value, `~` or `null`: the field counts as absent.
    func isNull(_ node: LocatedNode) -> Bool {
        let n = nodes[node.i]
        guard n.kind == .scalar, n.isPlain else { return false }
        return withBytes(node) { b in
            switch b.count {
            case 0: return true
            case 1: return b[0] == UInt8(ascii: "~")
            case 4:
                // `null`, `Null` or `NULL`, compared as one word.
                let word = UInt32(b[0]) | UInt32(b[1]) << 8 | UInt32(b[2]) << 16 | UInt32(b[3]) << 24
                return Self.nullWords.contains(word)
            default: return false
            }
        }
    }

    /// `null`, `Null` and `NULL` as little-endian words of their four bytes.
    static let nullWords: [UInt32] = ["null", "Null", "NULL"].map { spelling in
        spelling.utf8.enumerated().reduce(0) { $0 | UInt32($1.element) << (8 * UInt32($1.offset)) }
    }

    /// Number of items of a list or entries of a mapping; 0 for a scalar.
    func count(_ node: LocatedNode) -> Int { nodes[node.i].kind == .scalar ? 0 : Int(nodes[node.i].count) }

    /// The key and value of entry `k` of a mapping.
    func entry(_ node: LocatedNode, _ k: Int) -> (key: LocatedNode, value: LocatedNode) {
        let base = Int(nodes[node.i].start) + 2 * k
        return (LocatedNode(index: children[base]), LocatedNode(index: children[base + 1]))
    }

    /// Item `k` of a list.
    func item(_ node: LocatedNode, _ k: Int) -> LocatedNode {
        LocatedNode(index: children[Int(nodes[node.i].start) + k])
    }
}

/// A node of a `YAMLDocument`: an index, read through the document.
struct LocatedNode: Sendable, Hashable {
    let index: Int32
    var i: Int { Int(index) }
}

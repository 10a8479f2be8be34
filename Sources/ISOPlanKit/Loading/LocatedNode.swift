/// A YAML document held flat: every node in one array, every scalar's bytes in one buffer.
///
/// Nodes are numbered in the order they start (the root is node 0), so reading a plan
/// allocates a handful of arrays instead of one object per node. Immutable once read.
final class YAMLDocument: Sendable {
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
    let nodes: [Node]
    let children: [Int32]
    let text: [UInt8]

    init(file: String, nodes: [Node], children: [Int32], text: [UInt8]) {
        self.file = file
        self.nodes = nodes
        self.children = children
        self.text = text
    }

    /// The top-level node.
    var root: LocatedNode { LocatedNode(index: 0) }

    /// What `node` is.
    func kind(_ node: LocatedNode) -> Kind { nodes[node.i].kind }

    /// Where `node` starts.
    func at(_ node: LocatedNode) -> SourceLocation {
        let n = nodes[node.i]
        return SourceLocation(file: file, line: Int(n.line), column: Int(n.column))
    }

    /// A scalar's text; the replacement character for a list or mapping.
    func text(_ node: LocatedNode) -> String {
        let n = nodes[node.i]
        guard n.kind == .scalar else { return "\u{FFFD}" }
        return text.withUnsafeBufferPointer { buf in
            String(decoding: UnsafeBufferPointer(rebasing: buf[Int(n.start)..<Int(n.start + n.count)]), as: UTF8.self)
        }
    }

    /// A scalar's bytes, for comparisons that need no `String`.
    func withBytes<R>(_ node: LocatedNode, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let n = nodes[node.i]
        return text.withUnsafeBufferPointer { buf in
            body(UnsafeBufferPointer(rebasing: buf[Int(n.start)..<Int(n.start + n.count)]))
        }
    }

    /// True for an empty plain value, `~` or `null`: the field counts as absent.
    func isNull(_ node: LocatedNode) -> Bool {
        let n = nodes[node.i]
        guard n.kind == .scalar, n.isPlain else { return false }
        return withBytes(node) { b in
            switch b.count {
            case 0: return true
            case 1: return b[0] == UInt8(ascii: "~")
            case 4: return Self.nullSpellings.contains { $0.elementsEqual(b) }
            default: return false
            }
        }
    }

    static let nullSpellings: [[UInt8]] = ["null", "Null", "NULL"].map { Array($0.utf8) }

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

import CLibYAML

/// Reads YAML text into a located node tree through libyaml's event parser.
///
/// The reader refuses what plans have no use for (aliases, several documents, deep
/// nesting, huge files) with a diagnostic, so hostile input costs little.
public struct YAMLReader: Sendable {
    /// Files larger than this are refused before parsing.
    public static let maxFileSize = 1 << 20
    /// Deepest nesting of lists and mappings accepted (plans need fewer than 10).
    public static let maxDepth = 32

    public init() {}

    /// The root node of the single document in `bytes` (nil when there is none or the
    /// text is broken), and the problems found.
    public func read(_ bytes: [UInt8], file: String) -> (root: LocatedNode?, diagnostics: [Diagnostic]) {
        if bytes.count > Self.maxFileSize {
            return (nil, [.fileTooLarge(file: file, size: bytes.count, limit: Self.maxFileSize)])
        }
        return bytes.withUnsafeBufferPointer { buf in
            var builder = TreeBuilder(file: file)
            builder.run(buf)
            return (builder.root, builder.diagnostics)
        }
    }
}

/// Turns libyaml events into a `LocatedNode` tree.
private struct TreeBuilder {
    enum Frame {
        case list([LocatedNode], SourceLocation)
        case map([LocatedNode.MapEntry], SourceLocation, pendingKey: (String, SourceLocation)?)
    }

    let file: String
    var stack: [Frame] = []
    var root: LocatedNode?
    var diagnostics: [Diagnostic] = []
    var documents = 0

    init(file: String) { self.file = file }

    func location(_ mark: yaml_mark_t) -> SourceLocation {
        SourceLocation(file: file, line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }

    mutating func run(_ buf: UnsafeBufferPointer<UInt8>) {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            diagnostics.append(.yamlSyntax("the YAML parser could not start", at: SourceLocation(file: file, line: 1, column: 1)))
            return
        }
        defer { yaml_parser_delete(&parser) }
        let base = buf.baseAddress ?? UnsafePointer(bitPattern: 1)!
        yaml_parser_set_input_string(&parser, base, buf.count)
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else {
                reportParserError(parser)
                return
            }
            let keepGoing = handle(&event)
            let done = event.type == YAML_STREAM_END_EVENT
            yaml_event_delete(&event)
            if !keepGoing || done { break }
        }
        if documents == 0 && diagnostics.isEmpty {
            diagnostics.append(.emptyFile(file: file))
        }
    }

    mutating func reportParserError(_ parser: yaml_parser_t) {
        let problem = parser.problem.map { String(cString: $0) } ?? "unreadable YAML"
        var message = problem
        if let ctx = parser.context {
            message += " " + String(cString: ctx)
        }
        let mark = parser.problem_mark
        var at = location(mark)
        if parser.error == YAML_READER_ERROR {
            // The reader reports a byte offset, not a line: count lines up to it.
            at = SourceLocation(file: file, line: 1, column: 1)
            at.column = Int(parser.problem_offset) + 1
            if let text = parser.input.string.start {
                var line = 1, col = 1
                let end = min(Int(parser.problem_offset), parser.input.string.end - text)
                for i in 0..<end {
                    if text[i] == 10 { line += 1; col = 1 } else if text[i] & 0xC0 != 0x80 { col += 1 }
                }
                at.line = line
                at.column = col
            }
            if parser.problem_value != -1 && problem.contains("control") {
                message += hexCodePoint(parser.problem_value)
            }
        }
        diagnostics.append(.yamlSyntax(message, at: at))
    }

    /// Handles one event; false stops the parse.
    mutating func handle(_ event: inout yaml_event_t) -> Bool {
        let at = location(event.start_mark)
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            if documents > 1 {
                diagnostics.append(.multipleDocuments(at: at))
                return false
            }
        case YAML_ALIAS_EVENT:
            diagnostics.append(.yamlAlias(at: at))
            return false
        case YAML_SCALAR_EVENT:
            if event.data.scalar.anchor != nil { diagnostics.append(.yamlAnchor(at: at)) }
            let s = event.data.scalar
            let text = s.value.map { String(decoding: UnsafeBufferPointer(start: $0, count: s.length), as: UTF8.self) } ?? ""
            add(.scalar(.init(text: text, isPlain: s.style == YAML_PLAIN_SCALAR_STYLE, at: at)), at: at)
        case YAML_SEQUENCE_START_EVENT:
            if event.data.sequence_start.anchor != nil { diagnostics.append(.yamlAnchor(at: at)) }
            guard stack.count < YAMLReader.maxDepth else {
                diagnostics.append(.tooDeep(at: at, limit: YAMLReader.maxDepth))
                return false
            }
            stack.append(.list([], at))
        case YAML_MAPPING_START_EVENT:
            if event.data.mapping_start.anchor != nil { diagnostics.append(.yamlAnchor(at: at)) }
            guard stack.count < YAMLReader.maxDepth else {
                diagnostics.append(.tooDeep(at: at, limit: YAMLReader.maxDepth))
                return false
            }
            stack.append(.map([], at, pendingKey: nil))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            guard let frame = stack.popLast() else { return false }
            switch frame {
            case .list(let items, let start): add(.list(items, at: start), at: start)
            case .map(let entries, let start, _): add(.map(entries, at: start), at: start)
            }
        default:
            break
        }
        return true
    }

    /// Attaches a finished node to its parent (or makes it the root).
    mutating func add(_ node: LocatedNode, at: SourceLocation) {
        guard let top = stack.popLast() else {
            root = node
            return
        }
        switch top {
        case .list(var items, let start):
            items.append(node)
            stack.append(.list(items, start))
        case .map(var entries, let start, let pending):
            if let (key, keyAt) = pending {
                entries.append(.init(key: key, keyAt: keyAt, value: node))
                stack.append(.map(entries, start, pendingKey: nil))
            } else {
                let key: String
                switch node {
                case .scalar(let s): key = s.text
                default:
                    diagnostics.append(.complexKey(at: at))
                    key = "\u{FFFD}"
                }
                stack.append(.map(entries, start, pendingKey: (key, at)))
            }
        }
    }
}

private func hexCodePoint(_ v: Int32) -> String {
    let hex = String(v, radix: 16, uppercase: true)
    return " (U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ")"
}

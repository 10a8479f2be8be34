import CLibYAML

/// Reads YAML text into a flat, located document through libyaml's event parser.
///
/// The reader refuses what plans have no use for (aliases, several documents, deep
/// nesting, huge files) with a diagnostic, so hostile input costs little.
struct YAMLReader: Sendable {
    /// Files larger than this are refused before parsing.
    static let maxFileSize = 1 << 20
    /// Deepest nesting of lists and mappings accepted (plans need fewer than 10).
    static let maxDepth = 32

    init() {}

    /// The single document in `bytes` (nil when there is none or the text is broken), and the
    /// problems found.
    func read(_ bytes: [UInt8], file: String) -> (document: YAMLDocument?, diagnostics: [Diagnostic]) {
        if bytes.count > Self.maxFileSize {
            return (nil, [.fileTooLarge(file: file, size: bytes.count, limit: Self.maxFileSize)])
        }
        return bytes.withUnsafeBufferPointer { buf in
            var builder = DocumentBuilder(file: file, size: buf.count)
            defer { builder.release() }
            builder.run(buf)
            return (builder.takeDocument(), builder.diagnostics)
        }
    }
}

/// Turns libyaml events into a `YAMLDocument`.
private struct DocumentBuilder {
    let file: String
    // Plain growable buffers, not arrays: an event costs a few stores instead of the
    // uniqueness and capacity checks of several `Array.append`s (about 200 instructions an
    // event before). `release` frees them.
    var nodes: GrowableBuffer<YAMLDocument.Node>
    var children: GrowableBuffer<Int32>
    var text: GrowableBuffer<UInt8>
    /// Open lists and mappings: their node and where their children start in `pending`.
    var open: GrowableBuffer<OpenContainer>
    /// Children of the open containers, innermost last.
    var pending: GrowableBuffer<Int32>
    var rootDone = false
    var diagnostics: [Diagnostic] = []
    var documents = 0

    struct OpenContainer {
        var node: Int32
        var first: Int
    }

    init(file: String, size: Int) {
        self.file = file
        nodes = GrowableBuffer(capacity: size / 12 + 8)
        children = GrowableBuffer(capacity: size / 12 + 8)
        text = GrowableBuffer(capacity: size)
        open = GrowableBuffer(capacity: YAMLReader.maxDepth + 1)
        pending = GrowableBuffer(capacity: 64)
    }

    /// Frees the buffers the document did not take.
    func release() {
        if !handedOver { nodes.release(); children.release(); text.release() }
        open.release(); pending.release()
    }

    /// True once `takeDocument` gave the node, children and text buffers to a document.
    private var handedOver = false

    /// The document read, owning the buffers from now on; nil when there is none.
    mutating func takeDocument() -> YAMLDocument? {
        guard rootDone, !handedOver else { return nil }
        handedOver = true
        return YAMLDocument(file: file, nodes: nodes.buffer, children: children.buffer, bytes: text.buffer)
    }

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
                reportParserError(parser, text: buf)
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

    mutating func reportParserError(_ parser: yaml_parser_t, text buf: UnsafeBufferPointer<UInt8>) {
        let problem = parser.problem.map { String(cString: $0) } ?? "unreadable YAML"
        let context = parser.context.map { String(cString: $0) }
        guard parser.error == YAML_READER_ERROR else {
            let mistake = YAMLMistake(file: file, text: String(decoding: buf, as: UTF8.self))
            diagnostics.append(mistake.diagnose(problem: problem, at: location(parser.problem_mark),
                                                context: context, contextMark: location(parser.context_mark)))
            return
        }
        // The reader reports a byte offset, not a line: count lines up to it.
        var line = 1, col = 1
        let end = min(Int(parser.problem_offset), buf.count)
        for i in 0..<end {
            if buf[i] == 10 { line += 1; col = 1 } else if buf[i] & 0xC0 != 0x80 { col += 1 }
        }
        let code = parser.problem_value != -1 && problem.contains("control") ? hexCodePoint(parser.problem_value) : ""
        diagnostics.append(.yamlNotText(problem, code: code, at: SourceLocation(file: file, line: line, column: col)))
    }

    /// Handles one event; false stops the parse.
    mutating func handle(_ event: inout yaml_event_t) -> Bool {
        let line = Int32(truncatingIfNeeded: event.start_mark.line) + 1
        let column = Int32(truncatingIfNeeded: event.start_mark.column) + 1
        switch event.type {
        case YAML_SCALAR_EVENT:
            if event.data.scalar.anchor != nil { diagnostics.append(.yamlAnchor(at: location(event.start_mark))) }
            let start = Int32(truncatingIfNeeded: text.count)
            let length = event.data.scalar.length
            if length > 0, let value = event.data.scalar.value {
                text.append(contentsOf: value, count: length)
            }
            let id = Int32(truncatingIfNeeded: nodes.count)
            nodes.append(.init(kind: .scalar, isPlain: event.data.scalar.style == YAML_PLAIN_SCALAR_STYLE,
                               line: line, column: column, start: start,
                               count: Int32(truncatingIfNeeded: text.count) - start))
            attach(id, line: line, column: column)
        case YAML_SEQUENCE_START_EVENT:
            if event.data.sequence_start.anchor != nil { diagnostics.append(.yamlAnchor(at: location(event.start_mark))) }
            return openContainer(.list, line: line, column: column)
        case YAML_MAPPING_START_EVENT:
            if event.data.mapping_start.anchor != nil { diagnostics.append(.yamlAnchor(at: location(event.start_mark))) }
            return openContainer(.map, line: line, column: column)
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            return closeContainer()
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            if documents > 1 {
                diagnostics.append(.multipleDocuments(at: location(event.start_mark)))
                return false
            }
        case YAML_ALIAS_EVENT:
            diagnostics.append(.yamlAlias(at: location(event.start_mark)))
            return false
        default:
            break
        }
        return true
    }

    mutating func openContainer(_ kind: YAMLDocument.Kind, line: Int32, column: Int32) -> Bool {
        guard open.count < YAMLReader.maxDepth else {
            diagnostics.append(.tooDeep(at: SourceLocation(file: file, line: Int(line), column: Int(column)),
                                        limit: YAMLReader.maxDepth))
            return false
        }
        open.append(OpenContainer(node: Int32(truncatingIfNeeded: nodes.count), first: pending.count))
        nodes.append(.init(kind: kind, isPlain: false, line: line, column: column, start: 0, count: 0))
        return true
    }

    mutating func closeContainer() -> Bool {
        guard let top = open.popLast() else { return false }
        let id = top.node, first = top.first
        let n = pending.count - first
        let node = Int(id)
        nodes[node].start = Int32(truncatingIfNeeded: children.count)
        nodes[node].count = Int32(truncatingIfNeeded: nodes[node].kind == .map ? n / 2 : n)
        children.append(contentsOf: pending.base + first, count: n)
        pending.removeLast(n)
        attach(id, line: nodes[node].line, column: nodes[node].column)
        return true
    }

    /// Attaches a finished node to the open container (or makes it the root); a mapping key
    /// that is a list or mapping is reported at its start.
    @inline(__always)
    mutating func attach(_ id: Int32, line: Int32, column: Int32) {
        guard let top = open.last else {
            rootDone = true
            return
        }
        if (pending.count - top.first) & 1 == 0, nodes[Int(id)].kind != .scalar, nodes[Int(top.node)].kind == .map {
            diagnostics.append(.complexKey(at: SourceLocation(file: file, line: Int(line), column: Int(column))))
        }
        pending.append(id)
    }
}

/// A plain growable buffer of plain values (appending is a store, or one `memcpy` for several),
/// copied once into an array at the end. The owner calls `release`.
struct GrowableBuffer<Element: BitwiseCopyable> {
    private(set) var base: UnsafeMutablePointer<Element>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    private mutating func reserve(_ n: Int) {
        guard count + n > capacity else { return }
        let grown = max(capacity * 2, count + n)
        let new = UnsafeMutablePointer<Element>.allocate(capacity: grown)
        new.initialize(from: base, count: count)
        base.deallocate()
        base = new
        capacity = grown
    }

    @inline(__always)
    mutating func append(_ element: Element) {
        if count == capacity { reserve(1) }
        (base + count).initialize(to: element)
        count += 1
    }

    mutating func append(contentsOf elements: UnsafePointer<Element>, count n: Int) {
        reserve(n)
        (base + count).initialize(from: elements, count: n)
        count += n
    }

    subscript(i: Int) -> Element {
        get {
            precondition(i >= 0 && i < count, "index out of range")
            return base[i]
        }
        set {
            precondition(i >= 0 && i < count, "index out of range")
            base[i] = newValue
        }
    }

    var last: Element? { count > 0 ? base[count - 1] : nil }

    mutating func popLast() -> Element? {
        guard count > 0 else { return nil }
        count -= 1
        return base[count]
    }

    mutating func removeLast(_ n: Int) {
        precondition(n >= 0 && n <= count, "removing more than there is")
        count -= n
    }

    /// The elements so far, in the buffer itself (whoever keeps it frees it).
    var buffer: UnsafeMutableBufferPointer<Element> { UnsafeMutableBufferPointer(start: base, count: count) }

    /// Frees the buffer; the value is not used after.
    func release() { base.deallocate() }
}

private func hexCodePoint(_ v: Int32) -> String {
    let hex = String(v, radix: 16, uppercase: true)
    return " (U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ")"
}

#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// One group of `check`'s diagnostics (`CheckedFile`) rendered in a format.
public struct CheckPiece: Sendable {
    /// The plan file of the group; empty for problems with the paths.
    public var file: String
    public var bytes: [UInt8]
    /// Where in `bytes` the plan's rejection goes, should another plan use its agency id;
    /// nil when the file has no agency id.
    public var split: Int?
}

/// `check`'s output in any format, a group of diagnostics at a time: `head`, the groups'
/// pieces in output order (each plan's rejection, if any, at its piece's `split`), then `tail`
/// — through `finish`, which fills in what only the end knows (SARIF's rule indices). The
/// bytes are those of `CheckFormat.render` on the whole report (`CheckOutput` puts them
/// together).
public struct CheckStreamRenderer: Sendable {
    public let format: CheckFormat
    public let style: TextStyle
    public let language: Language

    public init(format: CheckFormat, color: Bool = false, language: Language = .en) {
        self.format = format
        self.style = TextStyle(enabled: color && format == .text)
        self.language = language
    }

    /// Bytes every item of a list starts with that the document's first item leaves out
    /// (`,` and a newline between two JSON objects).
    public var leadingSeparator: Int { format == .json || format == .sarif ? 2 : 0 }

    /// A group's diagnostics.
    public func piece(_ group: CheckedFile) -> CheckPiece {
        var w = JSONText.Writer(capacity: group.diagnostics.count * (format == .sarif ? 640 : 200))
        var split: Int?
        for (i, d) in group.diagnostics.enumerated() {
            if i == group.rejectionIndex { split = w.bytes.count }
            write(d, into: &w)
        }
        if group.rejectionIndex != nil && split == nil { split = w.bytes.count }
        return CheckPiece(file: group.file, bytes: w.bytes, split: split)
    }

    /// One diagnostic alone (a rejection, inserted into its file's piece).
    public func item(_ d: Diagnostic) -> [UInt8] {
        var w = JSONText.Writer(capacity: 512)
        write(d, into: &w)
        return w.bytes
    }

    private func write(_ d: Diagnostic, into w: inout JSONText.Writer) {
        switch format {
        case .text: CheckTextRenderer.write(d, style: style, language: language, into: &w.bytes)
        case .github: w.bytes.append(contentsOf: CheckGitHubRenderer.command(d, language: language).utf8)
        case .json: CheckJSONRenderer.item(d, language: language, into: &w)
        case .sarif: CheckSARIFRenderer.result(d, language: language, into: &w)
        }
    }

    /// What comes before the first item.
    public var head: [UInt8] { document(CheckTotals()).head }

    /// The end of what is written once every group is known: the counts and the rules.
    public struct Ending: Sendable {
        public var tail: [UInt8]
        /// Index of each rule in SARIF's list of the rules that fired.
        var ruleIndex: [String: [UInt8]] = [:]
    }

    public func ending(_ totals: CheckTotals) -> Ending {
        var ending = Ending(tail: document(totals).tail)
        if format == .sarif {
            for (i, rule) in totals.rules.sorted().enumerated() { ending.ruleIndex[rule.raw] = Array(String(i).utf8) }
        }
        return ending
    }

    /// Stored piece bytes as they are written: SARIF's rule marks replaced by the rules' indices.
    public func finish(_ bytes: [UInt8], _ ending: Ending) -> [UInt8] {
        guard format == .sarif else { return bytes }
        return bytes.withUnsafeBufferPointer { b -> [UInt8] in
            guard let base = b.baseAddress else { return bytes }
            func nul(from i: Int) -> Int? {
                guard i < b.count, let p = memchr(base + i, 0, b.count - i) else { return nil }
                return UnsafeRawPointer(p).assumingMemoryBound(to: UInt8.self) - base
            }
            guard var at = nul(from: 0) else { return bytes }
            var out: [UInt8] = []
            out.reserveCapacity(b.count)
            var start = 0
            while let end = nul(from: at + 1) {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: b[start..<at]))
                let rule = String(decoding: UnsafeBufferPointer(rebasing: b[(at + 1)..<end]), as: UTF8.self)
                out += ending.ruleIndex[rule] ?? [0x30]
                start = end + 1
                guard let next = nul(from: start) else { break }
                at = next
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: b[start...]))
            return out
        }
    }

    /// The document's head and tail around the items, split out of the all-at-once rendering
    /// of a report with the same counts and no diagnostic.
    private func document(_ totals: CheckTotals) -> (head: [UInt8], tail: [UInt8]) {
        switch format {
        case .text, .github:
            let summary = CheckTextRenderer.summary(files: totals.files, errors: totals.errors,
                                                    warnings: totals.warnings, language: language)
            return ([], Array((summary + "\n").utf8))
        case .json:
            let doc = CheckJSONRenderer.Doc(files: totals.files, errors: totals.errors, warnings: totals.warnings,
                                            diagnostics: [])
            return split(JSONOutput.encode(doc), at: "\"diagnostics\" : [")
        case .sarif:
            let rules = totals.rules.sorted().map { CheckSARIFRenderer.rule($0, language: language) }
            let log = CheckSARIFRenderer.Log(runs: [.init(tool: .init(driver: .init(rules: rules)), results: [])])
            return split(JSONOutput.encode(log), at: "\"results\" : [")
        }
    }

    /// An empty list `key [`, a newline, a newline, its end: the head up to the first newline,
    /// the tail from the second.
    private func split(_ text: String, at key: String) -> (head: [UInt8], tail: [UInt8]) {
        let bytes = Array(text.utf8), mark = Array(key.utf8)
        var i = 0
        while i + mark.count <= bytes.count, !bytes[i..<(i + mark.count)].elementsEqual(mark) { i += 1 }
        let cut = i + mark.count + 1
        return (Array(bytes[..<cut]), Array(bytes[cut...]))
    }
}

/// Where streamed pieces wait until the end (a temporary file, or memory).
public protocol CheckPieceStore: AnyObject {
    /// Stores bytes; returns where they are, or nil when they could not be stored.
    func append(_ bytes: [UInt8]) -> (offset: Int, count: Int)?
    /// Bytes stored earlier; nil when they could not be read back.
    func read(offset: Int, count: Int) -> [UInt8]?
    /// Stores what is still held back after the last `append`; false when that failed (as
    /// an `append` that returned nil).
    func finishWriting() -> Bool
}

extension CheckPieceStore {
    public func finishWriting() -> Bool { true }
}

/// A store in memory, for when there is no temporary file.
public final class MemoryPieceStore: CheckPieceStore {
    private var bytes: [UInt8] = []
    public init() {}
    public func append(_ more: [UInt8]) -> (offset: Int, count: Int)? {
        defer { bytes += more }
        return (bytes.count, more.count)
    }
    public func read(offset: Int, count: Int) -> [UInt8]? { Array(bytes[offset..<(offset + count)]) }
}

/// Puts a streamed `check`'s output together: each piece goes to the store as it comes, with a
/// small record of where it is; at the end the document is written in order with every
/// rejection at its place. Memory holds the records (one per file), not the diagnostics.
public struct CheckOutput {
    public let renderer: CheckStreamRenderer
    private struct Record {
        var file: String
        var offset: Int
        var count: Int
        var split: Int?
    }
    private var records: [Record] = []
    /// True when the store refused a piece: the output cannot be written this way.
    public private(set) var failed = false

    public init(_ renderer: CheckStreamRenderer) { self.renderer = renderer }

    /// Stores a piece (an empty one only when a rejection may go into it).
    public mutating func store(_ piece: CheckPiece, in store: some CheckPieceStore) {
        guard !failed, !piece.bytes.isEmpty || piece.split != nil else { return }
        guard let at = store.append(piece.bytes) else { failed = true; return }
        records.append(Record(file: piece.file, offset: at.offset, count: at.count, split: piece.split))
    }

    /// Writes the document through `write` (false when it failed); false when a write or a
    /// read failed.
    public func write(_ outcome: CheckStream.Outcome, from store: some CheckPieceStore,
                      to write: ([UInt8]) -> Bool) -> Bool {
        guard !failed else { return false }
        let ending = renderer.ending(outcome.totals)
        let drop = renderer.leadingSeparator
        var started = false
        func item(_ bytes: ArraySlice<UInt8>) -> Bool {
            guard !bytes.isEmpty else { return true }
            let out = renderer.finish(Array(started ? bytes : bytes.dropFirst(drop)), ending)
            started = true
            return write(out)
        }
        guard write(renderer.head) else { return false }
        for r in records {
            guard let bytes = store.read(offset: r.offset, count: r.count) else { return false }
            if let split = r.split, let rejection = outcome.rejected[r.file] {
                guard item(bytes[..<split]), item(renderer.item(rejection)[...]), item(bytes[split...]) else { return false }
            } else {
                guard item(bytes[...]) else { return false }
            }
        }
        return write(ending.tail)
    }
}

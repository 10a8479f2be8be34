import Foundation

/// A position in a plan file: 1-based line and column.
///
/// Every value read from a plan carries one, so a location is kept free of reference counts:
/// it points to its file's `FileName`, made once per path and kept for the whole run, without
/// retaining it. Copying or dropping a location is then a plain copy of three words (with the
/// path held as a `String`, each copy and each release of a plan's hundreds of values was an
/// atomic reference count on the shared path).
public struct SourceLocation: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The file's name; never released (`FileName.named` keeps every name made).
    unowned(unsafe) var name: FileName
    public var line: Int
    public var column: Int

    /// The file's path, as it was given.
    public var file: String {
        get { name.path }
        set { name = FileName.named(newValue) }
    }

    public init(file: String, line: Int, column: Int) {
        self.init(name: FileName.named(file), line: line, column: column)
    }

    init(name: FileName, line: Int, column: Int) {
        self.name = name
        self.line = line
        self.column = column
    }

    /// `file:line:column`.
    public var description: String { "\(file):\(line):\(column)" }

    /// Equal files (as `String`s are equal), lines and columns.
    public static func == (a: SourceLocation, b: SourceLocation) -> Bool {
        a.line == b.line && a.column == b.column && (a.name === b.name || a.name.path == b.name.path)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(name.path)
        hasher.combine(line)
        hasher.combine(column)
    }

    /// By file, then line, then column.
    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        if a.name !== b.name {
            if a.name.path < b.name.path { return true }
            if b.name.path < a.name.path { return false }
        }
        return (a.line, a.column) < (b.line, b.column)
    }

    /// True when both locations are in the file of the same spelling (no string comparison
    /// when they come from the same read).
    func isInSameFile(as other: SourceLocation) -> Bool {
        name === other.name || name.path == other.name.path
    }
}

/// A file's path as locations refer to it: one object per distinct spelling of a path, made
/// on first use and kept until the process ends, so locations may point to it unretained.
/// (A run names each of its files once; the table grows with the files read, like the list of
/// files itself.)
final class FileName: Sendable {
    let path: String

    private init(_ path: String) { self.path = path }

    private static let lock = NSLock()
    /// Every name made, by the bytes of its path (two spellings that `String` deems equal
    /// are still two files).
    nonisolated(unsafe) private static var made: [[UInt8]: FileName] = [:]

    /// The name for `path`, made the first time it is asked for.
    static func named(_ path: String) -> FileName {
        let key = Array(path.utf8)
        lock.lock()
        defer { lock.unlock() }
        if let name = made[key] { return name }
        let name = FileName(path)
        made[key] = name
        return name
    }
}

/// A value read from a plan, with where it was written.
public struct Located<Value: Sendable>: Sendable {
    public var value: Value
    public var at: SourceLocation

    public init(_ value: Value, at: SourceLocation) {
        self.value = value
        self.at = at
    }
}

extension Located: Equatable where Value: Equatable {}
extension Located: Hashable where Value: Hashable {}

/// A location reflects (`dump`, debuggers) as its file's path, line and column — not as the
/// shared `FileName` object it points to — so dumps of the model read, and compare, as text.
extension SourceLocation: CustomReflectable {
    public var customMirror: Mirror {
        Mirror(self, children: ["file": file, "line": line, "column": column], displayStyle: .struct)
    }
}

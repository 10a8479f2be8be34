@testable import ISOPlanKit

/// Files held in memory, for tests that run discovery and loading without a disk.
struct MemoryFileSource: FileSource {
    var files: [String: [UInt8]]

    init(_ files: [String: String]) {
        self.files = files.mapValues { Array($0.utf8) }
    }

    func kind(of path: String) -> FileKind {
        if files[path] != nil { return .file }
        let prefix = path == "." || path.isEmpty ? "" : path + "/"
        return files.keys.contains { $0.hasPrefix(prefix) } ? .folder : .missing
    }

    func entries(of folder: String) -> [String]? {
        let prefix = folder == "." || folder.isEmpty ? "" : folder + "/"
        let names = files.keys.filter { $0.hasPrefix(prefix) }
            .compactMap { $0.dropFirst(prefix.count).split(separator: "/").first.map(String.init) }
        return Array(Set(names))
    }

    func read(_ path: String, limit: Int) -> FileRead {
        guard let b = files[path] else { return .failed("No such file or directory") }
        return b.count > limit ? .tooLarge(b.count) : .bytes(b)
    }
}

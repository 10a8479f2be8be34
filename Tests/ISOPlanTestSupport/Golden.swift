import Foundation
import Testing

/// Golden-file comparison: output is compared with a committed file below a test target's
/// `Golden/` folder, one folder per product (`timeline/`, `risk/`, `checklist/`, …).
///
/// `RECORD_GOLDEN=1 swift test` rewrites the files instead (creating folders as needed) and
/// records an issue, so that a recording run never passes by accident; review the rewritten
/// files with `git diff`.
struct Golden: Sendable {
    /// The folder the names are relative to.
    let folder: URL

    /// `Tests/ISOPlanKitTests/Golden`: the library's renderers.
    static let kit = Golden(folder: PackageRoot.url.appendingPathComponent("Tests/ISOPlanKitTests/Golden"))
    /// `Tests/ISOPlanCLITests/Golden`: whole commands run end to end.
    static let cli = Golden(folder: PackageRoot.url.appendingPathComponent("Tests/ISOPlanCLITests/Golden"))

    static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" }

    /// The committed golden file `name` (a path below the folder).
    func contents(_ name: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }

    /// Checks that `actual` equals the golden file `name` (a path below the folder).
    func assertMatches(_ actual: String, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let url = folder.appendingPathComponent(name)
        if Self.recording {
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(),
                                                        withIntermediateDirectories: true)
                try Data(actual.utf8).write(to: url, options: .atomic)
                Issue.record("recorded golden file \(name); run again without RECORD_GOLDEN",
                             sourceLocation: sourceLocation)
            } catch {
                Issue.record("could not record \(name): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record("missing golden file \(name); create it with RECORD_GOLDEN=1 swift test",
                         sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        if expected != actual {
            let message = "output differs from golden file \(name): \(Self.diffHint(expected: expected, actual: actual))"
                + "; if the change is intended, re-record with RECORD_GOLDEN=1 swift test"
            Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
        }
    }

    /// The first line that differs, e.g. `line 12: expected "…", got "…"`.
    static func diffHint(expected: String, actual: String) -> String {
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for i in 0..<max(e.count, a.count) {
            let el = i < e.count ? String(e[i]) : "<end of file>"
            let al = i < a.count ? String(a[i]) : "<end of file>"
            if el != al { return "line \(i + 1): expected \"\(el)\", got \"\(al)\"" }
        }
        return "same lines, different line endings"
    }
}

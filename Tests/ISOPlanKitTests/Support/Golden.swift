import Foundation
import Testing

/// Golden-file comparison: `Golden/<name>` holds the expected output. With RECORD_GOLDEN=1 the
/// file is rewritten from the actual output and the test fails, so a recording run is never
/// mistaken for a passing one; review the diff and commit it.
enum Golden {
    /// `Tests/ISOPlanKitTests/Golden`, found from this file's path.
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Golden")

    static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" }

    /// Checks `actual` against the golden file `name` (or records it).
    static func check(_ actual: String, _ name: String,
                      sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let url = directory.appendingPathComponent(name)
        if recording {
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(),
                                                        withIntermediateDirectories: true)
                try Data(actual.utf8).write(to: url)
                Issue.record("recorded \(name); run again without RECORD_GOLDEN=1", sourceLocation: sourceLocation)
            } catch {
                Issue.record("could not record \(name): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record("missing golden file \(name); record it with RECORD_GOLDEN=1", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        guard expected != actual else { return }
        let message = "\(name) differs (re-record with RECORD_GOLDEN=1 if intended):\n"
            + firstDifference(expected, actual)
        Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
    }

    /// The first differing line, expected then actual.
    static func firstDifference(_ expected: String, _ actual: String) -> String {
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for i in 0..<max(e.count, a.count) {
            let x = i < e.count ? String(e[i]) : "<end>", y = i < a.count ? String(a[i]) : "<end>"
            if x != y { return "line \(i + 1):\n  expected: \(x)\n  actual:   \(y)" }
        }
        return "(line endings differ)"
    }
}

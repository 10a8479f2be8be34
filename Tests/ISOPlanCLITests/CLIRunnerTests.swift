import Foundation
import Testing
@testable import ISOPlanTestSupport

/// The test runner itself: a command that writes more to standard error than a pipe holds
/// (64 KiB) before it closes standard output must not hang the test.
@Suite struct CLIRunnerTests {
    @Test func drainsALargeStandardErrorWhileReadingStandardOutput() throws {
        let dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("isoplan-runner-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.removeItem(at: dir)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        for i in 1...600 {
            try "version: 1\nagency: {id: a\(i), name: X\n".write(
                to: dir.appendingPathComponent("a\(i).yaml"), atomically: true, encoding: .utf8)
        }
        let r = try CLIRunner.run(["timeline", dir.path])
        #expect(r.status == 1)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.utf8.count > 65_536, "\(r.stderr.utf8.count) bytes")
    }
}

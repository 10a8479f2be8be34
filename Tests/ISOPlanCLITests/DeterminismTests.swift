import Foundation
import Testing
@testable import ISOPlanTestSupport

/// Every output format is byte-identical across runs and whatever the order of the paths given,
/// files or folders (the plans are loaded in parallel; the output must not show it).
@Suite(.serialized) struct DeterminismTests {
    static let checkFormats = ["text", "json", "github", "sarif"]
    static let riskFormats = ["text", "markdown", "json", "csv"]
    static let timelineFormats = ["text", "json", "csv", "mermaid"]

    /// A folder with a generated corpus, the sample portfolio's plans and a broken plan, so the
    /// outputs carry errors and warnings from many files.
    static let corpus: URL = {
        let dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("isoplan-determinism-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.removeItem(at: dir)
        _ = try? CLIRunner.run(["--count", "24", "--seed", "7", "--out", dir.path], executable: "isoplan-corpus")
        let extra = dir.appendingPathComponent("agencies/samples")
        try? FileManager.default.createDirectory(at: extra, withIntermediateDirectories: true)
        let samples = CLIRunner.root.appendingPathComponent("plans/agencies")
        for name in (try? FileManager.default.contentsOfDirectory(atPath: samples.path)) ?? [] {
            try? FileManager.default.copyItem(at: samples.appendingPathComponent(name), to: extra.appendingPathComponent(name))
        }
        try? FileManager.default.copyItem(at: CLIRunner.root.appendingPathComponent("Tests/ISOPlanCLITests/Fixtures/broken-plan.yaml"),
                                          to: extra.appendingPathComponent("broken-plan.yaml"))
        return dir
    }()

    /// Every YAML file under the corpus, relative to it, sorted.
    static var files: [String] {
        let walker = FileManager.default.enumerator(atPath: corpus.path)
        var out: [String] = []
        while let f = walker?.nextObject() as? String {
            if f.hasSuffix(".yaml") { out.append(f) }
        }
        return out.sorted()
    }

    /// A fixed shuffle, so the test itself is repeatable.
    static func shuffled(_ items: [String]) -> [String] {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        var a = items
        for i in stride(from: a.count - 1, to: 0, by: -1) {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            a.swapAt(i, Int(state % UInt64(i + 1)))
        }
        return a
    }

    /// Outputs of one command over the same plans given four ways: the folder, the files sorted,
    /// reversed and shuffled (the portfolio file among them), plus the folder a second time.
    func outputs(_ command: [String]) throws -> [String] {
        let files = Self.files
        let orders = [["."], files, files.reversed(), Self.shuffled(files), ["."]]
        return try orders.map { paths in
            let r = try CLIRunner.run(command + paths, cwd: Self.corpus)
            #expect(r.status != 2, "\(command) could not run: \(r.stderr)")
            return r.stdout
        }
    }

    @Test func generatedCorpusIsDeterministicAndValid() throws {
        #expect(Self.files.count >= 24 + 14 + 2)
        let again = FileManager.default.temporaryDirectory.appendingPathComponent("isoplan-determinism-again-\(ProcessInfo.processInfo.processIdentifier)")
        defer { try? FileManager.default.removeItem(at: again) }
        _ = try CLIRunner.run(["--count", "24", "--seed", "7", "--out", again.path], executable: "isoplan-corpus")
        for f in Self.files where !f.contains("samples/") {
            let a = try Data(contentsOf: Self.corpus.appendingPathComponent(f))
            let b = try Data(contentsOf: again.appendingPathComponent(f))
            #expect(a == b, "\(f) differs between two runs of isoplan-corpus")
        }
        let r = try CLIRunner.run(["check", again.path])
        #expect(r.status == 0, "generated plans have errors:\n\(r.stdout)")
    }

    @Test(arguments: checkFormats)
    func checkOutputIgnoresRunAndPathOrder(_ format: String) throws {
        let out = try outputs(["check", "--format", format])
        #expect(out[0].contains("broken-plan.yaml"))
        for (i, o) in out.enumerated().dropFirst() { #expect(o == out[0], "order \(i) differs for check --format \(format)") }
    }

    @Test(arguments: riskFormats)
    func riskOutputIgnoresRunAndPathOrder(_ format: String) throws {
        let out = try outputs(["risk", "--format", format, "--lang", "vi", "--width", "100"])
        #expect(!out[0].isEmpty)
        for (i, o) in out.enumerated().dropFirst() { #expect(o == out[0], "order \(i) differs for risk --format \(format)") }
    }

    @Test(arguments: timelineFormats)
    func timelineOutputIgnoresRunAndPathOrder(_ format: String) throws {
        let out = try outputs(["timeline", "--format", format, "--lang", "vi", "--width", "120", "--as-of", "2019-10-01"])
        #expect(out[0].count > 1000)
        for (i, o) in out.enumerated().dropFirst() { #expect(o == out[0], "order \(i) differs for timeline --format \(format)") }
    }
}

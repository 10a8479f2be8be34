import Foundation

/// Runs the built `isoplan` binary and captures what it prints.
struct CLIRunner {
    struct Result {
        var stdout: String
        var stderr: String
        var status: Int32
    }

    /// The package root (where `plans/` is).
    static var root: URL { PackageRoot.url }

    /// The `isoplan` executable next to the test bundle.
    static var binary: URL { executable("isoplan") }

    /// `ISOPLAN_BINARY`, when set, runs the CLI tests against another build of `isoplan` (to
    /// see which tests an older build fails).
    static let binaryOverride = ProcessInfo.processInfo.environment["ISOPLAN_BINARY"].map(URL.init(fileURLWithPath:))

    /// A product of this package (`isoplan`, `isoplan-corpus`) next to the test bundle.
    static func executable(_ name: String) -> URL {
        let dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [dir, dir.deletingLastPathComponent()] {
            let url = candidate.appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return root.appendingPathComponent(".build/debug/" + name)
    }

    /// Runs `isoplan args…` (or another product) in the package root with a clean environment
    /// (no colour, fixed width).
    /// `stdoutFile`: a file standard output is written to instead of the result (e.g.
    /// `/dev/full`); the result's `stdout` is then empty.
    static func run(_ args: [String], env: [String: String] = [:], cwd: URL? = nil,
                    executable name: String = "isoplan", stdoutFile: String? = nil) throws -> Result {
        let p = Process()
        p.executableURL = name == "isoplan" ? (binaryOverride ?? executable(name)) : executable(name)
        p.arguments = args
        p.currentDirectoryURL = cwd ?? root
        var environment = ["PATH": "/usr/bin:/bin", "LANG": "C"]
        for (k, v) in env { environment[k] = v }
        p.environment = environment
        let out = Pipe(), err = Pipe()
        let file = try stdoutFile.map { try FileHandle(forWritingTo: URL(fileURLWithPath: $0)) }
        p.standardOutput = file ?? out
        p.standardError = err
        try p.run()
        if file != nil { try out.fileHandleForWriting.close() }
        // Both pipes are drained at once: reading one to its end first would block for good
        // once the command filled the other pipe's buffer (64 KiB) and waited for a reader.
        let errorReader = PipeReader(err.fileHandleForReading)
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = errorReader.wait()
        p.waitUntilExit()
        return Result(stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self),
                      status: p.terminationStatus)
    }
}

/// Reads a pipe to its end on a thread of its own.
private final class PipeReader: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}

import Foundation
import Testing

/// The example portfolio in a fresh temporary folder, with one of its plans again under
/// another name (both are rejected: they share an agency id) and a plan with errors — the
/// input every streamed command must treat exactly as its in-memory path does.
func portfolioWithMistakes(_ prefix: String) throws -> URL {
    let fm = FileManager.default
    let dir = fm.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
    try fm.copyItem(at: CLIRunner.root.appendingPathComponent("plans"), to: dir)
    let agencies = dir.appendingPathComponent("agencies")
    let first = try #require(try fm.contentsOfDirectory(atPath: agencies.path).sorted().first)
    try fm.copyItem(at: agencies.appendingPathComponent(first), to: agencies.appendingPathComponent("zz-again.yaml"))
    try fm.copyItem(at: CLIRunner.root.appendingPathComponent("Tests/ISOPlanCLITests/Fixtures/broken-plan.yaml"),
                    to: agencies.appendingPathComponent("broken-plan.yaml"))
    return dir
}

import Foundation
import Testing
@testable import ISOPlanKit

@Suite struct RuleDocsTests {
    @Test func everyRuleIsDocumented() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let doc = try String(contentsOf: root.appendingPathComponent("docs/diagnostics.md"), encoding: .utf8)
        for r in RuleCatalog.all {
            #expect(doc.contains("| `\(r.id.raw)` | \(r.severity) | \(r.summary) |"), "\(r.id.raw)")
        }
    }
}

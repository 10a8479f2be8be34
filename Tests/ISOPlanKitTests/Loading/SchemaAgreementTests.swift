import Foundation
import Testing
@testable import ISOPlanKit
@testable import ISOPlanTestSupport

/// The JSON Schemas editors use and the loader accept exactly the same keys.
@Suite struct SchemaAgreementTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    func schema(_ name: String) throws -> [String: Any] {
        let data = try Data(contentsOf: Self.root.appendingPathComponent("schema/\(name)"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// The object schema reached by following property names ("[]" steps into list items),
    /// looking through anyOf/oneOf/allOf branches.
    func node(_ schema: [String: Any], _ path: [String]) -> [String: Any]? {
        var cur: [String: Any]? = schema
        for step in path {
            guard let c = cur else { return nil }
            cur = resolve(c) { n in step == "[]" ? n["items"] as? [String: Any] : (n["properties"] as? [String: Any])?[step] as? [String: Any] }
        }
        return cur.flatMap { c in resolve(c) { $0["properties"] != nil ? $0 : nil } }
    }

    func resolve(_ n: [String: Any], _ pick: ([String: Any]) -> [String: Any]?) -> [String: Any]? {
        if let v = pick(n) { return v }
        for k in ["anyOf", "oneOf", "allOf"] {
            for branch in (n[k] as? [[String: Any]]) ?? [] {
                if let v = resolve(branch, pick) { return v }
            }
        }
        return nil
    }

    func keys(_ schema: [String: Any], _ path: [String]) -> Set<String> {
        Set(((node(schema, path)?["properties"]) as? [String: Any])?.keys.map { $0 } ?? [])
    }

    @Test func planSchemaKeysMatchTheLoader() throws {
        let s = try schema("plan.schema.json")
        #expect(keys(s, []) == Set(PlanDecoder.planKeys))
        #expect(keys(s, ["agency"]) == Set(PlanDecoder.agencyKeys))
        #expect(keys(s, ["agency", "contact"]) == Set(PlanDecoder.contactKeys))
        #expect(keys(s, ["baseline"]) == Set(PlanDecoder.baselineKeys))
        #expect(keys(s, ["target"]) == Set(PlanDecoder.targetKeys))
        #expect(keys(s, ["tasks", "[]"]) == Set(PlanDecoder.taskKeys))
        #expect(keys(s, ["not_applicable", "[]"]) == Set(PlanDecoder.notApplicableKeys))
    }

    @Test func portfolioSchemaKeysMatchTheLoader() throws {
        let s = try schema("portfolio.schema.json")
        #expect(keys(s, []) == Set(PortfolioDecoder.rootKeys))
        #expect(keys(s, ["portfolio"]) == Set(PortfolioDecoder.portfolioKeys))
        #expect(keys(s, ["portfolio", "reporting"]) == Set(PortfolioDecoder.reportingKeys))
        #expect(keys(s, ["calendar"]) == Set(PortfolioDecoder.calendarKeys))
        #expect(keys(s, ["report"]) == Set(PortfolioDecoder.reportKeys))
        #expect(keys(s, ["calendar", "holidays", "[]"]) == Set(PortfolioDecoder.dayKeys))
        #expect(keys(s, ["calendar", "working_days", "[]"]) == Set(PortfolioDecoder.dayKeys))
    }

    @Test func schemaEnumsMatchTheModel() throws {
        let s = try schema("plan.schema.json")
        let type = node(s, ["agency"]).flatMap { ($0["properties"] as? [String: Any])?["type"] as? [String: Any] }
        let values = Set((type?["enum"] as? [String]) ?? [])
        #expect(values == Set(AgencyType.allCases.map(\.rawValue)))
    }

    @Test func everySamplePlanStartsWithTheSchemaModeline() throws {
        let folder = Self.root.appendingPathComponent("plans/agencies")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }
        #expect(files.count >= 12)
        for f in files {
            let text = try String(contentsOf: folder.appendingPathComponent(f), encoding: .utf8)
            #expect(text.hasPrefix("# yaml-language-server: $schema=../../schema/plan.schema.json\n"), "\(f)")
        }
    }
}

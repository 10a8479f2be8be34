import Foundation
import Testing
@testable import ISOPlanTestSupport

/// Every command's JSON output validates against its published schema in schema/output, and
/// the schemas are strict enough to catch a renamed, missing or mistyped field.
@Suite struct OutputSchemaTests {
    static let cases: [(schema: String, args: [String])] = [
        ("check", ["check", "plans", "--format", "json"]),
        ("check", ["check", "Tests/ISOPlanCLITests/Fixtures/broken-plan.yaml", "--format", "json"]),
        ("risk", ["risk", "plans", "--format", "json"]),
        ("risk", ["risk", "plans", "Tests/ISOPlanCLITests/Fixtures/broken-plan.yaml", "--format", "json", "--lang", "vi"]),
        ("report", ["report", "--period", "2019-Q3", "plans", "--format", "json"]),
        ("report", ["report", "--period", "2020", "plans", "--format", "json", "--lang", "vi"]),
        ("report", ["report", "--period", "2019-Q3", "plans", "Tests/ISOPlanCLITests/Fixtures/broken-plan.yaml", "--format", "json"]),
        ("timeline", ["timeline", "plans", "--format", "json"]),
        ("timeline", ["timeline", "plans/portfolio.yaml", "plans/agencies/ha-noi.yaml", "--format", "json"]),
        ("checklist", ["checklist", "plans/agencies/ha-noi.yaml", "--format", "json", "--lang", "vi"]),
        ("checklist", ["checklist", "plans/agencies/thanh-tra-bo.yaml", "--format", "json", "--lang", "en"]),
        ("calendar-year", ["calendar", "2020", "--format", "json"]),
        ("calendar-between", ["calendar", "--between", "2020-01-01", "2020-12-31", "--format", "json"]),
        ("calendar-lunar", ["calendar", "--lunar", "2020-05-23", "--format", "json"]),
        ("calendar-lunar", ["calendar", "--lunar", "2019-05-23", "--format", "json"]),
        ("rules", ["rules", "--format", "json"]),
    ]

    static func schema(_ name: String) throws -> JSONSchemaValidator {
        try JSONSchemaValidator(contentsOf: PackageRoot.url.appendingPathComponent("schema/output/\(name).schema.json"))
    }

    @Test(arguments: cases.indices)
    func outputValidatesAgainstItsSchema(_ i: Int) throws {
        let c = Self.cases[i]
        let r = try CLIRunner.run(c.args)
        #expect(!r.stdout.isEmpty, "\(c.args): \(r.stderr)")
        let value = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8), options: [.fragmentsAllowed])
        let errors = try Self.schema(c.schema).errors(value)
        #expect(errors.isEmpty, "\(c.args.joined(separator: " ")): \(errors.prefix(10))")
    }

    /// A diagnostic with notes (a duplicate key and where its first copy is) validates too.
    @Test func checkOutputWithNotesValidates() throws {
        let valid = CLIRunner.root.appendingPathComponent("Tests/ISOPlanCLITests/Fixtures/Mistakes/valid.yaml")
        let text = try String(contentsOfFile: valid.path, encoding: .utf8)
            .replacingOccurrences(of: "    duration: 5\n", with: "    duration: 5\n    duration: 6\n")
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("isoplan-schema-notes-\(UUID().uuidString).yaml")
        try text.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let r = try CLIRunner.run(["check", "--format", "json", "--as-of", "2019-03-04", url.path])
        let value = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8))
        let diagnostics = try #require((value as? [String: Any])?["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.contains { $0["notes"] != nil })
        let errors = try Self.schema("check").errors(value)
        #expect(errors.isEmpty, "\(errors.prefix(10))")
    }

    @Test func everySchemaIsExercised() throws {
        let folder = PackageRoot.url.appendingPathComponent("schema/output")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".schema.json") }
        let names = Set(files.map { $0.replacingOccurrences(of: ".schema.json", with: "") })
        #expect(names == Set(Self.cases.map(\.schema)))
    }

    @Test func theSchemasRejectWhatTheyDoNotDescribe() throws {
        let r = try CLIRunner.run(["risk", "plans", "--format", "json"])
        let risk = try Self.schema("risk")
        var doc = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(risk.errors(doc).isEmpty)
        var agencies = try #require(doc["agencies"] as? [[String: Any]])
        agencies[0]["risk"] = agencies[0]["level"]              // a field under another name
        agencies[0]["level"] = nil
        agencies[1]["progress"] = "12"                            // a number as a string
        agencies[2]["level"] = "late"                             // a value outside the enum
        doc["agencies"] = agencies
        doc["version"] = nil
        let errors = risk.errors(doc)
        #expect(errors.contains("$: missing version"))
        #expect(errors.contains("$.agencies[0]: missing level"))
        #expect(errors.contains("$.agencies[0]: unexpected property risk"))
        #expect(errors.contains { $0.hasPrefix("$.agencies[1].progress: expected number") })
        #expect(errors.contains { $0.hasPrefix("$.agencies[2].level: ") })
        let nullable = JSONSchemaValidator(schema: ["type": ["integer", "null"]])
        #expect(nullable.errors(NSNull()).isEmpty && nullable.errors(3).isEmpty)
        #expect(!nullable.errors(true).isEmpty && !nullable.errors(2.5).isEmpty)
        #expect(!JSONSchemaValidator(schema: ["oneOf": []]).errors(1).isEmpty)
    }
}

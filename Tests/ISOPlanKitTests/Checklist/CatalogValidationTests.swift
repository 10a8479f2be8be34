import Foundation
import Testing
@testable import ISOPlanKit

/// Small hand-written catalogs that exercise decoding errors and `validate()`.
@Suite struct CatalogValidationTests {
    static func step(_ id: String, after: [String] = [], clauses: [String] = []) -> String {
        """
        {"id": "\(id)", "title_vi": "v", "title_en": "e", "description_vi": "v",
         "description_en": "e", "required": true,
         "typical_duration": {"conversion": 5, "new_build": 10},
         "predecessors": \(json(after)), "legal_basis": ["practice"],
         "evidence_vi": "v", "evidence_en": "e", "clauses": \(json(clauses))}
        """
    }

    static func clause(_ id: String, parent: String? = nil, step: String? = "a",
                       iso2008: [String] = ["4.1"]) -> String {
        let heading = step == nil
        return """
        {"id": "\(id)", "parent": \(parent.map { "\"\($0)\"" } ?? "null"), "heading": \(heading),
         "title_vi": "v", "title_en": "e", "change": \(heading ? "null" : "\"new\""),
         "iso2008": \(json(iso2008)), "step": \(step.map { "\"\($0)\"" } ?? "null")}
        """
    }

    static func catalog(version: Int = 1, steps: [String], clauses: [String],
                        docs: [String] = [], removed: [String] = []) -> String {
        """
        {"version": \(version), "source": "test", "target_standard": "TCVN ISO 9001:2015",
         "baseline_standard": "TCVN ISO 9001:2008",
         "steps": [\(steps.joined(separator: ","))],
         "clauses": [\(clauses.joined(separator: ","))],
         "iso2008_clauses": [{"id": "4.1", "title_vi": "Yêu cầu chung", "title_en": "General requirements"}],
         "iso2008_removed": [\(removed.joined(separator: ","))],
         "documented_information": [\(docs.joined(separator: ","))]}
        """
    }

    static func json(_ ids: [String]) -> String {
        "[" + ids.map { "\"\($0)\"" }.joined(separator: ", ") + "]"
    }

    static func decode(_ text: String) throws -> Catalog {
        try Catalog.decode(Data(text.utf8))
    }

    @Test func minimalCatalogIsValid() throws {
        let c = try Self.decode(Self.catalog(
            steps: [Self.step("a", clauses: ["4.1"]), Self.step("b", after: ["a"])],
            clauses: [Self.clause("4", step: nil), Self.clause("4.1", parent: "4")]))
        #expect(c.validate() == [])
        #expect(c.typicalTotalDuration(.conversion) == 10)
        #expect(c.typicalTotalDuration(.newBuild) == 20)
    }

    @Test func reportsUnknownReferences() throws {
        let c = try Self.decode(Self.catalog(
            steps: [Self.step("a", after: ["ghost"], clauses: ["4.1", "9.9"])],
            clauses: [Self.clause("4.1", parent: "4", step: "b", iso2008: ["7.7"])],
            docs: [#"{"id": "x", "clause": "5.5", "item": null, "kind": "retain", "text_vi": "v", "text_en": "e"}"#],
            removed: [#"{"id": "8.5.3", "title_vi": "v", "title_en": "e", "replaced_by": ["6.1"], "note_vi": "v", "note_en": "e"}"#]))
        #expect(c.validate() == [
            "step 'a': unknown predecessor 'ghost'",
            "step 'a': unknown clause '9.9'",
            "clause '4.1': unknown parent '4'",
            "clause '4.1': unknown step 'b'",
            "clause '4.1': 2008 clause '7.7' is not in iso2008_clauses",
            "removed 2008 clause '8.5.3': not in iso2008_clauses",
            "removed 2008 clause '8.5.3': unknown 2015 clause '6.1'",
            "documented information 'x': unknown clause '5.5'",
        ])
    }

    @Test func reportsCyclesAndDuplicates() throws {
        let c = try Self.decode(Self.catalog(
            steps: [Self.step("a", after: ["c"], clauses: ["4"]), Self.step("b", after: ["a"]),
                    Self.step("c", after: ["b"]), Self.step("b")],
            clauses: [Self.clause("4", step: nil), Self.clause("4.1", parent: "4")]))
        #expect(c.validate() == [
            "duplicate step id 'b'",
            "step 'a': clause '4' is a heading",
            "step predecessors form a cycle: a → c → b → a",
            "clause '4.1': step 'a' does not list it in its clauses",
        ])
        #expect(c.stepsInDependencyOrder() == nil)
        #expect(c.typicalTotalDuration(.conversion) == nil)
    }

    @Test func unknownKeyIsAnErrorNamingItsPath() {
        let text = Self.catalog(steps: [Self.step("a")], clauses: [])
            .replacingOccurrences(of: "\"predecessors\"", with: "\"predecesors\"")
        #expect(throws: CatalogError.malformed("steps[0].predecesors: unknown key 'predecesors'")) {
            try Self.decode(text)
        }
    }

    @Test func missingKeyAndBadValuesAreErrors() {
        let noRequired = Self.catalog(steps: [Self.step("a")], clauses: [])
            .replacingOccurrences(of: "\"required\": true,", with: "")
        #expect(throws: CatalogError.malformed("steps[0].required: required key is missing")) {
            try Self.decode(noRequired)
        }
        let badChange = Self.catalog(steps: [Self.step("a", clauses: ["4.1"])],
                                     clauses: [Self.clause("4.1")])
            .replacingOccurrences(of: "\"new\"", with: "\"renamed\"")
        #expect(throws: CatalogError.self) { try Self.decode(badChange) }
        #expect(throws: CatalogError.self) { try Self.decode("{not json") }
    }

    @Test func futureVersionIsReportedAsSuch() {
        let text = Self.catalog(version: 2, steps: [], clauses: [])
            .replacingOccurrences(of: "\"source\"", with: "\"provenance\"")
        #expect(throws: CatalogError.unsupportedVersion(2)) { try Self.decode(text) }
    }

    @Test func missingFileIsAnErrorNotACrash() {
        let url = URL(fileURLWithPath: "/nonexistent/catalog.json")
        #expect(throws: CatalogError.self) { try Catalog.load(from: url) }
        let message = CatalogError.resourceMissing(searched: ["/a", "/b"]).description
        #expect(message == "migration catalog not found (looked in: /a, /b)")
    }
}

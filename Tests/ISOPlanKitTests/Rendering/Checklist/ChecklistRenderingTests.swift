import Foundation
import Testing
@testable import ISOPlanKit
@testable import ISOPlanTestSupport

@Suite struct ChecklistRenderingTests {
    typealias F = ChecklistFixtures

    static let cases: [(plan: String, language: Language, format: ChecklistFormat)] =
        ["ha-noi"].flatMap { plan in
            [Language.vi, .en].flatMap { language in
                ChecklistFormat.allCases.map { (plan, language, $0) }
            }
        } + [("thanh-tra-bo", .vi, .text), ("thanh-tra-bo", .en, .text), ("thanh-tra-bo", .vi, .markdown)]

    static func fileName(_ plan: String, _ language: Language, _ format: ChecklistFormat) -> String {
        let ext = switch format {
        case .text: "txt"
        case .markdown: "md"
        case .json: "json"
        case .csv: "csv"
        }
        return "checklist/\(plan).\(language.rawValue).\(ext)"
    }

    @Test(arguments: cases.indices)
    func matchesGoldenFile(index: Int) throws {
        let (plan, language, format) = Self.cases[index]
        let checklist = try F.checklist(try F.sample(plan))
        let output = format.render(checklist, language: language, width: 100)
        Golden.kit.assertMatches(output, Self.fileName(plan, language, format))
    }

    @Test(arguments: [40, 45, 50, 60, 80, 100, 140])
    func textFitsTheWidth(width: Int) throws {
        for plan in ["ha-noi", "thanh-tra-bo"] {
            let checklist = try F.checklist(try F.sample(plan))
            for language in Language.allCases {
                let text = ChecklistTextRenderer.render(checklist, language: language, width: width)
                for line in text.split(separator: "\n") {
                    #expect(TextWidth.of(String(line)) <= width, "\(plan) \(language) \(width): \(line)")
                }
            }
        }
    }

    @Test func colourOnlyWhenAsked() throws {
        let checklist = try F.checklist(try F.sample("ha-noi"))
        let plain = ChecklistTextRenderer.render(checklist, language: .en, width: 100)
        let coloured = ChecklistTextRenderer.render(checklist, language: .en, width: 100,
                                                    style: TextStyle(enabled: true))
        #expect(!plain.contains("\u{1B}["))
        #expect(coloured.contains("\u{1B}[32m[x]\u{1B}[0m"))
    }

    @Test func jsonHasTheDocumentedShape() throws {
        let checklist = try F.checklist(try F.sample("ha-noi"))
        let json = ChecklistJSONRenderer.render(checklist, language: .en)
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(Set(doc.keys) == ["version", "language", "title", "agency", "scenario", "status_date",
                                  "evaluation_date", "summary", "notes", "steps", "clauses"])
        let summary = try #require(doc["summary"] as? [String: Int])
        #expect(Set(summary.keys) == ["total", "done", "in_progress", "planned", "not_covered", "not_applicable"])
        let step = try #require((doc["steps"] as? [[String: Any]])?.first)
        #expect(Set(step.keys) == ["kind", "id", "parent", "title", "status", "date", "progress", "reason",
                                   "tasks", "notes", "required", "change", "iso2008", "must_finish_by"])
        #expect(step["status"] as? String == "done")
        #expect(step["must_finish_by"] is NSNull)
        let open = try #require((doc["steps"] as? [[String: Any]])?.first { $0["status"] as? String == "planned" })
        #expect(open["must_finish_by"] is String)
        #expect(step["date"] as? String == "2019-07-05")
        #expect(step["parent"] is NSNull)
    }

    @Test func csvQuotesFieldsAndHasOneRowPerItem() throws {
        let checklist = try F.checklist(try F.sample("ha-noi"))
        let csv = ChecklistCSVRenderer.render(checklist, language: .vi)
        #expect(csv.hasSuffix("\r\n"))
        let rows = csv.components(separatedBy: "\r\n").dropLast()
        #expect(rows.first == "kind,id,parent,title,status,date,progress,reason,tasks,notes,must_finish_by")
        #expect(rows.count == checklist.items.count + 1)
        #expect(csv.replacingOccurrences(of: "\r\n", with: "").unicodeScalars.allSatisfy { $0 != "\n" && $0 != "\r" })
        #expect(CSV.field("a,b") == "\"a,b\"")
        #expect(CSV.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSV.field("plain") == "plain")
        #expect(CSV.field("Sở LĐTBXH Hà Nội") == "Sở LĐTBXH Hà Nội")
        #expect(CSV.field("two\r\nlines") == "\"two\r\nlines\"")
        #expect(CSV.field(" lead") == "\" lead\"")
        // A comma carrying a combining mark is still a comma byte to a CSV reader: quoted.
        #expect(CSV.field("a,\u{301}b") == "\"a,\u{301}b\"")
    }

    @Test func markdownIsATaskListWithoutCheckboxesForNotApplicable() throws {
        let checklist = try F.checklist(try F.sample("ha-noi"))
        let md = ChecklistMarkdownRenderer.render(checklist, language: .en)
        let boxes = md.split(separator: "\n").filter { $0.contains("- [x] ") || $0.contains("- [ ] ") }
        #expect(boxes.count == checklist.summary.total)
        #expect(md.split(separator: "\n").filter { $0.contains("- [x] ") }.count == checklist.summary.done)
        #expect(md.contains("  - ~~8.3.1 General~~: not applicable\n"))
    }
}

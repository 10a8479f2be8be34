import Foundation

/// The stable JSON form: `{"version": 1, "files", "errors", "warnings", "diagnostics": […]}`.
public enum CheckJSONRenderer {
    struct Doc: Encodable {
        var version = 1
        var files: Int
        var errors: Int
        var warnings: Int
        var diagnostics: [Item]
    }

    struct Item: Encodable {
        var file: String?
        var line: Int?
        var column: Int?
        var severity: String
        var rule: String
        var message: String
        var notes: [Item]?

        init(_ d: Diagnostic) {
            file = d.location?.file
            line = d.location?.line
            column = d.location?.column
            severity = d.severity.description
            rule = d.rule.raw
            message = d.message
            notes = d.notes.isEmpty ? nil : d.notes.map(Item.init)
        }
    }

    public static func render(_ r: CheckReport) -> String {
        let doc = Doc(files: r.files, errors: r.errors, warnings: r.warnings, diagnostics: r.diagnostics.map(Item.init))
        return JSONOutput.encode(doc)
    }
}

import Foundation

/// The stable JSON form: `{"version": 1, "files", "errors", "warnings", "diagnostics": […]}`.
enum CheckJSONRenderer {
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
        var notes: [NoteItem]?

        init(_ d: Diagnostic, _ language: Language) {
            file = d.location?.file
            line = d.location?.line
            column = d.location?.column
            severity = d.severity.description
            rule = d.rule.raw
            message = d.message(in: language)
            notes = d.notes.isEmpty ? nil : d.notes.map { NoteItem($0, language) }
        }
    }

    /// A note: a message and where it points.
    struct NoteItem: Encodable {
        var file: String?
        var line: Int?
        var column: Int?
        var message: String

        init(_ n: Diagnostic.Note, _ language: Language) {
            file = n.location?.file
            line = n.location?.line
            column = n.location?.column
            message = n.message(in: language)
        }
    }

    static func render(_ r: CheckReport, language: Language = .en) -> String {
        let doc = Doc(files: r.files, errors: r.errors, warnings: r.warnings,
                      diagnostics: r.diagnostics.map { Item($0, language) })
        return JSONOutput.encode(doc)
    }
}

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

    /// One diagnostic as the list's item, with `,` and a newline before it (the first item of
    /// the document goes without): the text `JSONEncoder` writes for an `Item`.
    static func item(_ d: Diagnostic, language: Language, into w: inout JSONText.Writer) {
        w.comma()
        w.indent(4)
        w.open()
        var first = true
        if let l = d.location {
            w.member(6, "column", first: true); w.int(l.column)
            w.member(6, "file"); w.string(l.file)
            w.member(6, "line"); w.int(l.line)
            first = false
        }
        w.member(6, "message", first: first); w.string(d.message(in: language))
        if !d.notes.isEmpty {
            w.member(6, "notes")
            w.open(0x5B)
            for (i, n) in d.notes.enumerated() {
                if i > 0 { w.comma() }
                w.indent(8)
                w.open()
                var first = true
                if let l = n.location {
                    w.member(10, "column", first: true); w.int(l.column)
                    w.member(10, "file"); w.string(l.file)
                    w.member(10, "line"); w.int(l.line)
                    first = false
                }
                w.member(10, "message", first: first); w.string(n.message(in: language))
                w.close(8)
            }
            w.close(6, 0x5D)
        }
        w.member(6, "rule"); w.string(d.rule.raw)
        w.member(6, "severity"); w.string(d.severity.description)
        w.close(4)
    }
}

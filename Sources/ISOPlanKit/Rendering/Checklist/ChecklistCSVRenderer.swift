/// The checklist as CSV (RFC 4180: quoting, CRLF line ends; UTF-8 without BOM): one header
/// row, then one row per step and per clause. Columns and codes are documented in
/// docs/checklist.md; titles and notes are in the chosen language.
enum ChecklistCSVRenderer {
    /// The header row's columns, in order.
    static let columns = ["kind", "id", "parent", "title", "status", "date", "progress",
                           "reason", "tasks", "notes", "must_finish_by"]

    /// Renders `checklist` with its titles and notes in `language`.
    static func render(_ checklist: Checklist, language: Language) -> String {
        let words = ChecklistWords(language: language)
        var rows = [columns]
        for item in checklist.items {
            rows.append([
                item.kind.rawValue, item.id, item.parent ?? "", words.text(item.title),
                item.status.code, item.status.date?.iso ?? "",
                item.status.progress.map(String.init) ?? "", item.status.reason ?? "",
                item.tasks.joined(separator: " "),
                item.notes.map { words.text($0.text) }.joined(separator: " | "),
                item.mustFinishBy?.iso ?? "",
            ])
        }
        return CSV.encode(rows)
    }
}

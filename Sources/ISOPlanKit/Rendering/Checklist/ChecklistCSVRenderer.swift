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
                progress(item.status).map(String.init) ?? "", reason(item.status) ?? "",
                item.tasks.joined(separator: " "),
                item.notes.map { words.text($0.text) }.joined(separator: " | "),
                item.mustFinishBy?.iso ?? "",
            ])
        }
        return CSV.encode(rows)
    }

    /// 100 when done, the progress when in progress, 0 when planned; nil otherwise.
    static func progress(_ s: Checklist.Status) -> Int? {
        switch s {
        case .done: 100
        case .inProgress(let p, _): p
        case .planned: 0
        case .notCovered, .notApplicable: nil
        }
    }

    /// The justification of a clause that is not applicable.
    static func reason(_ s: Checklist.Status) -> String? {
        if case .notApplicable(let reason, _) = s { return reason }
        return nil
    }
}

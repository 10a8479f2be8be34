/// The checklist as GitHub-flavoured Markdown: a task list (`- [x]`) of the steps, then the
/// clauses grouped under their headings 4 to 10, sub-clauses nested under their clause.
///
/// Clauses declared not applicable are struck-through list items without a checkbox, so
/// GitHub's task counter counts only applicable items, like the summary line.
enum ChecklistMarkdownRenderer {
    /// Renders `checklist` in `language`.
    static func render(_ checklist: Checklist, language: Language) -> String {
        let words = ChecklistWords(language: language)
        var out = "# \(Markdown.escape(words.title(checklist))): \(Markdown.escape(words.text(checklist.agencyName)))"
            + " (`\(checklist.agencyID)`)\n\n"
        out += Markdown.escape(words.standards(checklist)) + "\n\n"
        out += "**\(Markdown.escape(words.summary(checklist.summary)))**\n"
        if !checklist.notes.isEmpty {
            out += "\n## \(words.notes)\n\n"
            for note in checklist.notes { out += "- " + noteText(note, words: words) + "\n" }
        }
        out += "\n## \(words.steps)\n\n"
        for item in checklist.steps { out += itemLines(item, words: words) }
        out += "\n## \(words.clauses)\n"
        for group in checklist.groups {
            out += "\n### \(group.id) \(Markdown.escape(words.text(group.title)))\n\n"
            for item in group.items { out += itemLines(item, words: words) }
        }
        return out
    }

    static func itemLines(_ item: Checklist.Item, words: ChecklistWords) -> String {
        let indent = String(repeating: "  ", count: item.depth)
        let title = Markdown.escape(words.text(item.title))
        var line: String
        switch item.status {
        case .notApplicable(let reason, let declaredFor):
            line = "- ~~\(label(item, title))~~: \(words.longStatus(item.status))"
            if declaredFor == item.id { line += " — " + Markdown.escape(reason) }
        case .notCovered:
            line = "- [ ] \(label(item, title)): **\(words.longStatus(item.status))**"
        case .done:
            line = "- [x] \(label(item, title)): \(words.longStatus(item.status))"
        case .inProgress, .planned:
            line = "- [ ] \(label(item, title)): \(words.longStatus(item))"
        }
        if !item.tasks.isEmpty {
            line += " · \(words.tasks): " + item.tasks.map { "`\($0)`" }.joined(separator: ", ")
        }
        var out = indent + line + "\n"
        for note in item.notes { out += indent + "  - " + noteText(note, words: words) + "\n" }
        return out
    }

    /// `**Title** (`step-id`)` for a step, `4.4.1 Title` for a clause.
    static func label(_ item: Checklist.Item, _ title: String) -> String {
        item.kind == .step ? "**\(title)** (`\(item.id)`)" : "\(item.id) \(title)"
    }

    static func noteText(_ note: Checklist.Note, words: ChecklistWords) -> String {
        (note.level == .warning ? "⚠️ " : "") + Markdown.escape(words.text(note.text))
    }
}

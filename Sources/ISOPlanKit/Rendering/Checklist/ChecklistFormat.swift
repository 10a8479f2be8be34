/// Output formats of `isoplan checklist`.
public enum ChecklistFormat: String, CaseIterable, Sendable {
    /// An aligned table for the terminal.
    case text
    /// A GitHub task list.
    case markdown
    /// The stable JSON document of docs/checklist.md.
    case json
    /// One row per item.
    case csv

    /// Renders a checklist in this format; `width` and `color` apply to text only.
    public func render(_ checklist: Checklist, language: Language, width: Int = 100,
                       color: Bool = false) -> String {
        switch self {
        case .text:
            ChecklistTextRenderer.render(checklist, language: language, width: width,
                                         style: TextStyle(enabled: color))
        case .markdown: ChecklistMarkdownRenderer.render(checklist, language: language)
        case .json: ChecklistJSONRenderer.render(checklist, language: language)
        case .csv: ChecklistCSVRenderer.render(checklist, language: language)
        }
    }
}

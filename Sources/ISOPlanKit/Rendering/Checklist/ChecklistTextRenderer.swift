/// The checklist as an aligned table for the terminal, fitted to a width.
///
/// Each line is `mark id title status tasks`; notes follow their item, wrapped. Columns are
/// measured in displayed width, so Vietnamese text lines up.
enum ChecklistTextRenderer {
    /// Renders `checklist` in `language`, every line at most `width` columns.
    static func render(_ checklist: Checklist, language: Language, width: Int,
                              style: TextStyle = TextStyle(enabled: false)) -> String {
        let words = ChecklistWords(language: language)
        let width = max(20, width)
        var lines: [String] = []
        let heading = "\(words.title(checklist)): \(words.text(checklist.agencyName)) (\(checklist.agencyID))"
        lines += TextWrap.wrap(heading, width: width).map { style.apply(.bold, $0) }
        lines += TextWrap.wrap(words.standards(checklist), width: width)
        if !checklist.notes.isEmpty {
            lines += ["", style.apply(.bold, words.notes)]
            for note in checklist.notes { lines += noteLines(note, indent: 2, words: words, width: width, style: style) }
        }
        lines += ["", style.apply(.bold, words.steps)]
        let stepLayout = Layout(checklist.steps, words: words, width: width)
        for item in checklist.steps { lines += itemLines(item, layout: stepLayout, words: words, style: style) }
        lines += ["", style.apply(.bold, words.clauses)]
        let layout = Layout(checklist.groups.flatMap(\.items), words: words, width: width)
        for group in checklist.groups {
            lines.append(style.apply(.bold, TextWidth.truncate("\(group.id)  \(words.text(group.title))", to: width)))
            for item in group.items { lines += itemLines(item, layout: layout, words: words, style: style) }
        }
        lines.append("")
        lines += TextWrap.wrap(words.summary(checklist.summary), width: width)
        lines += pack(words.legend, width: width).map { style.apply(.gray, $0) }
        return lines.map(trimEnd).joined(separator: "\n") + "\n"
    }

    /// Column widths for one width: the title takes what the others leave and wraps when
    /// that is not enough; the task ids (up to 30 columns) go when they would leave the title
    /// less than two thirds of the room.
    struct Layout {
        var id: Int
        var title: Int
        var status: Int
        var tasks: Int
        /// Whether the status column has room for the must-finish-by dates.
        var due: Bool
        /// Too narrow for a title column beside the status (less than 12 columns): the title
        /// goes under the mark, id and status, wrapped across the whole width.
        var stacked = false
        let width: Int

        init(_ items: [Checklist.Item], words: ChecklistWords, width: Int) {
            self.width = width
            id = min(items.map { 2 * $0.depth + TextWidth.of($0.id) }.max() ?? 0, max(6, width / 4))
            // The must-finish-by dates only when the title keeps at least 16 columns with them.
            status = items.map { TextWidth.of(words.shortStatus($0)) }.max() ?? 0
            due = width - 4 - id - 2 - 2 - status >= 16
            if !due { status = items.map { TextWidth.of(words.shortStatus($0.status)) }.max() ?? 0 }
            let widestTasks = items.map { TextWidth.of($0.tasks.joined(separator: ", ")) }.max() ?? 0
            let widestTitle = items.map { TextWidth.of(words.text($0.title)) }.max() ?? 0
            let room = width - 4 - id - 2 - 2 - status
            let minTitle = max(16, room * 2 / 3)
            tasks = min(widestTasks, 30, max(0, room - 2 - minTitle))
            if tasks < 10 { tasks = 0 }
            title = max(4, min(widestTitle, room - (tasks > 0 ? tasks + 2 : 0)))
            if room < 12 {
                stacked = true
                tasks = 0
                title = width - 4
                let widestID = items.map { 2 * $0.depth + TextWidth.of($0.id) }.max() ?? 0
                id = max(id, min(widestID, width - 4 - 2 - status))
            }
            if tasks > 0 { tasks = min(widestTasks, max(tasks, room - 2 - title)) }
        }
    }

    static func itemLines(_ item: Checklist.Item, layout: Layout, words: ChecklistWords,
                          style: TextStyle) -> [String] {
        let id = String(repeating: " ", count: 2 * item.depth) + item.id
        let title = TextWrap.wrap(words.text(item.title), width: layout.title)
        let status = layout.due ? words.shortStatus(item) : words.shortStatus(item.status)
        let mark = style.apply(markColor(item.status), mark(item.status)) + " "
        var lines: [String]
        if layout.stacked {
            lines = [mark + TextWidth.padRight(TextWidth.truncate(id, to: layout.id), to: layout.id) + "  " + status]
                + title.map { "    " + $0 }
        } else {
            var line = mark + TextWidth.padRight(id, to: layout.id) + "  "
                + TextWidth.padRight(title[0], to: layout.title) + "  " + TextWidth.padRight(status, to: layout.status)
            if layout.tasks > 0 { line += "  " + taskList(item.tasks, width: layout.tasks) }
            let indent = String(repeating: " ", count: 4 + layout.id + 2)
            lines = [line] + title.dropFirst().map { indent + $0 }
        }
        if case .notApplicable(let reason, let declaredFor) = item.status, declaredFor == item.id {
            lines += noteLines(.init(.info, BilingualText(vi: reason, en: reason)), indent: 4,
                               words: words, width: layout.width, style: style)
        }
        for note in item.notes {
            lines += noteLines(note, indent: 4, words: words, width: layout.width, style: style)
        }
        return lines
    }

    /// `a, b, c` when it fits, else as many ids as fit followed by `+N`, else cut with `…`.
    static func taskList(_ ids: [String], width: Int) -> String {
        let all = ids.joined(separator: ", ")
        if TextWidth.of(all) <= width { return all }
        for shown in stride(from: ids.count - 1, through: 1, by: -1) {
            let text = ids.prefix(shown).joined(separator: ", ") + " +\(ids.count - shown)"
            if TextWidth.of(text) <= width { return text }
        }
        return TextWidth.truncate(all, to: width)
    }

    static func noteLines(_ note: Checklist.Note, indent: Int, words: ChecklistWords, width: Int,
                          style: TextStyle) -> [String] {
        let bullet = note.level == .warning ? "! " : "- "
        let first = String(repeating: " ", count: indent) + bullet
        let lines = TextWrap.hanging(words.text(note.text), first: first, width: width)
        return note.level == .warning ? lines.map { style.apply(.yellow, $0) } : lines
    }

    static func mark(_ s: Checklist.Status) -> String {
        switch s {
        case .done: "[x]"
        case .inProgress: "[~]"
        case .planned: "[ ]"
        case .notCovered: "[!]"
        case .notApplicable: "[-]"
        }
    }

    static func markColor(_ s: Checklist.Status) -> TextStyle.Color {
        switch s {
        case .done: .green
        case .inProgress: .yellow
        case .planned: .blue
        case .notCovered: .red
        case .notApplicable: .gray
        }
    }

    /// Entries joined by two spaces, as many per line as fit; an entry never breaks.
    static func pack(_ entries: [String], width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for entry in entries {
            if TextWidth.of(entry) > width {
                // An entry wider than a line on its own wraps under its text, after the mark.
                if !line.isEmpty { lines.append(line); line = "" }
                let mark = entry.hasPrefix("[") ? "    " : "  "
                lines += TextWrap.wrap(entry, width: width, indent: mark)
                continue
            }
            if !line.isEmpty && TextWidth.of(line) + 2 + TextWidth.of(entry) > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : "  ") + entry
        }
        return lines + [line]
    }

    static func trimEnd(_ s: String) -> String {
        var s = s
        while s.last == " " { s.removeLast() }
        return s
    }
}

/// The stable JSON form of a checklist (docs/checklist.md): codes and ISO dates, text for
/// people in the chosen language. Every key is always present; a value that does not
/// apply is `null`.
enum ChecklistJSONRenderer {
    /// Renders `checklist` with its titles and notes in `language`.
    static func render(_ checklist: Checklist, language: Language) -> String {
        let words = ChecklistWords(language: language)
        let doc = Document(
            version: 1, language: language.rawValue, title: words.title(checklist),
            agency: Agency(id: checklist.agencyID, name: words.text(checklist.agencyName)),
            scenario: checklist.scenario.rawValue, statusDate: checklist.statusDate.iso,
            evaluationDate: checklist.evaluationDate?.iso,
            summary: Summary(checklist.summary),
            notes: checklist.notes.map { Note($0, words) },
            steps: checklist.steps.map { Item($0, words) },
            clauses: checklist.groups.map { group in
                Group(id: group.id, title: words.text(group.title), items: group.items.map { Item($0, words) })
            })
        return JSONOutput.encode(doc)
    }

    struct Document: Encodable {
        var version: Int
        var language: String
        var title: String
        var agency: Agency
        var scenario: String
        var statusDate: String
        var evaluationDate: String?
        var summary: Summary
        var notes: [Note]
        var steps: [Item]
        var clauses: [Group]

        enum CodingKeys: String, CodingKey {
            case version, language, title, agency, scenario, summary, notes, steps, clauses
            case statusDate = "status_date", evaluationDate = "evaluation_date"
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(version, forKey: .version)
            try c.encode(language, forKey: .language)
            try c.encode(title, forKey: .title)
            try c.encode(agency, forKey: .agency)
            try c.encode(scenario, forKey: .scenario)
            try c.encode(statusDate, forKey: .statusDate)
            try c.encode(evaluationDate, forKey: .evaluationDate)
            try c.encode(summary, forKey: .summary)
            try c.encode(notes, forKey: .notes)
            try c.encode(steps, forKey: .steps)
            try c.encode(clauses, forKey: .clauses)
        }
    }

    struct Agency: Encodable {
        var id: String
        var name: String
    }

    struct Summary: Encodable {
        var total, done, inProgress, planned, notCovered, notApplicable: Int

        init(_ s: Checklist.Summary) {
            total = s.total
            done = s.done
            inProgress = s.inProgress
            planned = s.planned
            notCovered = s.notCovered
            notApplicable = s.notApplicable
        }

        enum CodingKeys: String, CodingKey {
            case total, done, planned
            case inProgress = "in_progress", notCovered = "not_covered", notApplicable = "not_applicable"
        }
    }

    struct Note: Encodable {
        var severity: String
        var text: String

        init(_ note: Checklist.Note, _ words: ChecklistWords) {
            severity = note.level.rawValue
            text = words.text(note.text)
        }
    }

    struct Group: Encodable {
        var id: String
        var title: String
        var items: [Item]
    }

    struct Item: Encodable {
        let item: Checklist.Item
        let words: ChecklistWords

        init(_ item: Checklist.Item, _ words: ChecklistWords) {
            self.item = item
            self.words = words
        }

        enum CodingKeys: String, CodingKey {
            case kind, id, parent, title, status, date, progress, reason, tasks, notes, required, change, iso2008
            case mustFinishBy = "must_finish_by"
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(item.kind.rawValue, forKey: .kind)
            try c.encode(item.id, forKey: .id)
            try c.encode(item.parent, forKey: .parent)
            try c.encode(words.text(item.title), forKey: .title)
            try c.encode(item.status.code, forKey: .status)
            try c.encode(item.status.date?.iso, forKey: .date)
            try c.encode(item.mustFinishBy?.iso, forKey: .mustFinishBy)
            try c.encode(ChecklistCSVRenderer.progress(item.status), forKey: .progress)
            try c.encode(ChecklistCSVRenderer.reason(item.status), forKey: .reason)
            try c.encode(item.tasks, forKey: .tasks)
            try c.encode(item.notes.map { Note($0, words) }, forKey: .notes)
            try c.encode(item.required, forKey: .required)
            try c.encode(item.change?.rawValue, forKey: .change)
            try c.encode(item.kind == .clause ? item.iso2008 : nil, forKey: .iso2008)
        }
    }
}

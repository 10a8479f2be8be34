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
        @NullWhenAbsent var evaluationDate: String?
        var summary: Summary
        var notes: [Note]
        var steps: [Item]
        var clauses: [Group]

        enum CodingKeys: String, CodingKey {
            case version, language, title, agency, scenario, summary, notes, steps, clauses
            case statusDate = "status_date", evaluationDate = "evaluation_date"
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
        var kind: String
        var id: String
        @NullWhenAbsent var parent: String?
        var title: String
        var status: String
        @NullWhenAbsent var date: String?
        @NullWhenAbsent var mustFinishBy: String?
        @NullWhenAbsent var progress: Int?
        @NullWhenAbsent var reason: String?
        var tasks: [String]
        var notes: [Note]
        @NullWhenAbsent var required: Bool?
        @NullWhenAbsent var change: String?
        @NullWhenAbsent var iso2008: [String]?

        init(_ item: Checklist.Item, _ words: ChecklistWords) {
            kind = item.kind.rawValue
            id = item.id
            parent = item.parent
            title = words.text(item.title)
            status = item.status.code
            date = item.status.date?.iso
            mustFinishBy = item.mustFinishBy?.iso
            progress = item.status.progress
            reason = item.status.reason
            tasks = item.tasks
            notes = item.notes.map { Note($0, words) }
            required = item.required
            change = item.change?.rawValue
            iso2008 = item.kind == .clause ? item.iso2008 : nil
        }

        enum CodingKeys: String, CodingKey {
            case kind, id, parent, title, status, date, progress, reason, tasks, notes, required, change, iso2008
            case mustFinishBy = "must_finish_by"
        }
    }
}

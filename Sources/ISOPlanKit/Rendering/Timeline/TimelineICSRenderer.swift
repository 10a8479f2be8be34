/// The timeline as an iCalendar file (RFC 5545) a calendar application imports: per agency
/// its deadline and projected finish, each milestone, and each open task's "must start by"
/// date, all as all-day events. Same input and evaluation date, same bytes: UIDs are
/// name-based UUIDs of portfolio, agency and task ids, and DTSTAMP is the evaluation date.
enum TimelineICSRenderer {
    /// One all-day item.
    struct Item {
        var uidName: String
        var date: CalendarDate
        var summary: String
        var description: String
        var category: String
    }

    static func render(_ entries: [TimelineEntry], title: String?, options: TimelineOptions) -> String {
        entries.reduce(into: head(title: title, language: options.language)) {
            $0 += events($1, title: title, language: options.language)
        } + tail
    }

    /// The calendar's lines before the first event.
    static func head(title: String?, language l: Language) -> String {
        var out = ""
        func add(_ s: String) { out += ICalendarText.fold(s) }
        add("BEGIN:VCALENDAR")
        add("VERSION:2.0")
        add("PRODID:-//isoplan//isoplan timeline//" + (l == .vi ? "VI" : "EN"))
        add("CALSCALE:GREGORIAN")
        add("METHOD:PUBLISH")
        let name = title ?? l.pick(vi: "Tiến độ chuyển đổi ISO 9001:2015", en: "ISO 9001:2015 conversion")
        add("NAME:" + ICalendarText.escape(name))
        add("X-WR-CALNAME:" + ICalendarText.escape(name))
        return out
    }

    /// The line after the last event.
    static var tail: String { ICalendarText.fold("END:VCALENDAR") }

    /// One agency's events (its UIDs name the portfolio by `title`).
    static func events(_ e: TimelineEntry, title: String?, language l: Language) -> String {
        var out: [UInt8] = []
        events(e, title: title, language: l, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// One agency's events written as UTF-8 at the end of `out`: each content line is built
    /// in one reused buffer (escaped as it is written) and folded straight into `out`.
    static func events(_ e: TimelineEntry, title: String?, language l: Language, into out: inout [UInt8]) {
        var line: [UInt8] = []
        line.reserveCapacity(256)
        var stamp = Array("DTSTAMP:".utf8)
        ByteText.compactISO(e.schedule.evaluationDate, into: &stamp)
        stamp.append(contentsOf: "T000000Z\r\n".utf8)
        func start(_ name: String) {
            line.removeAll(keepingCapacity: true)
            ByteText.append(name, to: &line)
        }
        for item in items(e, l, scope: title ?? "") {
            out.append(contentsOf: "BEGIN:VEVENT\r\n".utf8)
            start("UID:")
            NameBasedUUID.make(item.uidName, into: &line)
            ICalendarText.fold(line, into: &out)
            out.append(contentsOf: stamp)
            start("DTSTART;VALUE=DATE:")
            ByteText.compactISO(item.date, into: &line)
            ICalendarText.fold(line, into: &out)
            start("DTEND;VALUE=DATE:")
            ByteText.compactISO(item.date.adding(days: 1), into: &line)
            ICalendarText.fold(line, into: &out)
            start("SUMMARY:")
            ICalendarText.escape(item.summary, into: &line)
            ICalendarText.fold(line, into: &out)
            start("DESCRIPTION:")
            ICalendarText.escape(item.description, into: &line)
            ICalendarText.fold(line, into: &out)
            start("CATEGORIES:")
            ICalendarText.escape(item.category, into: &line)
            ICalendarText.fold(line, into: &out)
            out.append(contentsOf: "TRANSP:TRANSPARENT\r\nEND:VEVENT\r\n".utf8)
        }
    }

    /// The items of one agency, in a fixed order: deadline, projected finish, then its tasks
    /// in dependency order (milestones, then "must start by" dates).
    static func items(_ e: TimelineEntry, _ l: Language, scope: String) -> [Item] {
        let s = e.schedule, agency = e.displayName(l), key = "isoplan:" + scope + "/" + s.agencyID
        let facts = l.pick(vi: "Ngày cập nhật \(s.statusDate.vietnamese); đã xong \(NumberText.progress(s.progress, l)); dự phòng \(s.slackDays) ngày làm việc",
                           en: "Status date \(s.statusDate.vietnamese); \(NumberText.progress(s.progress, l)) done; slack \(s.slackDays) working days")
        var out = [
            Item(uidName: key + "/deadline", date: s.deadline,
                 summary: l.pick(vi: "Hạn chuyển đổi: ", en: "Conversion deadline: ") + agency,
                 description: agency + "\n" + facts, category: l.pick(vi: "Hạn", en: "Deadline")),
            Item(uidName: key + "/projected-finish", date: s.projectedFinish,
                 summary: (s.isComplete ? l.pick(vi: "Hoàn thành chuyển đổi: ", en: "Conversion finished: ")
                                        : l.pick(vi: "Dự kiến hoàn thành: ", en: "Projected finish: ")) + agency,
                 description: agency + "\n" + facts, category: l.pick(vi: "Dự kiến", en: "Projection")),
        ]
        let tasks = e.plan.tasks
        for t in s.tasksInOrder where tasks.indices.contains(t.index) {
            let id = tasks[t.index].id.value, title = tasks[t.index].title.value
            if t.isMilestone {
                out.append(Item(uidName: key + "/task/" + id + "/milestone", date: t.projectedEnd,
                                summary: l.pick(vi: "Mốc: ", en: "Milestone: ") + title + " — " + agency
                                    + (t.isComplete ? l.pick(vi: " (đã đạt)", en: " (reached)") : ""),
                                description: agency + "\n" + title + " (" + id + ")",
                                category: l.pick(vi: "Mốc", en: "Milestone")))
            }
            if !t.isComplete, let by = t.mustStartBy {
                out.append(Item(uidName: key + "/task/" + id + "/must-start-by", date: by,
                                summary: l.pick(vi: "Phải bắt đầu: ", en: "Must start: ") + title + " — " + agency,
                                description: agency + "\n" + title + " (" + id + ")\n"
                                    + l.pick(vi: "Dự kiến bắt đầu ", en: "Projected to start ") + t.projectedStart.vietnamese,
                                category: l.pick(vi: "Phải bắt đầu", en: "Must start by")))
            }
        }
        return out
    }
}

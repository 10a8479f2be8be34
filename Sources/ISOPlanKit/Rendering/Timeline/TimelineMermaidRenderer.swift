import Foundation

/// A Mermaid `gantt` block: a section per agency, one task line per task with explicit
/// inclusive dates, and the non-working days of the range as `excludes` (make-up days as
/// `includes`), so Mermaid draws the same dates and shades the same days off.
enum TimelineMermaidRenderer {
    /// Renders the entries, agencies in the given order, tasks in dependency order.
    static func render(_ entries: [TimelineEntry], title: String?, calendar: WorkCalendar) -> String {
        var out = Array(head(entries.map(TimelineSummary.init), title: title, calendar: calendar).utf8)
        for e in entries { section(e, into: &out) }
        return String(decoding: out, as: UTF8.self)
    }

    /// Everything before the agencies' sections: the title (else the first agency's name) and
    /// the days off between the earliest start and the latest projected finish.
    static func head(_ rows: [TimelineSummary], title: String?, calendar: WorkCalendar) -> String {
        var out = "gantt\n"
        if let title = title ?? rows.first.map({ $0.name }) {
            out += "    title \(clean(title))\n"
        }
        out += "    dateFormat YYYY-MM-DD\n    axisFormat %d/%m/%Y\n    inclusiveEndDates\n"
        let (off, on) = daysOff(rows, calendar)
        out += "    excludes " + (["weekends"] + off.map(\.iso)).joined(separator: " ") + "\n"
        if !on.isEmpty { out += "    includes " + on.map(\.iso).joined(separator: " ") + "\n" }
        return out
    }

    /// One agency's section: its tasks in dependency order.
    static func section(_ e: TimelineEntry) -> String {
        var out: [UInt8] = []
        section(e, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// One agency's section, written as UTF-8 at the end of `out`: `    section NAME`, then per
    /// task `    TITLE :TAGS, AGENCY_ID, START, END`.
    static func section(_ e: TimelineEntry, into out: inout [UInt8]) {
        out.append(contentsOf: "    section ".utf8)
        clean(e.plan.agency.name.value, into: &out)
        out.append(0x0A)
        let schedule = e.schedule, agency = schedule.agencyID
        e.plan.tasks.withUnsafeBufferPointer { tasks in
            for t in schedule.tasksInOrder where tasks.indices.contains(t.index) {
                out.append(contentsOf: "    ".utf8)
                clean(tasks[t.index].title.value, into: &out)
                out.append(0x20); out.append(0x3A)          // " :"
                if t.isComplete { out.append(contentsOf: "done, ".utf8) }
                else if t.progress > 0 { out.append(contentsOf: "active, ".utf8) }
                if t.isCritical { out.append(contentsOf: "crit, ".utf8) }
                if t.isMilestone { out.append(contentsOf: "milestone, ".utf8) }
                ByteText.append(agency, to: &out)
                out.append(0x5F)                             // "_"
                ByteText.append(tasks[t.index].id.value, to: &out)
                out.append(0x2C); out.append(0x20)
                ByteText.iso(t.projectedStart, into: &out)
                out.append(0x2C); out.append(0x20)
                if t.isMilestone { out.append(0x30); out.append(0x64) } else { ByteText.iso(t.projectedEnd, into: &out) }
                out.append(0x0A)
            }
        }
    }

    /// One task's line after the ` :` (the general form `section` writes byte by byte).
    static func line(_ t: ScheduledTask, _ agency: String, _ id: String) -> String {
        var tags: [String] = []
        if t.isComplete { tags.append("done") } else if t.progress > 0 { tags.append("active") }
        if t.isCritical { tags.append("crit") }
        if t.isMilestone { tags.append("milestone") }
        let end = t.isMilestone ? "0d" : t.projectedEnd.iso
        return (tags + [agency + "_" + id, t.projectedStart.iso, end]).joined(separator: ", ")
    }

    /// Weekdays off and weekend days worked between the earliest start and the latest end.
    static func daysOff(_ rows: [TimelineSummary], _ calendar: WorkCalendar) -> ([CalendarDate], [CalendarDate]) {
        guard let lo = rows.map(\.schedule.firstStart).min(),
              let hi = rows.map(\.schedule.projectedFinish).max(), lo <= hi,
              lo.days(to: hi) < 366 * 50 else { return ([], []) }
        var off: [CalendarDate] = [], on: [CalendarDate] = []
        var d = lo
        while d <= hi {
            let working = calendar.isWorkingDay(d)
            if d.isWeekend, working { on.append(d) } else if !d.isWeekend, !working { off.append(d) }
            d = d.adding(days: 1)
        }
        return (off, on)
    }

    /// Text Mermaid can hold in a task or section name: no `:`, `;` or `#`, one line.
    static func clean(_ s: String) -> String {
        var out: [UInt8] = []
        clean(s, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    private static let ratio = Array("∶".utf8), numero = Array("№".utf8)

    /// `clean(s)` written as UTF-8 at the end of `out`, on the bytes: `:`, `;`, `#`, tab, CR
    /// and LF are ASCII, never inside a multi-byte character. Tab, CR, LF and CRLF are always
    /// characters of their own; `:`, `;` and `#` are when the bytes on both sides are ASCII
    /// (no ASCII scalar extends or prepends to a character). Text where one of them touches a
    /// non-ASCII byte (`:` with a combining mark is not `:`), or whose result begins or ends
    /// with white space to trim, goes the character way (`cleanCharacters`).
    static func clean(_ s: String, into out: inout [UInt8]) {
        let start = out.count
        var s = s
        let done = s.withUTF8 { b -> Bool in
            let n = b.count
            var run = 0, i = 0
            while i < n {
                let c = b[i]
                guard c == 0x3A || c == 0x3B || c == 0x23 || c == 0x09 || c == 0x0A || c == 0x0D else { i += 1; continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: b[run..<i]))
                switch c {
                case 0x3A, 0x3B, 0x23:
                    if (i > 0 && b[i - 1] >= 0x80) || (i + 1 < n && b[i + 1] >= 0x80) { return false }
                    if c == 0x3A { out.append(contentsOf: ratio) } else if c == 0x3B { out.append(0x2C) } else { out.append(contentsOf: numero) }
                case 0x0D:
                    out.append(0x20)
                    if i + 1 < n && b[i + 1] == 0x0A { i += 1 }
                default:
                    out.append(0x20)
                }
                i += 1
                run = i
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: b[run..<n]))
            return true
        }
        if done && !endsNeedTrimming(out, from: start) { return }
        out.removeSubrange(start...)
        ByteText.append(cleanCharacters(s), to: &out)
    }

    /// True when the UTF-8 text `out[from...]` begins or ends with a scalar that
    /// `trimmingCharacters(in: .whitespaces)` removes.
    private static func endsNeedTrimming(_ out: [UInt8], from start: Int) -> Bool {
        guard start < out.count else { return false }
        let first = out[start], last = out[out.count - 1]
        if first < 0x80 && last < 0x80 { return first == 0x20 || first == 0x09 || last == 0x20 || last == 0x09 }
        // The first and last scalars alone (at most four bytes each: small strings).
        var firstEnd = start + 1
        while firstEnd < out.count && out[firstEnd] & 0xC0 == 0x80 { firstEnd += 1 }
        var lastStart = out.count - 1
        while lastStart > start && out[lastStart] & 0xC0 == 0x80 { lastStart -= 1 }
        let a = String(decoding: out[start..<firstEnd], as: UTF8.self).unicodeScalars.first!
        let z = String(decoding: out[lastStart...], as: UTF8.self).unicodeScalars.first!
        return isTrimmed(a) || isTrimmed(z)
    }

    /// A scalar `trimmingCharacters(in: .whitespaces)` removes (space and tab are the ASCII ones).
    private static func isTrimmed(_ u: Unicode.Scalar) -> Bool {
        u.isASCII ? u == " " || u == "\t" : CharacterSet.whitespaces.contains(u)
    }

    /// The general form of `clean`, character by character: `:` → `∶`, `;` → `,`, `#` → `№`,
    /// line breaks and tabs → space, then surrounding white space trimmed.
    static func cleanCharacters(_ s: String) -> String {
        var t = ""
        for c in s {
            switch c {
            case ":": t.append("∶")
            case ";": t.append(",")
            case "#": t.append("№")
            case "\n", "\r", "\r\n", "\t": t.append(" ")
            default: t.append(c)
            }
        }
        return t.trimmingCharacters(in: .whitespaces)
    }
}

import Foundation
import Testing
@testable import ISOPlanKit
@testable import ISOPlanTestSupport

/// The iCalendar export: RFC 5545 lines, escaping, folding, stable UIDs and bytes.
@Suite struct TimelineICSRendererTests {
    @Test func escapesBackslashSemicolonCommaAndNewline() {
        #expect(ICalendarText.escape("a,b;c\\d\ne\r\nf") == "a\\,b\\;c\\\\d\\ne\\nf")
        #expect(ICalendarText.escape("Hà Nội") == "Hà Nội")
    }

    @Test func foldsAt75OctetsNeverInsideAMultiByteCharacter() {
        // 73 ASCII octets, then "ệ" (3 octets in UTF-8) straddles octet 75.
        let line = "SUMMARY:" + String(repeating: "x", count: 65) + "ệ" + String(repeating: "Đắk Lắk ", count: 30)
        let folded = ICalendarText.fold(line)
        #expect(folded.hasSuffix("\r\n"))
        let bytes = Array(folded.utf8)
        var physical: [[UInt8]] = [], cur: [UInt8] = [], i = 0
        while i < bytes.count {
            if bytes[i] == 13, i + 1 < bytes.count, bytes[i + 1] == 10 { physical.append(cur); cur = []; i += 2 } else { cur.append(bytes[i]); i += 1 }
        }
        #expect(physical.count > 2)
        #expect(physical.allSatisfy { $0.count <= 75 })
        #expect(physical[0].count == 73)   // the 3-octet "ệ" moved whole to the next line
        #expect(physical.allSatisfy { String(validatingUTF8: $0.map { CChar(bitPattern: $0) } + [0]) != nil })
        #expect(physical.dropFirst().allSatisfy { $0.first == 32 })
        let unfolded = physical.enumerated().map { $0.offset == 0 ? $0.element : Array($0.element.dropFirst()) }.joined()
        #expect(String(decoding: Array(unfolded), as: UTF8.self) == line)
        #expect(ICalendarText.fold("SHORT:1") == "SHORT:1\r\n")
    }

    @Test func nameBasedUUIDsAreVersion5() {
        // Python: uuid.uuid5(uuid.NAMESPACE_URL, "isoplan:Ngành/ha-noi/deadline")
        #expect(NameBasedUUID.make("isoplan:Ngành/ha-noi/deadline") == "20f9fb77-23e9-537e-8ce6-e6ea10318213")
        #expect(NameBasedUUID.make("a") != NameBasedUUID.make("b"))
    }

    @Test func exportMatchesGoldenAndIsReproducible() {
        let options = TimelineOptions(language: .vi)
        let ics = TimelineICSRenderer.render(TimelineFixtures.entries, title: TimelineFixtures.title, options: options)
        Golden.kit.assertMatches(ics, "timeline/timeline-portfolio.ics")
        #expect(ics == TimelineICSRenderer.render(TimelineFixtures.entries, title: TimelineFixtures.title, options: options))
        #expect(ics.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        #expect(ics.hasSuffix("END:VCALENDAR\r\n"))
        #expect(!ics.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(ics.contains("DTSTAMP:20191202T000000Z\r\n"))
        #expect(ics.contains("DTSTART;VALUE=DATE:20201231\r\nDTEND;VALUE=DATE:20210101\r\n"))
        // Another evaluation date changes DTSTAMP; the UIDs stay.
        let laterEntries = TimelineEntry.entries(TimelineFixtures.workspace, asOf: day("2020-01-02"), today: day("2019-12-02"))
        let later = TimelineICSRenderer.render(laterEntries, title: TimelineFixtures.title, options: options)
        #expect(later.contains("DTSTAMP:20200102T000000Z\r\n") && !later.contains("DTSTAMP:20191202"))
        let uids = { (s: String) in s.components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") } }
        #expect(uids(later) == uids(ics) && Set(uids(ics)).count == uids(ics).count)
    }

    @Test func milestonesAreAllDayItems() {
        let p = plan("moc", name: "Cục Mốc; thử, nghiệm", tasks: [task("a", duration: 5), task("m", "Công bố", duration: 0, after: ["a"])])
        let e = TimelineEntry(plan: p, schedule: scheduled(p))
        let ics = TimelineICSRenderer.render([e], title: nil, options: TimelineOptions(language: .en))
        #expect(ics.contains("SUMMARY:Milestone: Công bố — Cục Mốc\\; thử\\, nghiệm\r\n"))
        // Deadline, projected finish, the milestone, and a "must start by" for each task not started.
        #expect(ics.components(separatedBy: "BEGIN:VEVENT").count - 1 == 5)
        #expect(ics.contains("SUMMARY:Must start: a — Cục Mốc\\; thử\\, nghiệm\r\n"))
    }
}

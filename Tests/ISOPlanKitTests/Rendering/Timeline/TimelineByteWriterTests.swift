import Foundation
import Testing
@_spi(Tools) @testable import ISOPlanKit
@testable import ISOPlanTestSupport

/// The Mermaid, iCalendar and portfolio-chart writers work on UTF-8 bytes; these tests hold them to the
/// character-by-character forms they replaced, on awkward text.
@Suite struct TimelineByteWriterTests {
    /// Pieces that are awkward for byte-level work: combining marks on the special characters,
    /// keycaps, emoji with joiners, white space of every kind at the ends, quotes, backslashes,
    /// commas, semicolons, CRLF and lone CR/LF, Vietnamese in both normal forms.
    static let pieces = [
        "", "a", " ", "\t", "\n", "\r", "\r\n", ":", ";", "#", ",", "\\", "\"", "'", "\u{7F}", "\u{1}",
        ":\u{301}", "#\u{FE0F}\u{20E3}", ";\u{308}", "e\u{301}", "\u{301}", "Hà Nội", "Ha\u{300} No\u{323}\u{302}i",
        "ISO 9001:2015", "Đắk Lắk", "👩‍👩‍👧", "🇻🇳", "\u{A0}", "\u{3000}", "\u{2003}", "\u{200B}", "\u{85}",
        "\u{2028}", "№", "∶", "x", "Sở Tài chính", "\u{600}", "ก\u{E33}",
    ]

    /// Every pair and a deterministic sample of longer mixes of the pieces.
    static var awkward: [String] {
        var out = pieces.flatMap { a in pieces.map { b in a + b } }
        var g = SplitMix64(seed: 14)
        for _ in 0..<3000 {
            out.append((0..<Int(g.next() % 7)).map { _ in pieces[Int(g.next() % UInt64(pieces.count))] }.joined())
        }
        return out
    }

    // MARK: Mermaid

    @Test func mermaidCleanOnBytesEqualsTheCharacterForm() {
        for s in Self.awkward {
            #expect(TimelineMermaidRenderer.clean(s) == TimelineMermaidRenderer.cleanCharacters(s), "\(s.unicodeScalars.map { String($0.value, radix: 16) })")
            var out: [UInt8] = [1, 2]
            TimelineMermaidRenderer.clean(s, into: &out)
            #expect(out == [1, 2] + Array(TimelineMermaidRenderer.cleanCharacters(s).utf8))
        }
        // A colon with a combining mark is not a colon to Mermaid's reader either: left as it is.
        #expect(TimelineMermaidRenderer.clean("a:\u{301}b") == "a:\u{301}b")
        #expect(TimelineMermaidRenderer.clean(" \tx:y\r\n") == "x∶y")
    }

    @Test func mermaidSectionEqualsTheJoinedLines() {
        let titles = ["ISO 9001:2015; #1", " Đánh giá\u{A0}", "a:\u{301}", "x\r\ny", "👩‍👩‍👧 #\u{FE0F}\u{20E3}", "Sở \"Tư pháp\", \\ ;"]
        let p = plan("moc", name: "Cục Mốc: thử; #2 ", tasks: titles.enumerated().map { k, t in
            task("t\(k)", t, duration: k == 3 ? 0 : 3 + k, after: k == 0 ? [] : ["t\(k - 1)"], progress: k == 1 ? 50 : 0)
        })
        let e = TimelineEntry(plan: p, schedule: scheduled(p))
        var old = "    section \(TimelineMermaidRenderer.cleanCharacters(p.agency.name.value))\n"
        for t in e.schedule.tasksInOrder {
            old += "    " + TimelineMermaidRenderer.cleanCharacters(p.tasks[t.index].title.value) + " :"
                + TimelineMermaidRenderer.line(t, e.schedule.agencyID, p.tasks[t.index].id.value) + "\n"
        }
        #expect(TimelineMermaidRenderer.section(e) == old)
        for e in TimelineFixtures.entries {
            var old = "    section \(TimelineMermaidRenderer.cleanCharacters(e.plan.agency.name.value))\n"
            for t in e.schedule.tasksInOrder where e.plan.tasks.indices.contains(t.index) {
                old += "    " + TimelineMermaidRenderer.cleanCharacters(e.plan.tasks[t.index].title.value) + " :"
                    + TimelineMermaidRenderer.line(t, e.schedule.agencyID, e.plan.tasks[t.index].id.value) + "\n"
            }
            #expect(TimelineMermaidRenderer.section(e) == old)
        }
    }

    // MARK: iCalendar

    @Test func icsEscapeOnBytesEqualsTheScalarForm() {
        for s in Self.awkward {
            #expect(ICalendarText.escape(s) == ICalendarText.escapeScalars(s))
        }
    }

    /// The folding as it was written on `String`s.
    static func foldReference(_ line: String) -> String {
        let bytes = Array(line.utf8)
        var out: [UInt8] = []
        var i = 0, room = 75
        while i < bytes.count {
            var end = min(i + room, bytes.count)
            while end < bytes.count, end > i, bytes[end] & 0xC0 == 0x80 { end -= 1 }
            if i > 0 { out += [13, 10, 32] }
            out += bytes[i..<end]
            i = end
            room = 74
        }
        out += [13, 10]
        return String(decoding: out, as: UTF8.self)
    }

    @Test func icsFoldsLongLinesWithoutSplittingACharacter() {
        // Lines of every length around the fold points, with 2-, 3- and 4-byte characters
        // falling on octet 75 (and 75 + 74 …).
        for filler in ["x", "ắ", "é", "😀", "e\u{301}", "👩‍👩‍👧"] {
            for n in 0..<90 {
                for prefix in ["", "S", "SUMMARY:", "DESCRIPTION:ab"] {
                    let line = prefix + String(repeating: "a", count: n) + String(repeating: filler, count: 1 + n % 40)
                    let folded = ICalendarText.fold(line)
                    #expect(folded == Self.foldReference(line))
                    let physical = folded.components(separatedBy: "\r\n").dropLast()
                    #expect(physical.allSatisfy { $0.utf8.count <= 75 })
                }
            }
        }
        #expect(ICalendarText.fold("") == "\r\n")
    }

    /// The name-based UUID as it was written (hex through `String(radix:)` and characters).
    static func uuidReference(_ name: String) -> String {
        var h = Array(SHA1.digest(NameBasedUUID.urlNamespace + Array(name.utf8)).prefix(16))
        h[6] = (h[6] & 0x0F) | 0x50
        h[8] = (h[8] & 0x3F) | 0x80
        let hex = h.map { b -> String in
            let s = String(b, radix: 16)
            return s.count == 1 ? "0" + s : s
        }.joined()
        let c = Array(hex)
        return [c[0..<8], c[8..<12], c[12..<16], c[16..<20], c[20..<32]].map { String($0) }.joined(separator: "-")
    }

    @Test func sha1KnownAnswers() {
        let hex = { (s: String) in SHA1.digest(Array(s.utf8)).map { String(format: "%02x", $0) }.joined() }
        #expect(hex("") == "da39a3ee5e6b4b0d3255bfef95601890afd80709")
        #expect(hex("abc") == "a9993e364706816aba3e25717850c26c9cd0d89d")
        #expect(hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") == "84983e441c3bd26ebaae4aa1f95129e5e54670f1")
        #expect(hex(String(repeating: "a", count: 1000)) == "291e9a6c66994949b57ba5e650361e98fc36b1ba")
        // Lengths around the padding boundaries (55, 56, 63, 64 bytes): one or two blocks.
        #expect(hex(String(repeating: "a", count: 55)) == "c1c8bbdc22796e28c0e15163d20899b65621d65a")
        #expect(hex(String(repeating: "a", count: 56)) == "c2db330f6083854c99d4b5bfb6e8f29f201be699")
        #expect(hex(String(repeating: "a", count: 64)) == "0098ba824b5c16427bd7a1122a5a442a25ec644d")
    }

    @Test func uuidBytesEqualTheHexStrings() {
        for s in Self.pieces + ["isoplan:Ngành/ha-noi/deadline", String(repeating: "ệ", count: 100)] {
            #expect(NameBasedUUID.make(s) == Self.uuidReference(s))
        }
    }

    /// One agency's events as they were written: a `String` per line, escaped by scalars.
    static func eventsReference(_ e: TimelineEntry, title: String?, language l: Language) -> String {
        var out = ""
        func add(_ s: String) { out += foldReference(s) }
        for item in TimelineICSRenderer.items(e, l, scope: title ?? "") {
            add("BEGIN:VEVENT")
            add("UID:" + uuidReference(item.uidName))
            add("DTSTAMP:" + ICalendarText.date(e.schedule.evaluationDate) + "T000000Z")
            add("DTSTART;VALUE=DATE:" + ICalendarText.date(item.date))
            add("DTEND;VALUE=DATE:" + ICalendarText.date(item.date.adding(days: 1)))
            add("SUMMARY:" + ICalendarText.escapeScalars(item.summary))
            add("DESCRIPTION:" + ICalendarText.escapeScalars(item.description))
            add("CATEGORIES:" + ICalendarText.escapeScalars(item.category))
            add("TRANSP:TRANSPARENT")
            add("END:VEVENT")
        }
        return out
    }

    @Test func icsEventsEqualTheLineByLineForm() {
        let long = String(repeating: "Đánh giá nội bộ, lần; ", count: 6)
        let p = plan("moc", name: "Cục \"Mốc\"; thử, nghiệm \\ \u{301}👩‍👩‍👧", tasks: [
            task("a", long, duration: 5), task("m", "Công bố:\r\n#1", duration: 0, after: ["a"]),
            task("b", "ắ" + String(repeating: "😀", count: 30), duration: 2, after: ["m"]),
        ])
        let entries = [TimelineEntry(plan: p, schedule: scheduled(p))] + TimelineFixtures.entries
        for e in entries {
            for l in [Language.vi, .en] {
                for title in [nil, "Ngành, \"Tư pháp\"; 2020", String(repeating: "ệ", count: 40)] {
                    var out: [UInt8] = [7]
                    TimelineICSRenderer.events(e, title: title, language: l, into: &out)
                    #expect(out == [7] + Array(Self.eventsReference(e, title: title, language: l).utf8))
                }
            }
        }
    }

    // MARK: the portfolio chart

    /// The SVG and HTML portfolio charts are written into the bytes after what is already
    /// there; the pages of the report's Figure 1 are cut from one buffer.
    @Test func portfolioChartsWrittenAsBytesEqualTheirStrings() {
        let rows = TimelineFixtures.entries.map(TimelineSummary.init)
        for l in [Language.vi, .en] {
            let options = TimelineOptions(language: l)
            for title in [nil, "Ngành \"Tư pháp\" <&>"] {
                let svg = TimelineSVGRenderer.portfolio(rows: rows, title: title, options: options)
                var out: [UInt8] = [9]
                TimelineSVGRenderer.writePortfolio(rows: rows, title: title, options: options, into: &out)
                #expect(out == [9] + Array(svg.utf8))
                let page = HTMLPage.document(title: title ?? l.pick(vi: "Tiến độ chuyển đổi", en: "Conversion timeline"),
                                             language: l, style: HTMLPage.chartStyle,
                                             body: "<div class=\"chart\">" + svg + "</div>\n")
                #expect(TimelineHTMLRenderer.portfolio(rows: rows, title: title, options: options) == page)
                #expect(TimelineSVGRenderer.portfolioPages(rows, title: title, options: options, rowsPerPage: Int.max) == [svg])
                for per in [1, 2, 3] {
                    let pages = TimelineSVGRenderer.portfolioPages(rows, title: title, options: options, rowsPerPage: per)
                    #expect(pages.count == (rows.count + per - 1) / per)
                    #expect(pages.allSatisfy { $0.hasPrefix("<svg ") && $0.hasSuffix("</svg>") && $0.components(separatedBy: "<svg ").count == 2 })
                }
            }
            #expect(TimelineSVGRenderer.portfolioPages([], title: nil, options: options, rowsPerPage: 5)
                == [TimelineSVGRenderer.portfolio(rows: [], title: nil, options: options)])
        }
    }
}

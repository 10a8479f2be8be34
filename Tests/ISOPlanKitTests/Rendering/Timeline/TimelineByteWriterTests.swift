import Foundation
import Testing
@testable import ISOPlanKit
@testable import ISOPlanTestSupport

/// The Mermaid writer works on UTF-8 bytes; these tests hold it to the
/// character-by-character form it replaced, on awkward text.
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
        var g = SplitMix64(state: 14)
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
}

/// SplitMix64: a small seeded generator, so the sample is the same on every run.
private struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

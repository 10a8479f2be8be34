import Testing
@testable import ISOPlanKit

@Suite struct TextWidthTests {
    @Test func vietnameseCountsOneColumnPerLetter() {
        let precomposed = "Sở Lao động"
        let combining = "So\u{31B}\u{309} Lao \u{111}o\u{323}\u{302}ng"   // same text, combining marks
        #expect(TextWidth.of(precomposed) == 11)
        #expect(TextWidth.of(combining) == 11)
        #expect(TextWidth.of("漢字") == 4)
    }

    @Test func truncatesAtGraphemeBoundary() {
        let s = "Đào tạo TCVN ISO 9001:2015"
        let t = TextWidth.truncate(s, to: 8)
        #expect(t == "Đào tạo…")
        #expect(TextWidth.of(t) == 8)
        let wide = TextWidth.truncate("漢字漢字", to: 4)
        #expect(wide == "漢…")
        #expect(TextWidth.padRight("Hà Nội", to: 8) == "Hà Nội  ")
        #expect(TextWidth.padLeft("42", to: 4) == "  42")
    }

    @Test func styleIsEmptyWhenOff() {
        #expect(TextStyle(enabled: false).apply(.red, "x") == "x")
        #expect(TextStyle(enabled: true).apply(.red, "x") == "\u{1B}[31mx\u{1B}[0m")
    }
}

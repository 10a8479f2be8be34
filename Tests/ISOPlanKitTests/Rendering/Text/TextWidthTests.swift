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

    /// Texts whose scalars are characters of their own are counted by scalar (fast), the others
    /// by character; both give what counting characters gives, and words split the same.
    static let samples = [
        "", "plain ASCII, with (punctuation) — and … “quotes”", "Sở Lao động – Thương binh · Xã hội",
        "tab\there\r\nCRLF\u{7F}\u{85}", "Đ đ Ư ư Ơ ơ ỹ Ỹ ‰ ‹ ›", "So\u{31B}\u{309} Lao", "a\u{200D}b", "漢字 x",
        "e\u{301} * _", "  two  spaces  ", "👩‍👩‍👧 family", "\u{AD}soft",
    ]

    @Test(arguments: samples)
    func scalarCountEqualsCharacterCount(_ s: String) {
        let byCharacter = s.reduce(0) { $0 + TextWidth.of($1) }
        #expect(TextWidth.of(s) == byCharacter)
        if let w = TextWidth.simpleWidth(s) { #expect(w == byCharacter) }
        #expect(TextWrap.words(s) == s.split(separator: " ", omittingEmptySubsequences: true).map(String.init))
    }

    @Test func simpleWidthLeavesCombiningMarksJoinersAndWideCharactersToCharacters() {
        #expect(TextWidth.simpleWidth("Sở Lao động – Thương binh · Xã hội") == 34)
        #expect(TextWidth.simpleWidth("So\u{31B}\u{309}") == nil)
        #expect(TextWidth.simpleWidth("a\u{200D}b") == nil)
        #expect(TextWidth.simpleWidth("漢") == nil)
    }

    /// The escape that skips text without special bytes gives what escaping every character gives.
    @Test(arguments: samples + ["a*b_[c]", "Cục | Vụ\n<b>#1</b>", "`code` ~x~ \\", "line\r\nnext", "*\u{301}"])
    func markdownEscapeEqualsTheCharacterByCharacterEscape(_ s: String) {
        var expected = ""
        for c in s {
            if "\\`*_[]<>~|#".contains(c) { expected.append("\\") }
            expected.append(c == "\n" ? " " : c)
        }
        #expect(Markdown.escape(s) == expected)
    }
}

import Testing
@testable import ISOPlanKit

@Suite struct TextWrapTests {
    @Test func wrapBreaksAtSpacesAndCutsLongWords() {
        #expect(TextWrap.wrap("một hai ba bốn", width: 7) == ["một hai", "ba bốn"])
        #expect(TextWrap.wrap("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
        #expect(TextWrap.wrap("", width: 10) == [""])
        #expect(TextWrap.hanging("a b c d", first: "  - ", width: 7) == ["  - a b", "    c d"])
    }

    @Test func firstLineAndContinuationLinesHaveTheirOwnLead() {
        #expect(TextWrap.wrap("- một hai ba", width: 10, first: "  ", indent: "    ")
                == ["  - một", "    hai ba"])
        // A word too long for a line is cut after the lead, never shortened with an ellipsis.
        #expect(TextWrap.wrap("abcdefgh", width: 6, first: "- ", indent: "  ") == ["- abcd", "  efgh"])
        #expect(TextWrap.wrap("x", width: 3, first: "", indent: "      ") == ["x"])
    }

    @Test func markdownEscapesFormattingAndTablePipes() {
        #expect(Markdown.escape("a*b_[c]") == "a\\*b\\_\\[c\\]")
        #expect(Markdown.escape("Cục | Vụ\n<b>#1</b>") == "Cục \\| Vụ \\<b\\>\\#1\\</b\\>")
    }
}

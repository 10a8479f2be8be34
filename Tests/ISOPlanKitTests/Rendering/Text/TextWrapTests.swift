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

    /// A word longer than a line (a plan's path standing for its name, an id) is cut after a
    /// `/` or `-` that fits, not inside a word; without one, where it must be.
    @Test func longWordsBreakAfterSlashesAndHyphens() {
        let path = "/tmp/ux/risk/agencies/ba-ria-vung-tau/so-lao-dong-thuong-binh-xa-hoi.yaml"
        #expect(TextWrap.wrap(path, width: 17)
                == ["/tmp/ux/risk/", "agencies/ba-ria-", "vung-tau/so-lao-", "dong-thuong-binh-", "xa-hoi.yaml"])
        #expect(TextWrap.wrap("ab-cdefgh ij", width: 4) == ["ab-", "cdef", "gh", "ij"])
        #expect(TextWrap.wrap("-abcdefgh", width: 4) == ["-abc", "defg", "h"])
        #expect(TextWrap.wrap("- " + path, width: 20, first: "  ", indent: "    ")
                == ["  -", "    /tmp/ux/risk/", "    agencies/ba-ria-", "    vung-tau/so-lao-", "    dong-thuong-",
                    "    binh-xa-hoi.yaml"])
    }

    @Test func markdownEscapesFormattingAndTablePipes() {
        #expect(Markdown.escape("a*b_[c]") == "a\\*b\\_\\[c\\]")
        #expect(Markdown.escape("Cục | Vụ\n<b>#1</b>") == "Cục \\| Vụ \\<b\\>\\#1\\</b\\>")
    }

    /// Awkward text for the byte-level fast paths: combining marks, wide characters, emoji,
    /// joiners, tabs and other controls, CR LF, runs of spaces, words longer than a line.
    static let awkward = [
        "Sở Lao động – Thương binh và Xã hội tỉnh Bà Rịa – Vũng Tàu", "So\u{31B}\u{309} Lao \u{111}o\u{323}\u{302}ng",
        "中华人民共和国 国务院 办公厅", "đoàn 👩‍💻 kiểm tra 🇻🇳 cờ", "a\tb\tc\u{1}d\u{7F}e\u{85}f\u{A0}g", "x\r\ny z\r\n",
        "  - một  hai   ba ", "abcdefghijklmnopqrstuvwxyz0123456789", "ổổổổổổổổổổổổổổổổổổổổ ệ", "—…‘’“” ‰ ‹›",
        "Ứng dụng CNTT: Sở LĐTBXH—“Kế hoạch” ‰ \u{2028} ok", "", " ", "\u{300}a b", "e\u{301}e\u{301}e\u{301}e\u{301}e\u{301}",
        "/tmp/ké-hoạch/agencies/bà-rịa-vũng-tàu/sở-lđtbxh.yaml", "-a-b/c//d--e/", "中华-人民/共和国-国务院", "e\u{301}-e\u{301}/x",
    ]

    @Test func simpleWrapGivesTheLinesOfTheCharacterWrap() {
        for text in Self.awkward {
            for extra in ["", " tiếp theo dài hơn", "\t\u{9F}x"] {
                let t = text + extra
                for width in [0, 1, 2, 3, 5, 8, 13, 40] {
                    for (first, indent) in [("", ""), ("  ", "    "), ("- ", "  "), ("\t", "\u{1}"), ("ổ ", "  "), ("        ", "   ")] {
                        #expect(TextWrap.wrap(t, width: width, first: first, indent: indent)
                                == TextWrap.characterWrap(t, width: width, first: first, indent: indent), "\(t) \(width)")
                    }
                }
            }
        }
        #expect(TextWrap.simpleWrap("tiếng Việt có dấu", width: 5, first: "", indent: "") != nil)
        #expect(TextWrap.simpleWrap("So\u{31B}\u{309}", width: 5, first: "", indent: "") == nil)
        #expect(TextWrap.simpleWrap("x\r\ny", width: 5, first: "", indent: "") == nil)
    }

    @Test func wrappingIntoBytesGivesTheJoinedLinesOfTheCharacterWrap() {
        for text in Self.awkward + ["x\r\ny z", "a\u{1E00}\u{1EFF}\u{1DFF}\u{1F00} \u{2010}\u{2027}\u{2028}\u{202F}\u{2030}\u{205E}\u{205F}"] {
            for extra in ["", " tiếp theo dài hơn", "\t\u{9F}x"] {
                let t = text + extra
                for width in [0, 1, 2, 3, 5, 8, 13, 40] {
                    for (first, indent) in [("", ""), ("  ", "    "), ("- ", "  "), ("\t", "\u{1}"), ("ổ ", "  "), ("e\u{301} ", " ")] {
                        var lines = TextWrap.characterWrap(t, width: width, first: first, indent: indent)
                        var out: [UInt8] = [0x41]
                        TextWrap.wrap(t, width: width, first: first, indent: indent, into: &out)
                        #expect(out == [0x41] + Array((lines.joined(separator: "\n") + "\n").utf8), "\(t) \(width)")
                        // A lead in place of `first` (e.g. coloured) on the first line only.
                        lines[0] = "[" + first + "]" + lines[0].dropFirst(first.count)
                        out = []
                        TextWrap.wrap(t, width: width, first: first, indent: indent, lead: "[" + first + "]", into: &out)
                        #expect(out == Array((lines.joined(separator: "\n") + "\n").utf8), "\(t) \(width)")
                    }
                }
            }
        }
    }

    @Test func widthCountedOnBytesIsTheWidthCountedByScalars() {
        for text in Self.awkward + ["\u{1E00}\u{1EFF}", "\u{1DFF}", "\u{1F00}", "\u{2010}\u{2027}\u{2030}\u{205E}", "\u{200F}",
                                    "\u{2028}", "\u{205F}", "\u{80}\u{9F}\u{A0}\u{2FF}", "\u{300}", "中", "😀", "\u{7F}\u{1F}"] {
            var scalars: Int? = 0
            for v in text.unicodeScalars.map(\.value) {
                if v < 0x300 { scalars! += v < 0x20 || (v >= 0x7F && v < 0xA0) ? 0 : 1 }
                else if (0x1E00...0x1EFF).contains(v) || (0x2010...0x2027).contains(v) || (0x2030...0x205E).contains(v) { scalars! += 1 }
                else { scalars = nil; break }
            }
            #expect(TextWidth.simpleWidth(text) == scalars, "\(text)")
        }
    }

    @Test func reportWrappingByBytesGivesTheLinesOfTheCharacterSplit() {
        let text = Self.awkward.map { "  - " + $0 + " " + $0 }.joined(separator: "\n") + "\n\nlast line\n"
        for width in [1, 4, 10, 20, 40, 80] {
            var o = ReportOptions()
            o.width = width
            for t in [text, String(decoding: text.utf8.filter { $0 != 0x0D }, as: UTF8.self)] {
                let byCharacters = t.split(separator: "\n", omittingEmptySubsequences: false)
                    .flatMap { ReportDocumentRenderer.wrappedLine(String($0), o) }.joined(separator: "\n")
                #expect(ReportDocumentRenderer.wrapped(t, o, markdown: false) == byCharacters)
            }
        }
        #expect(ReportDocumentRenderer.wrapped("", ReportOptions(), markdown: false) == "")
    }
}

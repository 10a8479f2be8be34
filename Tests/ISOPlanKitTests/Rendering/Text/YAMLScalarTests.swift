import Testing
@testable import ISOPlanKit

@Suite struct YAMLScalarTests {
    @Test(arguments: [
        "Cục Việc làm", "Sở Lao động - Thương binh và Xã hội thành phố Hà Nội", "TCVN ISO 9001:2015",
        "123/QĐ-SLĐTBXH", "ha-noi", "Hà Nội", "a#b", "C++",
    ])
    func plainWhenSafe(text: String) {
        #expect(!YAMLScalar.needsQuotes(text))
        #expect(YAMLScalar.render(text) == text)
    }

    @Test(arguments: [
        "", " lead", "trail ", "a: b", "a #b", "ends:", "#x", "- x", "-x", "? x", "[x]", "{x}", "*x", "&x",
        "!x", "|x", ">x", "'x'", "\"x\"", "%x", "@x", "`x`", "...", "5.1", "2019", "2019-07-01", "1e3",
        "12:30", "0x1F", "true", "No", "ON", "null", "~", ".inf", "a\nb", "tab\there",
    ])
    func quotedWhenAReaderCouldSeeSomethingElse(text: String) {
        #expect(YAMLScalar.needsQuotes(text))
        #expect(YAMLScalar.render(text).hasPrefix("\""))
    }

    @Test func flowContextAlsoQuotesCommasAndBrackets() {
        #expect(!YAMLScalar.needsQuotes("a,b"))
        #expect(YAMLScalar.needsQuotes("a,b", inFlow: true))
        #expect(YAMLScalar.needsQuotes("a]", inFlow: true))
        #expect(YAMLScalar.render("ban-chi-dao", inFlow: true) == "ban-chi-dao")
        #expect(YAMLScalar.render("2019", inFlow: true) == "\"2019\"")
    }

    @Test func doubleQuotedEscapes() {
        #expect(YAMLScalar.doubleQuoted("5.1") == "\"5.1\"")
        #expect(YAMLScalar.doubleQuoted("a\"b\\c") == "\"a\\\"b\\\\c\"")
        #expect(YAMLScalar.doubleQuoted("a\nb\tc") == "\"a\\nb\\tc\"")
        #expect(YAMLScalar.doubleQuoted("\u{1}") == "\"\\u0001\"")
        #expect(YAMLScalar.doubleQuoted("Hà Nội") == "\"Hà Nội\"")
    }
}

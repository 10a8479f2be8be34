/// The shell of the self-contained HTML outputs: one file, all CSS inline, nothing fetched.
enum HTMLPage {
    /// A4 portrait with the margins of Decree 30/2020/NĐ-CP (top and bottom 20 mm, left
    /// 30 mm, right 15 mm); page numbers centred in the top margin from page 2.
    static let pageRules = """
    @page { size: A4 portrait; margin: 20mm 15mm 20mm 30mm;
      @top-center { content: counter(page); font-family: 'Times New Roman', 'Liberation Serif', Tinos, serif; font-size: 13pt; vertical-align: bottom; padding-bottom: 4mm; } }
    @page :first { @top-center { content: none; } }
    """

    static let chartStyle = pageRules + """

    html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    body { margin: 0; font-family: Arial, 'Liberation Sans', Arimo, sans-serif; color: #000; }
    @media screen { body { max-width: 165mm; margin: 8mm auto; } }
    .chart { break-inside: avoid; page-break-inside: avoid; margin: 0 0 6mm 0; }
    .chart svg { display: block; max-width: 100%; height: auto; }
    """

    static func document(title: String, language: Language, style: String, body: String) -> String {
        documentHead(title: title, language: language, style: style) + body + documentTail
    }

    /// A document's text before its body (`document`'s, for a body written in parts).
    static func documentHead(title: String, language: Language, style: String) -> String {
        "<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n"
            + "<title>\(MarkupText.escape(title))</title>\n<style>\n\(style)\n</style>\n</head>\n<body>\n"
    }

    /// A document's text after its body.
    static let documentTail = "</body>\n</html>\n"
}

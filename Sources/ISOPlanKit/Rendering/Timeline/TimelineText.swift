/// Text helpers shared by the charts.
enum TimelineText {
    /// A piece of a header or legend line, with its colour.
    struct Field {
        var text: String
        var color: TextStyle.Color?
        init(_ text: String, _ color: TextStyle.Color? = nil) {
            self.text = text
            self.color = color
        }
    }

    /// `fields` joined by `separator`, wrapped so no line exceeds `width` columns (measured
    /// before colouring, so escape codes never count or get cut).
    static func wrap(_ fields: [Field], separator: String, width: Int,
                     style: TextStyle = TextStyle(enabled: false)) -> [String] {
        var lines: [String] = []
        var plain = "", styled = ""
        for f in fields {
            let text = TextWidth.of(f.text) > width ? TextWidth.truncate(f.text, to: width) : f.text
            let colored = f.color.map { style.apply($0, text) } ?? text
            if plain.isEmpty {
                (plain, styled) = (text, colored)
            } else if TextWidth.of(plain + separator + text) > width {
                lines.append(styled)
                (plain, styled) = (text, colored)
            } else {
                (plain, styled) = (plain + separator + text, styled + separator + colored)
            }
        }
        if !plain.isEmpty { lines.append(styled) }
        return lines
    }

    /// Removes trailing blanks.
    static func trimmed(_ s: String) -> String {
        var t = Substring(s)
        while t.last == " " { t = t.dropLast() }
        return String(t)
    }

    /// `+12`, `0`, `-3`.
    static func signed(_ n: Int) -> String { n > 0 ? "+\(n)" : String(n) }

    /// Percent with no decimals, never 100 before everything is done: `30%`, `30 %` in Vietnamese.
    static func percent(_ p: Double, _ lang: Language) -> String { NumberText.progress(p, lang) }

    /// A label cut to `width` columns at a grapheme boundary, padded to it.
    static func label(_ s: String, _ width: Int, _ g: TimelineGlyphs) -> String {
        TextWidth.padRight(TextWidth.truncate(s, to: width, ellipsis: g.ellipsis), to: width)
    }
}

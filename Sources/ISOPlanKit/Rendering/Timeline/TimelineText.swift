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
        let texts = fields.map { TextWidth.of($0.text) > width ? TextWidth.truncate($0.text, to: width) : $0.text }
        let lines = wrap(texts, separator: separator) { TextWidth.of($0) <= width }
        return lines.map { line in
            line.map { k in fields[k].color.map { style.apply($0, texts[k]) } ?? texts[k] }.joined(separator: separator)
        }
    }

    /// The indices of `texts` line by line: each line takes texts joined by `separator` for as
    /// long as `fits` holds of the joined text, and at least one.
    static func wrap(_ texts: [String], separator: String, fits: (String) -> Bool) -> [[Int]] {
        var lines: [[Int]] = [], line: [Int] = [], joined = ""
        for (k, text) in texts.enumerated() {
            if joined.isEmpty {
                (line, joined) = ([k], text)
            } else if !fits(joined + separator + text) {
                lines.append(line)
                (line, joined) = ([k], text)
            } else {
                line.append(k)
                joined += separator + text
            }
        }
        if !joined.isEmpty { lines.append(line) }
        return lines
    }

    /// `+12`, `0`, `-3`.
    static func signed(_ n: Int) -> String { n > 0 ? "+\(n)" : String(n) }


    /// A label cut to `width` columns at a grapheme boundary, padded to it.
    static func label(_ s: String, _ width: Int, _ g: TimelineGlyphs) -> String {
        TextWidth.padRight(TextWidth.truncate(s, to: width, ellipsis: g.ellipsis), to: width)
    }
}

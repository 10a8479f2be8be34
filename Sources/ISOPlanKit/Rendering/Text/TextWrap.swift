/// Word wrapping by displayed width (see `TextWidth`).
public enum TextWrap {
    /// Breaks `text` into lines of at most `width` columns at spaces; a word longer than a
    /// line is cut at grapheme boundaries. Always returns at least one line.
    public static func wrap(_ text: String, width: Int) -> [String] {
        let width = max(1, width)
        var lines: [String] = []
        var line = ""
        var used = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
            var rest = word
            var w = TextWidth.of(rest)
            if used > 0 && used + 1 + w <= width {
                line += " " + rest
                used += 1 + w
                continue
            }
            if used > 0 { lines.append(line); line = ""; used = 0 }
            while w > width {
                let (head, tail) = split(rest, at: width)
                lines.append(head)
                rest = tail
                w = TextWidth.of(rest)
            }
            line = rest
            used = w
        }
        lines.append(line)
        return lines
    }

    /// Wraps `text` after `first` (e.g. `"  - "`), indenting the following lines to the
    /// same width so that the text forms a hanging block.
    public static func hanging(_ text: String, first: String, width: Int) -> [String] {
        let indent = TextWidth.of(first)
        let pad = String(repeating: " ", count: indent)
        return wrap(text, width: width - indent).enumerated().map { i, line in
            (i == 0 ? first : pad) + line
        }
    }

    /// The longest prefix of `s` that fits `width` columns (at least one character), and the rest.
    static func split(_ s: String, at width: Int) -> (String, String) {
        var head = ""
        var used = 0
        var index = s.startIndex
        while index < s.endIndex {
            let w = TextWidth.of(s[index])
            if used + w > width && !head.isEmpty { break }
            head.append(s[index])
            used += w
            index = s.index(after: index)
        }
        return (head, String(s[index...]))
    }
}

/// Word wrapping by displayed width (see `TextWidth`), the one wrapping every product uses.
enum TextWrap {
    /// Breaks `text` into lines of at most `width` columns at spaces. The first line starts with
    /// `first`, the following ones with `indent`; a word longer than a line is cut at grapheme
    /// boundaries (never dropped or shortened). Always returns at least one line.
    static func wrap(_ text: String, width: Int, first: String = "", indent: String = "") -> [String] {
        let width = max(1, width)
        let indentWidth = TextWidth.of(indent)
        var lines: [String] = []
        var line = first
        var used = TextWidth.of(first)
        var hasWord = false
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var rest = String(word)
            var w = TextWidth.of(rest)
            if hasWord && used + 1 + w <= width {
                line += " " + rest
                used += 1 + w
                continue
            }
            if hasWord { lines.append(line); line = indent; used = indentWidth }
            while used + w > width && !rest.isEmpty {
                let (head, tail) = split(rest, at: width - used)
                lines.append(line + head)
                line = indent
                used = indentWidth
                rest = tail
                w = TextWidth.of(rest)
            }
            line += rest
            used += w
            hasWord = true
        }
        lines.append(line)
        return lines
    }

    /// Wraps `text` after `first` (e.g. `"  - "`), indenting the following lines to the
    /// same width so that the text forms a hanging block.
    static func hanging(_ text: String, first: String, width: Int) -> [String] {
        wrap(text, width: width, first: first, indent: String(repeating: " ", count: TextWidth.of(first)))
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

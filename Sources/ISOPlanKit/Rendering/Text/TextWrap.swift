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
        for word in words(text) {
            var rest = word
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

    /// The words of `text` between spaces. When every scalar is a character of its own (see
    /// `TextWidth.simpleWidth`) the split is made on the UTF-8 bytes, the same words faster.
    static func words(_ text: String) -> [String] {
        guard TextWidth.simpleWidth(text) != nil else {
            return text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        }
        return text.utf8.split(separator: 0x20, omittingEmptySubsequences: true).map { String(Substring($0)) }
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

/// Markdown escaping, for text inside a line or a table cell (GitHub-flavoured Markdown).
enum Markdown {
    /// Escapes the characters Markdown would read as formatting (emphasis, code, links, HTML,
    /// headings, strike-through, table pipes) and turns line breaks into spaces.
    static func escape(_ s: String) -> String {
        var out = ""
        for c in s {
            if "\\`*_[]<>~|#".contains(c) { out.append("\\") }
            out.append(c == "\n" ? " " : c)
        }
        return out
    }
}

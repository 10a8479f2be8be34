/// Markdown escaping, for text inside a line or a table cell (GitHub-flavoured Markdown).
enum Markdown {
    /// Escapes the characters Markdown would read as formatting (emphasis, code, links, HTML,
    /// headings, strike-through, table pipes) and turns line breaks into spaces.
    static func escape(_ s: String) -> String {
        // Most text has none of these (ASCII) bytes: it is its own escape.
        guard s.utf8.contains(where: isSpecial) else { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count + 8)
        for c in s {
            switch c {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "~", "|", "#": out.append("\\")
            default: break
            }
            out.append(c == "\n" ? " " : c)
        }
        return out
    }

    /// True for the bytes of the characters `escape` changes: \ ` * _ [ ] < > ~ | # and a line feed.
    private static func isSpecial(_ b: UInt8) -> Bool {
        switch b {
        case 0x5C, 0x60, 0x2A, 0x5F, 0x5B, 0x5D, 0x3C, 0x3E, 0x7E, 0x7C, 0x23, 0x0A: true
        default: false
        }
    }
}

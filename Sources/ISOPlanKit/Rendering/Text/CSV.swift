/// RFC 4180 CSV, shared by every CSV output.
public enum CSV {
    /// Rows with CRLF line ends (every CSV output).
    public static func encode(_ rows: [[String]]) -> String {
        rows.map(line).joined()
    }

    /// One row and its CRLF line end.
    public static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// A field, quoted (with quotes doubled) when it holds a comma, a double quote, a line
    /// break or surrounding spaces.
    public static func field(_ s: String) -> String {
        let needsQuotes = s.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
            || s.hasPrefix(" ") || s.hasSuffix(" ")
        return needsQuotes ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }
}

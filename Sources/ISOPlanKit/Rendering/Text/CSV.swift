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
        // Scanned as UTF-8 bytes (these four are ASCII and never inside a multi-byte
        // character): a comma with a combining mark on it is still a comma to a CSV reader.
        let needsQuotes = s.utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
            || s.hasPrefix(" ") || s.hasSuffix(" ")
        return needsQuotes ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }

    /// `field(s)` appended as UTF-8 bytes: a field with none of the bytes that call for quotes
    /// (nearly every one) is copied as it is; any other goes through `field`, so both write
    /// the same bytes.
    static func field(_ s: String, into out: inout [UInt8]) {
        var s = s
        let plain = s.withUTF8 { b -> Bool in
            guard let first = b.first, let last = b.last else { return true }
            if first == 0x20 || last == 0x20 { return false }
            for c in b where c == 0x2C || c == 0x22 || c == 0x0A || c == 0x0D { return false }
            out.append(contentsOf: b)
            return true
        }
        if !plain { ByteText.append(field(s), to: &out) }
    }
}

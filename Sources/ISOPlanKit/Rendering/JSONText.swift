/// Pieces of JSON written exactly as Foundation's `JSONEncoder` writes them with
/// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`, for renderers whose output is
/// too large to go through it (the encoder builds a tree of the whole document on one thread).
enum JSONText {
    /// A string: `"` and `\` escaped, control characters as \b \f \n \r \t or \u00XX,
    /// everything else (slashes, DEL, non-ASCII) as is.
    static func string(_ s: String, into out: inout String) {
        out.unicodeScalars.append("\"")
        var start = s.utf8.startIndex
        var i = start
        let utf8 = s.utf8
        while i != utf8.endIndex {
            let c = utf8[i]
            if c == 0x22 || c == 0x5C || c < 0x20 {
                out += s[start..<i]
                switch c {
                case 0x22: out += "\\\""
                case 0x5C: out += "\\\\"
                case 0x08: out += "\\b"
                case 0x0C: out += "\\f"
                case 0x0A: out += "\\n"
                case 0x0D: out += "\\r"
                case 0x09: out += "\\t"
                default: out += "\\u00" + hex(c >> 4) + hex(c & 15)
                }
                start = utf8.index(after: i)
            }
            i = utf8.index(after: i)
        }
        out += s[start...]
        out.unicodeScalars.append("\"")
    }

    static func hex(_ v: UInt8) -> String { String(v, radix: 16) }

    /// A finite number: its shortest form without a trailing ".0" (100.0 → 100, 1e-07 stays);
    /// nil for NaN and infinities, which JSON cannot hold.
    static func number(_ v: Double) -> String? {
        guard v.isFinite else { return nil }
        let d = v.description
        return d.hasSuffix(".0") ? String(d.dropLast(2)) : d
    }

    /// `n` spaces.
    static func indent(_ n: Int) -> String { String(repeating: " ", count: n) }
}

/// Escaping for text placed in HTML and SVG (XML) documents.
enum MarkupText {
    /// `s` with `&`, `<`, `>`, `"` and `'` escaped, safe in element text and in quoted
    /// attributes; control characters other than tab and newline become spaces.
    static func escape(_ s: String) -> String {
        if !s.utf8.contains(where: { $0 < 32 || $0 == 38 || $0 == 60 || $0 == 62 || $0 == 34 || $0 == 39 || $0 == 0x7F }) {
            return s
        }
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for u in s.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n": out.unicodeScalars.append(u)
            default: if u.value < 32 || u.value == 0x7F { out += " " } else { out.unicodeScalars.append(u) }
            }
        }
        return out
    }

    /// `escape(s)` written as UTF-8 at the end of `out`: the characters escaped and replaced
    /// are all ASCII, so the bytes are scanned as they are (a UTF-8 byte below 0x80 is always
    /// a character of its own) and the runs between them copied whole.
    static func escape(_ s: String, into out: inout [UInt8]) {
        ByteText.append(s, to: &out, replacing: { c in
            (c < 32 && c != 9 && c != 10) || c == 38 || c == 60 || c == 62 || c == 34 || c == 39 || c == 0x7F
        }, with: { c, out in
            switch c {
            case 38: ByteText.literal("&amp;", to: &out)
            case 60: ByteText.literal("&lt;", to: &out)
            case 62: ByteText.literal("&gt;", to: &out)
            case 34: ByteText.literal("&quot;", to: &out)
            case 39: ByteText.literal("&#39;", to: &out)
            default: out.append(0x20)
            }
        })
    }

    /// `num(v)` written as UTF-8 at the end of `out`.
    static func num(_ v: Double, into out: inout [UInt8]) {
        let r = (v * 100).rounded() / 100
        if r == r.rounded() {
            ByteText.int(Int(r), into: &out)
            return
        }
        // format2 with its trailing zeros dropped (never past the point).
        let cents = Int((abs(r) * 100).rounded())
        let frac = cents % 100
        if r < 0 { out.append(0x2D) }
        ByteText.int(cents / 100, into: &out)
        out.append(0x2E)
        if frac == 0 { return }
        out.append(0x30 + UInt8(frac / 10))
        if frac % 10 != 0 { out.append(0x30 + UInt8(frac % 10)) }
    }

    /// A number for an SVG coordinate: at most two decimals, no trailing zeros.
    static func num(_ v: Double) -> String {
        let r = (v * 100).rounded() / 100
        if r == r.rounded() { return String(Int(r)) }
        var s = String(format2(r))
        while s.hasSuffix("0") { s.removeLast() }
        return s
    }

    private static func format2(_ v: Double) -> String {
        let neg = v < 0
        let cents = Int((abs(v) * 100).rounded())
        let frac = cents % 100
        return (neg ? "-" : "") + "\(cents / 100)." + (frac < 10 ? "0" : "") + "\(frac)"
    }
}

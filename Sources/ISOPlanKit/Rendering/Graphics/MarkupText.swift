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

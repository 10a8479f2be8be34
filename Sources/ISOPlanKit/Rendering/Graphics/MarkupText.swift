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
        var s = s
        s.withUTF8 { b in
            var start = 0
            for i in 0..<b.count {
                let c = b[i]
                if c >= 32 && c != 38 && c != 60 && c != 62 && c != 34 && c != 39 && c != 0x7F { continue }
                if c == 9 || c == 10 { continue }
                if i > start { out.append(contentsOf: UnsafeBufferPointer(rebasing: b[start..<i])) }
                start = i + 1
                switch c {
                case 38: out.append(contentsOf: [0x26, 0x61, 0x6D, 0x70, 0x3B])  // &amp;
                case 60: out.append(contentsOf: [0x26, 0x6C, 0x74, 0x3B])  // &lt;
                case 62: out.append(contentsOf: [0x26, 0x67, 0x74, 0x3B])  // &gt;
                case 34: out.append(contentsOf: [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B])  // &quot;
                case 39: out.append(contentsOf: [0x26, 0x23, 0x33, 0x39, 0x3B])  // &#39;
                default: out.append(0x20)
                }
            }
            if b.count > start { out.append(contentsOf: UnsafeBufferPointer(rebasing: b[start..<b.count])) }
        }
    }

    /// `num(v)` written as UTF-8 at the end of `out`.
    static func num(_ v: Double, into out: inout [UInt8]) {
        let r = (v * 100).rounded() / 100
        if r == r.rounded() {
            int(Int(r), into: &out)
            return
        }
        // format2 with its trailing zeros dropped (never past the point).
        let cents = Int((abs(r) * 100).rounded())
        let frac = cents % 100
        if r < 0 { out.append(0x2D) }
        int(cents / 100, into: &out)
        out.append(0x2E)
        if frac == 0 { return }
        out.append(0x30 + UInt8(frac / 10))
        if frac % 10 != 0 { out.append(0x30 + UInt8(frac % 10)) }
    }

    /// The decimal digits of `v` (as `String(v)`).
    static func int(_ v: Int, into out: inout [UInt8]) {
        if v < 0 {
            guard v != Int.min else { out.append(contentsOf: String(v).utf8); return }
            out.append(0x2D)
            int(-v, into: &out)
            return
        }
        if v < 10 { out.append(0x30 + UInt8(v)); return }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var n = 0, x = v
        withUnsafeMutableBytes(of: &digits) { d in
            while x > 0 { d[n] = 0x30 + UInt8(x % 10); x /= 10; n += 1 }
            for k in stride(from: n - 1, through: 0, by: -1) { out.append(d[k]) }
        }
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

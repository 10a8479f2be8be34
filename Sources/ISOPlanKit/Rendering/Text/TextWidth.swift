/// Displayed width of text in a terminal: one column per grapheme cluster, two for wide
/// (East Asian wide/fullwidth, emoji) clusters, none for control characters.
enum TextWidth {
    /// Columns one character (grapheme cluster) occupies.
    static func of(_ c: Character) -> Int {
        var width = 0
        for s in c.unicodeScalars {
            let v = s.value
            if v < 0x20 || (v >= 0x7F && v < 0xA0) { continue }
            if isWide(v) { return 2 }
            width = 1
        }
        return width
    }

    /// Columns a string occupies.
    static func of(_ s: String) -> Int {
        if let n = simpleWidth(s) { return n }
        var n = 0
        for c in s {
            if c.isASCII { n += c.asciiValue! >= 0x20 && c.asciiValue! != 0x7F ? 1 : 0 } else { n += of(c) }
        }
        return n
    }

    /// The width of `s` when each of its scalars is a character of its own, one column wide
    /// (none for a control): Latin letters and punctuation, Vietnamese precomposed letters,
    /// general punctuation (no combining mark, joiner or wide character among them); else nil.
    /// Counting scalars is much faster than finding character boundaries, and gives the same.
    static func simpleWidth(_ s: String) -> Int? {
        if let n = s.utf8.withContiguousStorageIfAvailable({ simpleWidth(utf8: $0) }) { return n }
        var n = 0
        for scalar in s.unicodeScalars {
            let v = scalar.value
            if v < 0x300 {
                n += v < 0x20 || (v >= 0x7F && v < 0xA0) ? 0 : 1
            } else if (0x1E00...0x1EFF).contains(v) || (0x2010...0x2027).contains(v) || (0x2030...0x205E).contains(v) {
                n += 1
            } else {
                return nil
            }
        }
        return n
    }

    /// `simpleWidth` counted on the UTF-8 bytes (valid UTF-8), without decoding scalars.
    static func simpleWidth(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let count = bytes.count
        var n = 0, k = 0
        while k < count {
            let b = bytes[k]
            if b < 0x80 {
                n += b < 0x20 || b == 0x7F ? 0 : 1
                k += 1
            } else if b < 0xE0 {
                if b >= 0xCC { return nil }                     // U+0300 and above
                n += b == 0xC2 && bytes[k + 1] < 0xA0 ? 0 : 1   // C1 controls take none
                k += 2
            } else if b == 0xE1 {
                let b1 = bytes[k + 1]                           // U+1E00–U+1EFF: E1 B8..BB xx
                if b1 < 0xB8 || b1 > 0xBB { return nil }
                n += 1
                k += 3
            } else if b == 0xE2 {
                let v = 0x2000 | (UInt32(bytes[k + 1] & 0x3F) << 6) | UInt32(bytes[k + 2] & 0x3F)
                guard (0x2010...0x2027).contains(v) || (0x2030...0x205E).contains(v) else { return nil }
                n += 1
                k += 3
            } else {
                return nil
            }
        }
        return n
    }

    static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// Cuts `s` to at most `width` columns at a grapheme boundary, ending in `…` when cut.
    static func truncate(_ s: String, to width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if of(s) <= width { return s }
        let room = width - of(ellipsis)
        var out = ""
        var used = 0
        for c in s {
            let w = of(c)
            if used + w > room { break }
            out.append(c)
            used += w
        }
        return out + ellipsis
    }

    /// Pads `s` with spaces on the right to `width` columns (truncating first if longer).
    static func padRight(_ s: String, to width: Int) -> String {
        let t = truncate(s, to: width)
        let w = of(t)
        return w >= width ? t : t + String(repeating: " ", count: width - w)
    }

    /// Pads `s` with spaces on the left to `width` columns.
    static func padLeft(_ s: String, to width: Int) -> String {
        let t = truncate(s, to: width)
        let w = of(t)
        return w >= width ? t : String(repeating: " ", count: width - w) + t
    }
}
